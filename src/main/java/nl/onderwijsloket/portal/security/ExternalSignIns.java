package nl.onderwijsloket.portal.security;

import java.time.Clock;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Optional;
import nl.onderwijsloket.portal.security.data.SignInSql;
import nl.onderwijsloket.portal.security.data.UserAccount;
import nl.onderwijsloket.portal.security.data.UserAccountRepository;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Links a sign-in through the identity provider to the portal's account (and so to a person and a board),
 * as DD008 describes:
 * <ol>
 * <li>the account linked to the provider's {@code sub};</li>
 * <li>on a first sign-in, the one unlinked account with the user's verified e-mail address, which is then
 * linked;</li>
 * <li>else the one person (employee) with that verified address who has no account yet: an account is
 * created for them and linked;</li>
 * <li>else the sign-in is recorded for the coordinators and the user is told so.</li>
 * </ol>
 * The provider's roles replace the account's stored roles at every sign-in, so the portal's data (lists
 * of mentors, HR officers) follows the provider.
 *
 * <p>Runs while signing in, before anyone is authenticated, so it carries no {@code @PreAuthorize}; it is
 * package-private and only the OIDC sign-in uses it.
 */
@Service
@Transactional
class ExternalSignIns {

    /** What a sign-in amounts to: a portal user when {@code status} is {@link SignInStatus#LINKED}. */
    record Outcome(SignInStatus status, @Nullable PortalUser user) {
    }

    private static final Logger log = LoggerFactory.getLogger(ExternalSignIns.class);

    private final UserAccountRepository accounts;
    private final SignInSql signInSql;
    private final Clock clock;

    ExternalSignIns(UserAccountRepository accounts, SignInSql signInSql, Clock clock) {
        this.accounts = accounts;
        this.signInSql = signInSql;
        this.clock = clock;
    }

    Outcome signIn(ExternalIdentity identity) {
        Optional<UserAccount> found = accounts.findByExternalSubject(identity.subject());
        if (found.isEmpty() && identity.emailVerified() && identity.email() != null) {
            found = linkByEmail(identity);
        }
        if (found.isEmpty()) {
            signInSql.recordUnlinked(identity.subject(), identity.username(), identity.displayName(),
                    identity.email(), identity.emailVerified(), identity.roles(), LocalDateTime.now(clock));
            log.info("Sign-in of {} <{}> (sub {}) matches no account or person; recorded for the coordinators",
                    identity.username(), identity.email(), identity.subject());
            return new Outcome(SignInStatus.UNLINKED, null);
        }
        UserAccount account = found.get();
        signInSql.forgetUnlinked(identity.subject());
        if (!account.isEnabled()) {
            return new Outcome(SignInStatus.DISABLED, null);
        }
        if (account.replaceRoles(identity.roles())) {
            log.info("Roles of account {} now follow the identity provider: {}", account.getUsername(),
                    identity.roles());
        }
        return new Outcome(SignInStatus.LINKED, LocalAccountService.toPortalUser(account));
    }

    private Optional<UserAccount> linkByEmail(ExternalIdentity identity) {
        String email = identity.email();
        // Ids only: the link is made by a conditional update, and the account is loaded afterwards.
        List<Long> candidates = signInSql.unlinkedAccountIds(email);
        if (candidates.size() > 1) {
            log.warn("{} unlinked accounts share the address {}; leaving the link to a coordinator",
                    candidates.size(), email);
            return Optional.empty();
        }
        if (candidates.size() == 1) {
            if (signInSql.linkAccount(candidates.getFirst(), identity.subject())) {
                log.info("Linked account {} to identity-provider user {} by e-mail address", candidates.getFirst(),
                        identity.subject());
            }
            // Else it was linked meanwhile, e.g. by the same user signing in in a second tab.
            return accounts.findByExternalSubject(identity.subject());
        }
        return signInSql.personWithoutAccount(email).map(person -> {
            UserAccount account = accounts.save(UserAccount.forExternalSignIn(
                    AccountNames.freeUsername(accounts, identity.username(), person.email(),
                            identity.subject()), person.displayName(), person.email(),
                    person.employeeId(), person.boardId(), identity.subject(), identity.roles()));
            log.info("Created account {} for employee {} on first sign-in", account.getUsername(),
                    person.employeeId());
            return account;
        });
    }

}

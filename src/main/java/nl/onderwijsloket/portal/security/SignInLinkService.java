package nl.onderwijsloket.portal.security;

import java.util.List;
import java.util.Optional;
import nl.onderwijsloket.portal.security.data.SignInSql;
import nl.onderwijsloket.portal.security.data.UserAccount;
import nl.onderwijsloket.portal.security.data.UserAccountRepository;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The coordinators' side of identity-provider sign-ins: the sign-ins that matched nobody, and linking
 * them to an account or a person. The user signs in again afterwards and is then linked.
 */
@Service
@Transactional(readOnly = true)
public class SignInLinkService {

    private static final int MAX_PAGE = 100;

    private final SignInSql signInSql;
    private final UserAccountRepository accounts;

    SignInLinkService(SignInSql signInSql, UserAccountRepository accounts) {
        this.signInSql = signInSql;
        this.accounts = accounts;
    }

    /** Unlinked sign-ins, the most recent attempt first. */
    @PreAuthorize("hasRole('COORDINATOR')")
    public List<UnlinkedSignIn> unlinkedSignIns(int offset, int limit) {
        return signInSql.unlinked(offset, Math.min(limit, MAX_PAGE));
    }

    @PreAuthorize("hasRole('COORDINATOR')")
    public Optional<UnlinkedSignIn> unlinkedSignIn(String subject) {
        return signInSql.findUnlinked(subject);
    }

    @PreAuthorize("hasRole('COORDINATOR')")
    public int countUnlinkedSignIns() {
        return signInSql.countUnlinked();
    }

    /** Accounts without a link and people without an account whose name or e-mail contains the filter. */
    @PreAuthorize("hasRole('COORDINATOR')")
    public List<LinkCandidate> candidates(String filter, int offset, int limit) {
        return signInSql.candidates(filter == null ? "" : filter, offset, Math.min(limit, MAX_PAGE));
    }

    /**
     * Links an unlinked sign-in to an account, or to a person, for whom an account is created with the
     * roles the identity provider granted. Throws {@link LinkConflictException} when the sign-in was
     * linked or dismissed meanwhile, or the account or person was linked to someone else.
     */
    @Transactional
    @PreAuthorize("hasRole('COORDINATOR')")
    public void link(String subject, LinkCandidate target) {
        UnlinkedSignIn signIn = signInSql.findUnlinked(subject)
                .orElseThrow(() -> new LinkConflictException("Sign-in " + subject + " is no longer unlinked"));
        if (accounts.existsByExternalSubject(subject)) {
            throw new LinkConflictException("Sign-in " + subject + " is already linked to an account");
        }
        switch (target.kind()) {
            case ACCOUNT -> {
                if (!signInSql.linkAccount(target.id(), subject)) {
                    throw new LinkConflictException("Account " + target.id() + " is linked already or disabled");
                }
            }
            case PERSON -> {
                var person = signInSql.personWithoutAccount(target.id())
                        .orElseThrow(() -> new LinkConflictException("Person " + target.id() + " has an account"));
                String username = AccountNames.freeUsername(accounts, signIn.username(), person.email(), subject);
                try {
                    accounts.saveAndFlush(UserAccount.forExternalSignIn(username, person.displayName(),
                            person.email(), person.employeeId(), person.boardId(), subject, signIn.roles()));
                } catch (DataIntegrityViolationException e) {
                    throw new LinkConflictException("Person " + target.id() + " got an account meanwhile");
                }
            }
        }
        signInSql.forgetUnlinked(subject);
    }

    /** Forgets an unlinked sign-in (someone who should not use the portal); a new attempt records it again. */
    @Transactional
    @PreAuthorize("hasRole('COORDINATOR')")
    public void dismiss(String subject) {
        signInSql.forgetUnlinked(subject);
    }
}

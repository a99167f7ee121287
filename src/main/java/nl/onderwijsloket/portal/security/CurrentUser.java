package nl.onderwijsloket.portal.security;

import java.util.Optional;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;

/** The signed-in user as services see it; the one place that knows how a principal maps to a user. */
@Component
public class CurrentUser {

    /**
     * The signed-in portal user: a local account (form login) or an identity-provider sign-in linked to an
     * account. Empty for visitors and for sign-ins the portal could not link ({@link #findUnlinked()}).
     */
    public Optional<PortalUser> find() {
        Object principal = principal();
        if (principal instanceof PortalUserDetails details) {
            return Optional.of(details.user());
        }
        if (principal instanceof PortalOidcUser oidc) {
            return Optional.ofNullable(oidc.user());
        }
        return Optional.empty();
    }

    /** The identity-provider sign-in the portal could not link to an (enabled) account, if that is who this is. */
    public Optional<UnlinkedUser> findUnlinked() {
        if (principal() instanceof PortalOidcUser oidc && oidc.status() != SignInStatus.LINKED) {
            String name = oidc.getFullName() != null ? oidc.getFullName()
                    : oidc.getPreferredUsername() != null ? oidc.getPreferredUsername() : oidc.getSubject();
            return Optional.of(new UnlinkedUser(name, oidc.getEmail(), oidc.status()));
        }
        return Optional.empty();
    }

    public PortalUser require() {
        return find().orElseThrow(() -> new AccessDeniedException("Not signed in"));
    }

    /**
     * The board an HR user acts for. Throws when the user has none, so a misconfigured HR account sees
     * nobody rather than everybody.
     */
    public long requireBoard() {
        Long board = require().boardId();
        if (board == null) {
            throw new AccessDeniedException("Account is not linked to a board");
        }
        return board;
    }

    /**
     * The provider a provider's staff member acts for. Throws when the account has none, so a
     * misconfigured provider account sees no courses rather than all.
     */
    public long requireProvider() {
        Long provider = require().providerId();
        if (provider == null) {
            throw new AccessDeniedException("Account is not linked to a provider");
        }
        return provider;
    }

    private static Object principal() {
        Authentication auth = SecurityContextHolder.getContext().getAuthentication();
        return auth == null ? null : auth.getPrincipal();
    }
}

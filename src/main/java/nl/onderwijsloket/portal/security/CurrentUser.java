package nl.onderwijsloket.portal.security;

import java.util.Optional;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;

/** The signed-in user as services see it; the one place that knows how a principal maps to a user. */
@Component
public class CurrentUser {

    public Optional<PortalUser> find() {
        Authentication auth = SecurityContextHolder.getContext().getAuthentication();
        if (auth != null && auth.getPrincipal() instanceof PortalUserDetails details) {
            return Optional.of(details.user());
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
}

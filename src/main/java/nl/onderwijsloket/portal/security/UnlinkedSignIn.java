package nl.onderwijsloket.portal.security;

import java.time.LocalDateTime;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * A sign-in through the identity provider that matched no account and no person, waiting for a coordinator.
 *
 * @param subject  the provider's id of the user ({@code sub})
 * @param roles    the portal roles the provider granted at the last attempt
 * @param attempts how often the user tried to sign in
 */
public record UnlinkedSignIn(
        String subject,
        @Nullable String username,
        @Nullable String displayName,
        @Nullable String email,
        boolean emailVerified,
        Set<Role> roles,
        LocalDateTime firstSeen,
        LocalDateTime lastSeen,
        int attempts) {
}

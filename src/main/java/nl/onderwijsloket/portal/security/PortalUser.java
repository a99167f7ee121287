package nl.onderwijsloket.portal.security;

import java.io.Serializable;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * Who is signed in, as the services see it: roles plus the scope they act in. HR acts for
 * {@code boardId}; a provider's staff for {@code providerId}. Local sign-in and (later) Keycloak both
 * produce this record.
 */
public record PortalUser(
        long accountId,
        String username,
        String displayName,
        Set<Role> roles,
        @Nullable Long employeeId,
        @Nullable Long boardId,
        @Nullable Long providerId) implements Serializable {

    public boolean has(Role role) {
        return roles.contains(role);
    }
}

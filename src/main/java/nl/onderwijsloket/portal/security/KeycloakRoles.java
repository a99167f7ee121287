package nl.onderwijsloket.portal.security;

import java.util.Arrays;
import java.util.Collection;
import java.util.EnumSet;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Turns Keycloak's realm roles into portal roles. They are read from the {@code realm_access.roles} claim
 * (Keycloak puts it in the access token; the realm's "portal" client adds it to the ID token and userinfo
 * too). A realm role counts when its name is one of the portal's roles, in any case. Every other role is
 * ignored: Keycloak's built-ins ({@code offline_access}, {@code uma_authorization},
 * {@code default-roles-<realm>}), roles of other applications, and client roles.
 */
final class KeycloakRoles {

    static final String REALM_ACCESS = "realm_access";
    static final String ROLES = "roles";

    private KeycloakRoles() {
    }

    static Set<Role> fromClaims(Map<String, Object> claims) {
        Set<Role> roles = EnumSet.noneOf(Role.class);
        if (claims.get(REALM_ACCESS) instanceof Map<?, ?> realmAccess
                && realmAccess.get(ROLES) instanceof Collection<?> names) {
            for (Object name : names) {
                if (name instanceof String text) {
                    String upper = text.trim().toUpperCase(Locale.ROOT);
                    Arrays.stream(Role.values()).filter(role -> role.name().equals(upper)).forEach(roles::add);
                }
            }
        }
        return roles;
    }
}

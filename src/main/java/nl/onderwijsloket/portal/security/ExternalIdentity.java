package nl.onderwijsloket.portal.security;

import java.util.Map;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * Who the identity provider says signed in, read from the ID token and userinfo claims.
 *
 * @param subject the provider's stable, never reassigned id of the user ({@code sub})
 * @param roles   the portal roles the provider grants
 */
record ExternalIdentity(
        String subject,
        @Nullable String username,
        @Nullable String displayName,
        @Nullable String email,
        boolean emailVerified,
        Set<Role> roles) {

    static ExternalIdentity fromClaims(Map<String, Object> claims) {
        Object subject = claims.get("sub");
        if (!(subject instanceof String sub) || sub.isBlank()) {
            throw new IllegalArgumentException("The identity provider sent no subject (sub claim)");
        }
        return new ExternalIdentity(sub, text(claims, "preferred_username"), displayName(claims),
                text(claims, "email"), Boolean.TRUE.equals(claims.get("email_verified"))
                        || "true".equals(claims.get("email_verified")),
                KeycloakRoles.fromClaims(claims));
    }

    private static @Nullable String displayName(Map<String, Object> claims) {
        String name = text(claims, "name");
        if (name != null) {
            return name;
        }
        String given = text(claims, "given_name");
        String family = text(claims, "family_name");
        if (given == null || family == null) {
            return given != null ? given : family;
        }
        return given + " " + family;
    }

    private static @Nullable String text(Map<String, Object> claims, String name) {
        return claims.get(name) instanceof String value && !value.isBlank() ? value.trim() : null;
    }
}

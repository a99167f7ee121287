package nl.onderwijsloket.portal.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Reading who signed in from Keycloak's claims. */
class ExternalIdentityTest {

    @Test
    void readsSubjectNameAddressAndRoles() {
        var identity = ExternalIdentity.fromClaims(SignInFixtures.claims("f3c1", "hr", "Ingrid", "Wolters",
                "i.wolters@eskerkring.nl", true, "HR", "offline_access"));
        assertThat(identity).isEqualTo(new ExternalIdentity("f3c1", "hr", "Ingrid Wolters",
                "i.wolters@eskerkring.nl", true, java.util.Set.of(Role.HR)));
    }

    @Test
    void anAddressCountsAsVerifiedOnlyWhenKeycloakSaysSo() {
        Map<String, Object> claims = new HashMap<>(Map.of("sub", "s", "email", "a@b.nl"));
        assertThat(ExternalIdentity.fromClaims(claims).emailVerified()).isFalse();
        claims.put("email_verified", false);
        assertThat(ExternalIdentity.fromClaims(claims).emailVerified()).isFalse();
        claims.put("email_verified", "true");
        assertThat(ExternalIdentity.fromClaims(claims).emailVerified()).isTrue();
    }

    @Test
    void theNameFallsBackToGivenAndFamilyName() {
        assertThat(ExternalIdentity.fromClaims(Map.of("sub", "s", "given_name", "Noor", "family_name", "Nieuwenhuis"))
                .displayName()).isEqualTo("Noor Nieuwenhuis");
        assertThat(ExternalIdentity.fromClaims(Map.of("sub", "s", "given_name", "Noor")).displayName())
                .isEqualTo("Noor");
        assertThat(ExternalIdentity.fromClaims(Map.of("sub", "s", "name", " ")).displayName()).isNull();
    }

    @Test
    void aSignInWithoutSubjectIsRefused() {
        assertThatThrownBy(() -> ExternalIdentity.fromClaims(Map.of("email", "a@b.nl")))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> ExternalIdentity.fromClaims(Map.of("sub", " ")))
                .isInstanceOf(IllegalArgumentException.class);
    }
}

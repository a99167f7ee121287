package nl.onderwijsloket.portal.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Keycloak's realm roles become portal roles; everything else Keycloak sends is ignored. */
class KeycloakRolesTest {

    private static Map<String, Object> realmRoles(Object... roles) {
        return Map.of("realm_access", Map.of("roles", Arrays.asList(roles)));
    }

    @Test
    void thePortalsRolesAreTakenOver() {
        assertThat(KeycloakRoles.fromClaims(realmRoles("EMPLOYEE", "MENTOR")))
                .containsExactlyInAnyOrder(Role.EMPLOYEE, Role.MENTOR);
        assertThat(KeycloakRoles.fromClaims(realmRoles("HR", "PROVIDER", "COORDINATOR")))
                .containsExactlyInAnyOrder(Role.HR, Role.PROVIDER, Role.COORDINATOR);
    }

    @Test
    void keycloaksBuiltInRolesAreIgnored() {
        assertThat(KeycloakRoles.fromClaims(realmRoles("offline_access", "uma_authorization",
                "default-roles-onderwijsloket", "HR"))).containsExactly(Role.HR);
        assertThat(KeycloakRoles.fromClaims(realmRoles("offline_access", "uma_authorization",
                "default-roles-onderwijsloket"))).isEmpty();
    }

    @Test
    void rolesOfOtherApplicationsAndUnknownNamesAreIgnored() {
        assertThat(KeycloakRoles.fromClaims(realmRoles("ADMIN", "hr-manager", "ROLE_HR", "", "COORDINATORS")))
                .isEmpty();
    }

    @Test
    void namesCountInAnyCase() {
        assertThat(KeycloakRoles.fromClaims(realmRoles("hr", " Mentor ")))
                .containsExactlyInAnyOrder(Role.HR, Role.MENTOR);
    }

    @Test
    void clientRolesDoNotCount() {
        Map<String, Object> claims = Map.of(
                "resource_access", Map.of("portal", Map.of("roles", List.of("COORDINATOR"))),
                "realm_access", Map.of("roles", List.of("EMPLOYEE")));
        assertThat(KeycloakRoles.fromClaims(claims)).containsExactly(Role.EMPLOYEE);
    }

    @Test
    void noRolesWhenTheClaimIsMissingOrMalformed() {
        assertThat(KeycloakRoles.fromClaims(Map.of())).isEmpty();
        assertThat(KeycloakRoles.fromClaims(Map.of("realm_access", "HR"))).isEmpty();
        assertThat(KeycloakRoles.fromClaims(Map.of("realm_access", Map.of("roles", "HR")))).isEmpty();
        assertThat(KeycloakRoles.fromClaims(realmRoles(42, null, List.of("HR")))).isEmpty();
    }
}

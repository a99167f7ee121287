package nl.onderwijsloket.portal.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import nl.onderwijsloket.portal.demo.DemoAccounts;
import nl.onderwijsloket.portal.demo.DemoAccounts.DemoAccount;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The development realm (keycloak/onderwijsloket-realm.json) stays in step with the demo accounts and has
 * what the portal relies on: users who can sign in at once, fixed user ids, the portal's roles, and the
 * client's logout and role-claim settings.
 */
class DevelopmentRealmTest {

    private static final JsonNode REALM = JsonMapper.builder().build()
            .readTree(Path.of("keycloak", "onderwijsloket-realm.json").toFile());

    private static JsonNode user(String username) {
        for (JsonNode user : REALM.get("users")) {
            if (user.get("username").asString().equals(username)) {
                return user;
            }
        }
        throw new AssertionError("The realm has no user " + username);
    }

    private static List<String> texts(JsonNode array) {
        List<String> texts = new ArrayList<>();
        array.forEach(node -> texts.add(node.asString()));
        return texts;
    }

    @Test
    void everyDemoAccountIsAUserWithTheSameAddressNameAndRoles() {
        for (DemoAccount account : DemoAccounts.ALL) {
            JsonNode user = user(account.username());
            assertThat(user.get("email").asString()).as(account.username()).isEqualTo(account.email());
            assertThat(account.displayName()).as(account.username())
                    .startsWith(user.get("firstName").asString() + " " + user.get("lastName").asString());
            assertThat(texts(user.get("realmRoles"))).as(account.username())
                    .containsExactlyInAnyOrderElementsOf(account.roles());
            assertThat(user.get("credentials").get(0).get("value").asString()).isEqualTo(DemoAccounts.DEMO_PASSWORD);
        }
    }

    @Test
    void everyUserCanSignInAtOnceAndKeepsItsIdAcrossImports() {
        Set<String> ids = new HashSet<>();
        for (JsonNode user : REALM.get("users")) {
            String name = user.get("username").asString();
            assertThat(user.get("enabled").asBoolean()).as(name).isTrue();
            assertThat(user.get("emailVerified").asBoolean()).as(name).isTrue();
            assertThat(user.get("firstName").asString()).as(name).isNotBlank();
            assertThat(user.get("lastName").asString()).as(name).isNotBlank();
            assertThat(user.get("email").asString()).as(name).contains("@");
            assertThat(user.has("requiredActions") ? user.get("requiredActions").size() : 0).as(name).isZero();
            assertThat(user.get("id").asString()).as(name).hasSize(36);
            ids.add(user.get("id").asString());
        }
        assertThat(ids).hasSize(REALM.get("users").size());
    }

    @Test
    void theRealmRolesAreThePortalsRoles() {
        List<String> roles = new ArrayList<>();
        REALM.get("roles").get("realm").forEach(role -> roles.add(role.get("name").asString()));
        assertThat(roles).containsExactlyInAnyOrder(
                java.util.Arrays.stream(Role.values()).map(Role::name).toArray(String[]::new));
    }

    @Test
    void thePortalClientIsConfidentialLogsOutBothWaysAndSendsTheRoles() {
        JsonNode client = REALM.get("clients").get(0);
        assertThat(client.get("clientId").asString()).isEqualTo("portal");
        assertThat(client.get("publicClient").asBoolean()).isFalse();
        assertThat(client.get("standardFlowEnabled").asBoolean()).isTrue();
        assertThat(client.get("directAccessGrantsEnabled").asBoolean()).isFalse();
        JsonNode attributes = client.get("attributes");
        assertThat(attributes.get("post.logout.redirect.uris").asString()).isEqualTo("+");
        assertThat(attributes.get("backchannel.logout.url").asString())
                .endsWith("/logout/connect/back-channel/keycloak");
        assertThat(attributes.get("backchannel.logout.session.required").asString()).isEqualTo("true");
        assertThat(attributes.has("pkce.code.challenge.method")).isFalse();
        JsonNode mapper = client.get("protocolMappers").get(0);
        assertThat(mapper.get("protocolMapper").asString()).isEqualTo("oidc-usermodel-realm-role-mapper");
        assertThat(mapper.get("config").get("claim.name").asString())
                .isEqualTo(KeycloakRoles.REALM_ACCESS + "." + KeycloakRoles.ROLES);
        assertThat(mapper.get("config").get("id.token.claim").asString()).isEqualTo("true");
        assertThat(REALM.get("loginTheme").asString()).isEqualTo("onderwijsloket");
        assertThat(texts(REALM.get("supportedLocales"))).containsExactly("nl", "en");
        assertThat(REALM.get("defaultLocale").asString()).isEqualTo("nl");
    }
}

package nl.onderwijsloket.portal.security;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.security.oauth2.client.authentication.OAuth2AuthenticationToken;
import org.springframework.security.oauth2.client.oidc.userinfo.OidcUserRequest;
import org.springframework.security.oauth2.client.registration.ClientRegistration;
import org.springframework.security.oauth2.core.AuthorizationGrantType;
import org.springframework.security.oauth2.core.OAuth2AccessToken;
import org.springframework.security.oauth2.core.oidc.OidcIdToken;
import org.springframework.security.oauth2.core.oidc.user.OidcUser;

/**
 * Boards, people, accounts and identity-provider sign-ins for tests of the Keycloak sign-in; removes what it
 * made afterwards (including accounts and unlinked sign-ins that the sign-ins created).
 *
 * <p>{@link #signIn(Map)} runs the portal's real OIDC user service on an ID token with the given claims, as
 * Spring does after Keycloak's redirect (without a userinfo call: the test registration has no userinfo
 * endpoint), and returns the authentication Spring would store.
 */
public class SignInFixtures {

    private static final ClientRegistration KEYCLOAK = ClientRegistration.withRegistrationId("keycloak")
            .clientId("portal").clientSecret("secret")
            .authorizationGrantType(AuthorizationGrantType.AUTHORIZATION_CODE)
            .redirectUri("{baseUrl}/login/oauth2/code/{registrationId}")
            .scope("openid", "profile", "email")
            .authorizationUri("http://localhost:8180/realms/test/protocol/openid-connect/auth")
            .tokenUri("http://localhost:8180/realms/test/protocol/openid-connect/token")
            .jwkSetUri("http://localhost:8180/realms/test/protocol/openid-connect/certs")
            .userNameAttributeName("sub")
            .build();

    private final JdbcClient jdbc;
    private final PortalOidcUserService userService;
    private final String tag = Long.toString(System.nanoTime(), 36);
    private final List<Long> boards = new ArrayList<>();
    private final List<Long> employees = new ArrayList<>();
    private final List<Long> accounts = new ArrayList<>();
    private final List<String> subjects = new ArrayList<>();

    public SignInFixtures(ApplicationContext context) {
        this.jdbc = context.getBean(JdbcClient.class);
        this.userService = new PortalOidcUserService(context.getBean(ExternalSignIns.class));
    }

    /** A tag unique to this fixture, to keep names and addresses apart from other tests'. */
    public String tag() {
        return tag;
    }

    /** An e-mail address unique to this fixture. */
    public String email(String name) {
        return name + "." + tag + "@test.example";
    }

    /** A subject (Keycloak user id) unique to this fixture; sign-ins with it are cleaned up. */
    public String subject() {
        String subject = UUID.randomUUID().toString();
        subjects.add(subject);
        return subject;
    }

    public long board(String name) {
        var keys = new GeneratedKeyHolder();
        jdbc.sql("INSERT INTO board (region_id, code, name) VALUES ((SELECT MIN(id) FROM region), :code, :name)")
                .param("code", "KC-" + tag + "-" + boards.size()).param("name", name).update(keys);
        long id = keys.getKey().longValue();
        boards.add(id);
        return id;
    }

    public long employee(long board, String first, String last, String email) {
        var keys = new GeneratedKeyHolder();
        jdbc.sql("INSERT INTO employee (board_id, employee_number, first_name, last_name, email, job_function,"
                        + " preferred_locale, created_at, updated_at)"
                        + " VALUES (:board, :number, :first, :last, :email, 'LERAAR', 'nl', :now, :now)")
                .param("board", board).param("number", "K" + tag + employees.size()).param("first", first)
                .param("last", last).param("email", email).param("now", Timestamp.from(Instant.now()))
                .update(keys);
        long id = keys.getKey().longValue();
        employees.add(id);
        return id;
    }

    /** A local account; {@code subject} links it to an identity-provider user already (or null). */
    public long account(String name, String email, Set<Role> roles, Long employeeId, Long boardId,
            String subject) {
        var keys = new GeneratedKeyHolder();
        jdbc.sql("INSERT INTO user_account (username, password_hash, display_name, email, employee_id,"
                        + " board_id, external_subject)"
                        + " VALUES (:username, '{noop}x', :name, :email, :employee, :board, :subject)")
                .param("username", "kc-" + tag + "-" + accounts.size()).param("name", name).param("email", email)
                .param("employee", employeeId).param("board", boardId).param("subject", subject).update(keys);
        long id = keys.getKey().longValue();
        accounts.add(id);
        roles.forEach(role -> jdbc.sql("INSERT INTO user_account_role VALUES (:id, :role)")
                .param("id", id).param("role", role.name()).update());
        return id;
    }

    /** ID-token claims as Keycloak's "portal" client sends them. */
    public static Map<String, Object> claims(String subject, String username, String firstName, String lastName,
            String email, boolean emailVerified, String... realmRoles) {
        Map<String, Object> claims = new LinkedHashMap<>();
        claims.put("iss", "http://localhost:8180/realms/test");
        claims.put("sub", subject);
        claims.put("aud", List.of("portal"));
        claims.put("preferred_username", username);
        claims.put("given_name", firstName);
        claims.put("family_name", lastName);
        claims.put("name", firstName + " " + lastName);
        claims.put("email", email);
        claims.put("email_verified", emailVerified);
        claims.put("sid", UUID.randomUUID().toString());
        claims.put("realm_access", Map.of("roles", List.of(realmRoles)));
        return claims;
    }

    /** Signs in as Spring would after Keycloak's redirect, through the portal's OIDC user service. */
    public OAuth2AuthenticationToken signIn(Map<String, Object> claims) {
        Instant now = Instant.now();
        var idToken = OidcIdToken.withTokenValue("id-token").claims(c -> c.putAll(new HashMap<>(claims)))
                .issuedAt(now).expiresAt(now.plusSeconds(300)).build();
        var accessToken = new OAuth2AccessToken(OAuth2AccessToken.TokenType.BEARER, "access-token", now,
                now.plusSeconds(300), Set.of("openid", "profile", "email"));
        OidcUser user = userService.loadUser(new OidcUserRequest(KEYCLOAK, accessToken, idToken));
        return new OAuth2AuthenticationToken(user, user.getAuthorities(), KEYCLOAK.getRegistrationId());
    }

    public void removeAll() {
        for (String subject : subjects) {
            jdbc.sql("DELETE FROM unlinked_sign_in WHERE subject = :s").param("s", subject).update();
            jdbc.sql("DELETE FROM user_account WHERE external_subject = :s").param("s", subject).update();
        }
        accounts.forEach(id -> jdbc.sql("DELETE FROM user_account WHERE id = :id").param("id", id).update());
        employees.forEach(id -> jdbc.sql("DELETE FROM employee WHERE id = :id").param("id", id).update());
        boards.forEach(id -> jdbc.sql("DELETE FROM board WHERE id = :id").param("id", id).update());
        subjects.clear();
        accounts.clear();
        employees.clear();
        boards.clear();
    }
}

package nl.onderwijsloket.portal.e2e;

import java.util.List;
import java.util.Map;
import org.springframework.core.ParameterizedTypeReference;
import org.springframework.http.MediaType;
import org.springframework.util.LinkedMultiValueMap;
import org.springframework.web.client.RestClient;

/**
 * Keycloak's admin REST API, as the development server's bootstrap administrator (admin / admin), for what a
 * browser test cannot see or set: the sessions Keycloak holds, and where it sends back-channel logouts.
 */
final class KeycloakAdmin {

    private static final ParameterizedTypeReference<Map<String, Object>> OBJECT = new ParameterizedTypeReference<>() {
    };
    private static final ParameterizedTypeReference<List<Map<String, Object>>> LIST =
            new ParameterizedTypeReference<>() {
            };
    private static final String BACK_CHANNEL_URL = "backchannel.logout.url";

    private final RestClient rest = RestClient.create(KeycloakDevServer.URL);

    private String token() {
        var form = new LinkedMultiValueMap<String, String>();
        form.add("grant_type", "password");
        form.add("client_id", "admin-cli");
        form.add("username", "admin");
        form.add("password", "admin");
        Map<String, Object> response = rest.post().uri("/realms/master/protocol/openid-connect/token")
                .contentType(MediaType.APPLICATION_FORM_URLENCODED).body(form).retrieve().body(OBJECT);
        return (String) response.get("access_token");
    }

    private String adminPath(String path) {
        return "/admin/realms/" + KeycloakDevServer.REALM + path;
    }

    private Object userId(String token, String username) {
        List<Map<String, Object>> users = rest.get().uri(adminPath("/users?exact=true&username={u}"), username)
                .header("Authorization", "Bearer " + token).retrieve().body(LIST);
        if (users.size() != 1) {
            throw new IllegalStateException("Keycloak has " + users.size() + " users named " + username);
        }
        return users.getFirst().get("id");
    }

    /** The number of sessions Keycloak holds for the user. */
    int sessionsOf(String username) {
        String token = token();
        return rest.get().uri(adminPath("/users/{id}/sessions"), userId(token, username))
                .header("Authorization", "Bearer " + token).retrieve().body(LIST).size();
    }

    /** Ends the user's sessions (left by earlier runs against the same Keycloak), so a test starts clean. */
    void endSessionsOf(String username) {
        String token = token();
        rest.post().uri(adminPath("/users/{id}/logout"), userId(token, username))
                .header("Authorization", "Bearer " + token).retrieve().toBodilessEntity();
    }

    /**
     * Points the portal client's back-channel logout at the given URL (the realm file points it at the
     * development portal on port 8080; a test server has a random port). Returns the URL it replaced.
     */
    @SuppressWarnings("unchecked")
    String pointBackChannelLogoutAt(String url) {
        String token = token();
        List<Map<String, Object>> clients = rest.get().uri(adminPath("/clients?clientId=portal"))
                .header("Authorization", "Bearer " + token).retrieve().body(LIST);
        Map<String, Object> client = clients.getFirst();
        var attributes = (Map<String, Object>) client.get("attributes");
        String previous = (String) attributes.get(BACK_CHANNEL_URL);
        attributes.put(BACK_CHANNEL_URL, url);
        rest.put().uri(adminPath("/clients/{id}"), client.get("id"))
                .header("Authorization", "Bearer " + token)
                .contentType(MediaType.APPLICATION_JSON).body(client).retrieve().toBodilessEntity();
        return previous;
    }
}

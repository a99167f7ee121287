package nl.onderwijsloket.portal.e2e;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * The real Keycloak of {@code scripts/keycloak}, for end-to-end tests of the {@code keycloak} profile.
 * Register it with {@code @ExtendWith(KeycloakDevServer.class)}: before the test class's Spring context
 * starts (it reads Keycloak's discovery document), it makes sure Keycloak answers on localhost:8180.
 *
 * <p>When Keycloak already answers (CI starts it ahead of the build, or a developer runs it), it is used as
 * it is. Otherwise the script starts it ({@code scripts/keycloak start}; the first time it fetches the
 * distribution from Maven Central and unpacks it into {@code data/keycloak}) and stops it once all tests have
 * run. The script's output goes to {@code target/e2e/keycloak-script.log}.
 */
public final class KeycloakDevServer implements BeforeAllCallback {

    public static final String URL = "http://localhost:8180";
    public static final String REALM = "onderwijsloket";
    public static final String ISSUER = URL + "/realms/" + REALM;

    private static final Path SCRIPT = Path.of("scripts", "keycloak");
    private static final Path LOG = Path.of("target", "e2e", "keycloak-script.log");
    /** Fetching, unpacking, Keycloak's first-start build and the realm import, on a slow machine. */
    private static final Duration START_TIMEOUT = Duration.ofMinutes(8);

    @Override
    public void beforeAll(ExtensionContext context) {
        context.getRoot().getStore(ExtensionContext.Namespace.GLOBAL)
                .computeIfAbsent(KeycloakDevServer.class, key -> ensureRunning(), Object.class);
    }

    /** Starts Keycloak unless it answers; the returned resource stops it when JUnit closes the root store. */
    private static Object ensureRunning() {
        if (answers()) {
            return "already running";
        }
        script("start");
        if (!answers()) {
            throw new IllegalStateException("scripts/keycloak start succeeded but " + ISSUER + " does not answer");
        }
        return (AutoCloseable) () -> script("stop");
    }

    static boolean answers() {
        try (var client = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(3)).build()) {
            var request = HttpRequest.newBuilder(URI.create(ISSUER + "/.well-known/openid-configuration"))
                    .timeout(Duration.ofSeconds(5)).build();
            return client.send(request, HttpResponse.BodyHandlers.discarding()).statusCode() == 200;
        } catch (IOException e) {
            return false;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }

    private static void script(String command) {
        try {
            Files.createDirectories(LOG.getParent());
            Process process = new ProcessBuilder("bash", SCRIPT.toString(), command)
                    .redirectErrorStream(true)
                    .redirectOutput(ProcessBuilder.Redirect.appendTo(LOG.toFile()))
                    .start();
            if (!process.waitFor(START_TIMEOUT.toSeconds(), TimeUnit.SECONDS)) {
                process.destroy();
                throw new IllegalStateException("scripts/keycloak " + command + " did not finish within "
                        + START_TIMEOUT + "; see " + LOG.toAbsolutePath());
            }
            if (process.exitValue() != 0) {
                throw new IllegalStateException("scripts/keycloak " + command + " failed (exit "
                        + process.exitValue() + "): " + Files.readString(LOG));
            }
        } catch (IOException e) {
            throw new IllegalStateException("Could not run scripts/keycloak " + command, e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("Interrupted while running scripts/keycloak " + command, e);
        }
    }
}

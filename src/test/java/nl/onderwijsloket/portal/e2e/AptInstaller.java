package nl.onderwijsloket.portal.e2e;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * Installs Debian's {@code chromium} and {@code chromium-driver} with apt-get, for {@link BrowserLocator}
 * when it finds no browser: only on Debian ({@code /etc/debian_version} and {@code apt-get} on the PATH),
 * only as root, and not with {@code -Dportal.e2e.install=false}. Says so in one line on stderr, where apt's
 * output goes as well.
 */
final class AptInstaller {

    /** Per apt-get command; Debian's chromium and its libraries are a few hundred MB to fetch and unpack. */
    private static final Duration TIMEOUT = Duration.ofMinutes(5);

    private AptInstaller() {
    }

    /** Installs the packages and returns true, returns false when this is not allowed here, or throws. */
    static boolean installIfPossible(String path) {
        if ("false".equalsIgnoreCase(System.getProperty("portal.e2e.install", "").strip())
                || !Files.exists(Path.of("/etc/debian_version")) || !isRoot()) {
            return false;
        }
        var aptGet = BrowserLocator.onPath(List.of("apt-get"), path);
        if (aptGet.isEmpty()) {
            return false;
        }
        System.err.println("HeadlessChromium: no Chromium with chromedriver found, and this is Debian and the"
                + " tests run as root, so installing Debian's chromium chromium-driver with apt-get now"
                + " (-Dportal.e2e.install=false turns this off)");
        run(aptGet.get(), "update");
        run(aptGet.get(), "install", "-y", "--no-install-recommends", "chromium", "chromium-driver");
        return true;
    }

    /** The effective user id from {@code /proc/self/status} is 0. */
    private static boolean isRoot() {
        try {
            return Files.readAllLines(Path.of("/proc/self/status")).stream()
                    .filter(line -> line.startsWith("Uid:"))
                    .map(line -> line.substring("Uid:".length()).strip().split("\\s+"))
                    .anyMatch(ids -> ids.length > 1 && ids[1].equals("0"));
        } catch (IOException | RuntimeException e) {
            return false;
        }
    }

    private static void run(Path aptGet, String... arguments) {
        var command = new ArrayList<>(List.of(aptGet.toString()));
        command.addAll(List.of(arguments));
        String shown = "apt-get " + String.join(" ", arguments);
        var builder = new ProcessBuilder(command).redirectErrorStream(true);
        builder.environment().put("DEBIAN_FRONTEND", "noninteractive");
        Process process = null;
        try {
            process = builder.start();
            process.getOutputStream().close();
            Process running = process;
            // Copied by hand: the test JVM's own stdout may be the channel to Maven, so it is not inherited.
            Thread copier = Thread.ofPlatform().daemon().start(() -> {
                try {
                    running.getInputStream().transferTo(System.err);
                } catch (IOException e) {
                    System.err.println("Lost the output of " + shown + ": " + e);
                }
            });
            if (!process.waitFor(TIMEOUT.toSeconds(), TimeUnit.SECONDS)) {
                process.destroyForcibly();
                throw new IllegalStateException(shown + " did not finish within " + TIMEOUT.toMinutes()
                        + " minutes; install chromium chromium-driver by hand (or run dpkg --configure -a"
                        + " if it was cut off mid-way).");
            }
            copier.join(Duration.ofSeconds(10));
            if (process.exitValue() != 0) {
                throw new IllegalStateException(shown + " failed (exit " + process.exitValue()
                        + ", output above); install chromium chromium-driver by hand, or point"
                        + " -Dportal.e2e.chromium and -Dportal.e2e.chromedriver at a browser and its driver.");
            }
        } catch (IOException e) {
            throw new UncheckedIOException("Could not run " + shown, e);
        } catch (InterruptedException e) {
            process.destroyForcibly();
            Thread.currentThread().interrupt();
            throw new IllegalStateException("Interrupted while running " + shown, e);
        }
    }
}

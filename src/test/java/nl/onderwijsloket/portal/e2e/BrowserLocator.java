package nl.onderwijsloket.portal.e2e;

import java.io.File;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.function.BooleanSupplier;
import java.util.function.Function;

/**
 * Finds the Chromium (or Chrome) and the chromedriver that {@link HeadlessChromium} runs. For each of the
 * two, the first of these that names an executable file wins:
 * <ol>
 *   <li>the system property ({@code -Dportal.e2e.chromium}, {@code -Dportal.e2e.chromedriver});</li>
 *   <li>the environment ({@code CHROMIUM}, then {@code CHROME_BIN}; {@code CHROMEDRIVER});</li>
 *   <li>the usual install locations on Debian/Ubuntu, Fedora/Arch and macOS;</li>
 *   <li>the {@code PATH}.</li>
 * </ol>
 * A property or variable that is set must name an executable (a path, or a bare name looked up on the
 * {@code PATH}): a wrong one fails instead of falling through. When nothing is found, Debian's packages are
 * installed if that is possible ({@link AptInstaller}) and the search runs once more; otherwise the lookup
 * fails with a sentence saying what to install. The result, found or failed, is kept for the rest of the JVM.
 */
final class BrowserLocator {

    /** A browser and the chromedriver to drive it with. */
    record Browser(Path executable, Path driver) {
    }

    static final List<Path> KNOWN_BROWSERS = paths(
            "/usr/bin/chromium",
            "/usr/bin/chromium-browser",
            "/usr/bin/google-chrome",
            "/usr/bin/google-chrome-stable",
            "/snap/bin/chromium",
            "/opt/google/chrome/chrome",
            "/Applications/Google Chrome.app/Contents/MacOS/Google Chrome",
            "/Applications/Chromium.app/Contents/MacOS/Chromium");
    static final List<Path> KNOWN_DRIVERS = paths(
            "/usr/bin/chromedriver",
            "/usr/lib/chromium/chromedriver",
            "/usr/lib/chromium-browser/chromedriver",
            "/usr/lib64/chromium-browser/chromedriver",
            "/snap/bin/chromium.chromedriver",
            "/opt/homebrew/bin/chromedriver",
            "/usr/local/bin/chromedriver");
    private static final List<String> BROWSER_NAMES =
            List.of("chromium", "chromium-browser", "google-chrome", "google-chrome-stable", "chrome");
    private static final List<String> DRIVER_NAMES = List.of("chromedriver");

    private static Browser found;
    private static RuntimeException failure;

    private final Function<String, String> properties;
    private final Function<String, String> environment;
    private final List<Path> knownBrowsers;
    private final List<Path> knownDrivers;
    private final BooleanSupplier install;

    /**
     * A locator over the given sources; {@code install} is asked once when nothing is found and answers
     * whether it installed something (so that a second search is worth it), or throws when that failed.
     */
    BrowserLocator(Function<String, String> properties, Function<String, String> environment,
            List<Path> knownBrowsers, List<Path> knownDrivers, BooleanSupplier install) {
        this.properties = properties;
        this.environment = environment;
        this.knownBrowsers = List.copyOf(knownBrowsers);
        this.knownDrivers = List.copyOf(knownDrivers);
        this.install = install;
    }

    /** This machine's browser and driver, looked up (and perhaps installed) on the first call of the JVM. */
    static synchronized Browser find() {
        if (found == null && failure == null) {
            try {
                found = new BrowserLocator(System::getProperty, System::getenv, KNOWN_BROWSERS, KNOWN_DRIVERS,
                        () -> AptInstaller.installIfPossible(System.getenv("PATH"))).locate();
            } catch (RuntimeException e) {
                failure = e;
            }
        }
        if (failure != null) {
            throw failure;
        }
        return found;
    }

    Browser locate() {
        Optional<Path> browser = browser();
        Optional<Path> driver = driver();
        if ((browser.isEmpty() || driver.isEmpty()) && install.getAsBoolean()) {
            browser = browser();
            driver = driver();
        }
        if (browser.isEmpty() || driver.isEmpty()) {
            throw new IllegalStateException(notFound(browser, driver));
        }
        return new Browser(browser.get(), driver.get());
    }

    private Optional<Path> browser() {
        return explicit("-Dportal.e2e.chromium", properties.apply("portal.e2e.chromium"))
                .or(() -> explicit("$CHROMIUM", environment.apply("CHROMIUM")))
                .or(() -> explicit("$CHROME_BIN", environment.apply("CHROME_BIN")))
                .or(() -> first(knownBrowsers))
                .or(() -> onPath(BROWSER_NAMES, environment.apply("PATH")));
    }

    private Optional<Path> driver() {
        return explicit("-Dportal.e2e.chromedriver", properties.apply("portal.e2e.chromedriver"))
                .or(() -> explicit("$CHROMEDRIVER", environment.apply("CHROMEDRIVER")))
                .or(() -> first(knownDrivers))
                .or(() -> onPath(DRIVER_NAMES, environment.apply("PATH")));
    }

    /** Empty when unset; the executable it names; or a failure, since a wrong setting should not be ignored. */
    private Optional<Path> explicit(String setting, String value) {
        if (value == null || value.isBlank()) {
            return Optional.empty();
        }
        Optional<Path> executable = value.contains("/") || value.contains(File.separator)
                ? first(paths(value.strip()))
                : onPath(List.of(value.strip()), environment.apply("PATH"));
        if (executable.isEmpty()) {
            throw new IllegalStateException(setting + " is set to '" + value + "', which is not an executable"
                    + " file; point it at the browser or driver, or unset it to search the usual places.");
        }
        return executable;
    }

    /** The first executable file named {@code names} (in that order) in the directories of {@code path}. */
    static Optional<Path> onPath(List<String> names, String path) {
        if (path == null || path.isBlank()) {
            return Optional.empty();
        }
        for (String dir : path.split(File.pathSeparator)) {
            for (String name : names) {
                if (!dir.isBlank()) {
                    Optional<Path> hit = first(paths(dir + File.separator + name));
                    if (hit.isPresent()) {
                        return hit;
                    }
                }
            }
        }
        return Optional.empty();
    }

    private static Optional<Path> first(List<Path> candidates) {
        return candidates.stream().filter(p -> Files.isRegularFile(p) && Files.isExecutable(p)).findFirst();
    }

    private static List<Path> paths(String... names) {
        try {
            return Arrays.stream(names).map(Path::of).toList();
        } catch (InvalidPathException e) {
            return List.of();
        }
    }

    private static String notFound(Optional<Path> browser, Optional<Path> driver) {
        String what = browser.isEmpty() && driver.isEmpty() ? "No Chromium or Chrome and no chromedriver found"
                : browser.isEmpty() ? "No Chromium or Chrome found (chromedriver: " + driver.get() + ")"
                : "No chromedriver found (browser: " + browser.get() + ")";
        return what + ": install them (Debian/Ubuntu: apt-get install chromium chromium-driver;"
                + " macOS: brew install --cask google-chrome chromedriver; the two must have the same major version)"
                + " or point -Dportal.e2e.chromium and -Dportal.e2e.chromedriver at them.";
    }
}

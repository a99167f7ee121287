package nl.onderwijsloket.portal.e2e;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.BooleanSupplier;
import nl.onderwijsloket.portal.e2e.BrowserLocator.Browser;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The order in which the browser and chromedriver are looked for, on fake executables in a temp directory. */
class BrowserLocatorTest {

    @TempDir
    Path dir;

    private final Map<String, String> properties = new HashMap<>();
    private final Map<String, String> environment = new HashMap<>();
    private List<Path> knownBrowsers = List.of();
    private List<Path> knownDrivers = List.of();
    private int installs;

    @Test
    void theSystemPropertyComesFirst() throws IOException {
        properties.put("portal.e2e.chromium", executable("property/chromium").toString());
        properties.put("portal.e2e.chromedriver", executable("property/chromedriver").toString());
        environment.put("CHROMIUM", executable("env/chromium").toString());
        environment.put("CHROMEDRIVER", executable("env/chromedriver").toString());
        knownBrowsers = List.of(executable("known/chromium"));
        knownDrivers = List.of(executable("known/chromedriver"));
        environment.put("PATH", path(executable("path/chromium"), executable("path/chromedriver")));

        assertThat(locate()).isEqualTo(new Browser(dir.resolve("property/chromium"),
                dir.resolve("property/chromedriver")));
    }

    @Test
    void thenTheEnvironmentWithChromiumBeforeChromeBin() throws IOException {
        environment.put("CHROMIUM", executable("env/chromium").toString());
        environment.put("CHROME_BIN", executable("env/chrome").toString());
        environment.put("CHROMEDRIVER", executable("env/chromedriver").toString());
        knownBrowsers = List.of(executable("known/chromium"));
        knownDrivers = List.of(executable("known/chromedriver"));

        assertThat(locate()).isEqualTo(new Browser(dir.resolve("env/chromium"), dir.resolve("env/chromedriver")));

        environment.remove("CHROMIUM");
        assertThat(locate().executable()).isEqualTo(dir.resolve("env/chrome"));
    }

    @Test
    void thenTheKnownLocationsInTheirOrderSkippingMissingAndNonExecutableFiles() throws IOException {
        knownBrowsers = List.of(dir.resolve("missing/chromium"), plainFile("known/chromium"),
                executable("known/google-chrome"), executable("known/chrome"));
        knownDrivers = List.of(executable("known/chromedriver"));
        environment.put("PATH", path(executable("path/chromium")));

        assertThat(locate()).isEqualTo(new Browser(dir.resolve("known/google-chrome"),
                dir.resolve("known/chromedriver")));
    }

    @Test
    void thenThePathDirectoryByDirectory() throws IOException {
        Path first = executable("first/google-chrome");
        Path second = executable("second/chromium");
        executable("second/chromedriver");
        Files.createDirectories(dir.resolve("first/chromedriver"));
        environment.put("PATH", File.pathSeparator + first.getParent() + File.pathSeparator + second.getParent());

        assertThat(locate()).isEqualTo(new Browser(first, dir.resolve("second/chromedriver")));
    }

    @Test
    void aBareNameInASettingIsLookedUpOnThePath() throws IOException {
        Path chrome = executable("bin/chrome");
        environment.put("PATH", path(chrome, executable("bin/chromedriver")));
        environment.put("CHROME_BIN", "chrome");

        assertThat(locate().executable()).isEqualTo(chrome);
    }

    @Test
    void aWrongSettingFailsInsteadOfFallingThrough() throws IOException {
        properties.put("portal.e2e.chromedriver", dir.resolve("nowhere/chromedriver").toString());
        knownBrowsers = List.of(executable("known/chromium"));
        knownDrivers = List.of(executable("known/chromedriver"));

        assertThatThrownBy(this::locate).isInstanceOf(IllegalStateException.class)
                .hasMessage("-Dportal.e2e.chromedriver is set to '" + dir.resolve("nowhere/chromedriver")
                        + "', which is not an executable file; point it at the browser or driver, or unset it"
                        + " to search the usual places.");
        assertThat(installs).isZero();
    }

    @Test
    void whenNothingIsFoundItInstallsOnceAndLooksAgain() {
        Path browser = dir.resolve("installed/chromium");
        Path driver = dir.resolve("installed/chromedriver");
        knownBrowsers = List.of(browser);
        knownDrivers = List.of(driver);

        Browser found = locate(() -> {
            try {
                executable("installed/chromium");
                executable("installed/chromedriver");
            } catch (IOException e) {
                throw new AssertionError(e);
            }
            return true;
        });

        assertThat(found).isEqualTo(new Browser(browser, driver));
        assertThat(installs).isOne();
    }

    @Test
    void whenNothingIsFoundAndNothingCanBeInstalledItSaysWhatToInstall() {
        knownBrowsers = List.of(dir.resolve("chromium"));
        environment.put("PATH", dir.toString());

        assertThatThrownBy(this::locate).isInstanceOf(IllegalStateException.class)
                .hasMessage("No Chromium or Chrome and no chromedriver found: install them (Debian/Ubuntu:"
                        + " apt-get install chromium chromium-driver; macOS: brew install --cask google-chrome"
                        + " chromedriver; the two must have the same major version) or point -Dportal.e2e.chromium"
                        + " and -Dportal.e2e.chromedriver at them.");
        assertThat(installs).isOne();
    }

    @Test
    void aMissingDriverAloneIsNamedAsSuch() throws IOException {
        knownBrowsers = List.of(executable("known/chromium"));

        assertThatThrownBy(this::locate).hasMessageStartingWith(
                "No chromedriver found (browser: " + dir.resolve("known/chromium") + "): install them");
    }

    @Test
    void aFailedInstallIsPassedOn() {
        assertThatThrownBy(() -> locate(() -> {
            throw new IllegalStateException("apt-get update failed (exit 100)");
        })).hasMessage("apt-get update failed (exit 100)");
    }

    private Browser locate() {
        return locate(() -> false);
    }

    private Browser locate(BooleanSupplier install) {
        return new BrowserLocator(properties::get, environment::get, knownBrowsers, knownDrivers, () -> {
            installs++;
            return install.getAsBoolean();
        }).locate();
    }

    private Path executable(String name) throws IOException {
        return file(name, "rwxr-xr-x");
    }

    private Path plainFile(String name) throws IOException {
        return file(name, "rw-r--r--");
    }

    private Path file(String name, String permissions) throws IOException {
        Path file = dir.resolve(name);
        Files.createDirectories(file.getParent());
        Files.writeString(file, "#!/bin/sh\n");
        Files.setPosixFilePermissions(file, PosixFilePermissions.fromString(permissions));
        return file;
    }

    private static String path(Path... executables) {
        return String.join(File.pathSeparator,
                List.of(executables).stream().map(p -> p.getParent().toString()).distinct().toList());
    }
}

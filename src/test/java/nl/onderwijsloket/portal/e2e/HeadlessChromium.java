package nl.onderwijsloket.portal.e2e;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.extension.AfterEachCallback;
import org.junit.jupiter.api.extension.AfterTestExecutionCallback;
import org.junit.jupiter.api.extension.BeforeEachCallback;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.ExpectedCondition;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.test.context.junit.jupiter.SpringExtension;

/**
 * A headless Chromium per test, for end-to-end tests against the server of a
 * {@code @SpringBootTest(webEnvironment = RANDOM_PORT)}. Register it with
 * {@code @RegisterExtension final HeadlessChromium browser = new HeadlessChromium();}.
 *
 * <p>The browser and its chromedriver are found by {@link BrowserLocator}: {@code -Dportal.e2e.chromium=...}
 * and {@code -Dportal.e2e.chromedriver=...}, then {@code $CHROMIUM}/{@code $CHROME_BIN} and
 * {@code $CHROMEDRIVER}, then the usual install locations on Linux and macOS, then the {@code PATH}. When
 * there is none and the tests run as root on Debian, Debian's {@code chromium chromium-driver} are installed
 * with apt-get once per JVM (off with {@code -Dportal.e2e.install=false}); otherwise the test fails, saying
 * what to install. It is never skipped. Both are given to Selenium explicitly, so Selenium Manager never
 * runs and nothing is downloaded. Every test gets a fresh profile, deleted afterwards. When a test fails, a
 * screenshot and the page source are saved under {@code target/e2e/}.
 */
public final class HeadlessChromium implements BeforeEachCallback, AfterTestExecutionCallback, AfterEachCallback {

    /** Upper bound for every wait; generous because CI machines are slow, never a timing assertion. */
    public static final Duration TIMEOUT = Duration.ofSeconds(30);

    private static final Path ARTIFACTS = Path.of("target", "e2e");

    /** True when no Vaadin client in the page has a request to the server under way. */
    private static final String VAADIN_IDLE = """
            const flow = window.Vaadin && window.Vaadin.Flow;
            if (!flow || !flow.clients) { return false; }
            return Object.values(flow.clients)
                .every(client => typeof client.isActive !== 'function' || !client.isActive());
            """;

    private ChromeDriver driver;
    private Path profile;
    private String baseUrl;

    @Override
    public void beforeEach(ExtensionContext context) throws IOException {
        String port = SpringExtension.getApplicationContext(context).getEnvironment()
                .getProperty("local.server.port");
        if (port == null) {
            throw new IllegalStateException(
                    "HeadlessChromium needs @SpringBootTest(webEnvironment = RANDOM_PORT) on the test class");
        }
        baseUrl = "http://localhost:" + port;
        BrowserLocator.Browser browser = BrowserLocator.find();
        profile = Files.createTempDirectory("portal-e2e-chromium-");

        var options = new ChromeOptions();
        options.setBinary(browser.executable().toFile());
        options.addArguments(
                "--headless=new", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
                "--disable-background-networking", "--disable-component-update", "--disable-sync",
                "--window-size=1280,900", "--user-data-dir=" + profile);
        var service = new ChromeDriverService.Builder()
                .usingDriverExecutable(browser.driver().toFile())
                .usingAnyFreePort()
                .build();
        driver = new ChromeDriver(service, options);
        driver.manage().timeouts().pageLoadTimeout(TIMEOUT).scriptTimeout(TIMEOUT);
    }

    @Override
    public void afterTestExecution(ExtensionContext context) {
        if (driver != null && context.getExecutionException().isPresent()) {
            saveArtifacts(context.getRequiredTestClass().getSimpleName() + "."
                    + context.getRequiredTestMethod().getName());
        }
    }

    @Override
    public void afterEach(ExtensionContext context) {
        try {
            if (driver != null) {
                driver.quit();
            }
        } finally {
            driver = null;
            deleteRecursively(profile);
            profile = null;
        }
    }

    /** The WebDriver, for anything this class does not cover (other origins such as Keycloak, keys, ...). */
    public ChromeDriver driver() {
        return driver;
    }

    /** The portal's address, without a trailing slash. */
    public String baseUrl() {
        return baseUrl;
    }

    /** Opens a path of the portal ({@code "/"}, {@code "/cursus/12"}) and waits until Vaadin has settled. */
    public void open(String path) {
        driver.get(baseUrl + path);
        waitForVaadin();
    }

    /** Waits (bounded) until the condition holds (not null, not false) and returns its value. */
    public <T> T waitUntil(ExpectedCondition<T> condition) {
        return new WebDriverWait(driver, TIMEOUT).ignoring(StaleElementReferenceException.class).until(condition);
    }

    /** Waits (bounded) until an element matching the CSS selector is visible and returns it. */
    public WebElement waitForVisible(String cssSelector) {
        return waitUntil(ExpectedConditions.visibilityOfElementLocated(By.cssSelector(cssSelector)));
    }

    /** Waits (bounded) until Vaadin has booted and no request to the server is under way. */
    public void waitForVaadin() {
        waitUntil(d -> Boolean.TRUE.equals(((JavascriptExecutor) d).executeScript(VAADIN_IDLE)));
    }

    /** The elements matching the CSS selector that are displayed now (hidden ones are left out). */
    public List<WebElement> displayed(String cssSelector) {
        return driver.findElements(By.cssSelector(cssSelector)).stream().filter(WebElement::isDisplayed).toList();
    }

    private void saveArtifacts(String name) {
        try {
            Files.createDirectories(ARTIFACTS);
            Files.write(ARTIFACTS.resolve(name + ".png"), driver.getScreenshotAs(OutputType.BYTES));
            Files.writeString(ARTIFACTS.resolve(name + ".html"),
                    "<!-- " + driver.getCurrentUrl() + " -->\n" + driver.getPageSource());
        } catch (IOException | RuntimeException e) {
            System.err.println("Could not save the browser's state for " + name + ": " + e);
        }
    }

    private static void deleteRecursively(Path dir) {
        if (dir == null || !Files.exists(dir)) {
            return;
        }
        try (Stream<Path> paths = Files.walk(dir)) {
            paths.sorted(Comparator.reverseOrder()).forEach(path -> path.toFile().delete());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}

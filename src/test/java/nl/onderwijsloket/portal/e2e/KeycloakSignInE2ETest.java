package nl.onderwijsloket.portal.e2e;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.boot.test.context.SpringBootTest.WebEnvironment.RANDOM_PORT;

import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.ActiveProfiles;

/**
 * Sign-in through the real Keycloak (profile {@code keycloak}) in a real browser: Keycloak's login page in
 * the portal's theme and language, the HR officer's menu and rights after signing in, signing out ending the
 * Keycloak session too, Keycloak's error for a wrong password, a teacher kept out of an HR view, Keycloak's
 * back-channel logout ending the portal session, and the page for someone the portal does not know.
 */
@SpringBootTest(webEnvironment = RANDOM_PORT)
@ActiveProfiles("keycloak")
@ExtendWith(KeycloakDevServer.class)
@Tag("e2e")
class KeycloakSignInE2ETest {

    private static final List<String> DEMO_USERS =
            List.of("leraar", "starter", "mentor", "hr", "hr2", "aanbieder", "coordinator");

    @RegisterExtension
    final HeadlessChromium browser = new HeadlessChromium();

    @Autowired
    JdbcClient jdbc;

    private final KeycloakAdmin keycloak = new KeycloakAdmin();

    /** The sign-ins link demo accounts to Keycloak's users and record "nieuw"; undone for other tests. */
    @AfterEach
    void forgetTheLinks() {
        jdbc.sql("UPDATE user_account SET external_subject = NULL WHERE username IN (:users)")
                .param("users", DEMO_USERS).update();
        jdbc.sql("DELETE FROM unlinked_sign_in WHERE username = 'nieuw'").update();
    }

    /** From the portal's "Inloggen" to Keycloak's login page. */
    private void goToKeycloak() {
        browser.waitForVisible("#sign-in").click();
        browser.waitForVisible("#kc-form-login");
        assertThat(browser.driver().getCurrentUrl()).startsWith(KeycloakDevServer.ISSUER + "/");
    }

    private void submitCredentials(String username, String password) {
        browser.waitForVisible("#username").sendKeys(username);
        browser.driver().findElement(By.id("password")).sendKeys(password);
        browser.driver().findElement(By.id("kc-login")).click();
    }

    /** Signs in on Keycloak's page and waits until the portal greets the user by name. */
    private void signInAs(String username, String expectedName) {
        browser.open("/");
        goToKeycloak();
        submitCredentials(username, "welkom");
        browser.waitUntil(ExpectedConditions.textToBe(By.id("user-name"), expectedName));
        browser.waitForVaadin();
    }

    private List<String> menu() {
        return browser.displayed("vaadin-side-nav-item").stream().map(WebElement::getText).map(String::trim).toList();
    }

    @Test
    void hrSignsInOnKeycloakWorksWithHrRightsAndSigningOutEndsTheKeycloakSession() {
        keycloak.endSessionsOf("hr");
        browser.open("/");
        goToKeycloak();
        // The portal's theme, in Dutch although the browser asks for English.
        assertThat(((JavascriptExecutor) browser.driver()).executeScript("return document.documentElement.lang"))
                .isEqualTo("nl");
        assertThat(browser.waitForVisible("#kc-page-title").getText()).isEqualTo("Inloggen");
        assertThat(browser.driver().findElement(By.id("kc-header-wrapper")).getText())
                .isEqualTo("Onderwijsloket Oost");
        assertThat(browser.driver().findElements(By.cssSelector("link[href*='/onderwijsloket/css/portal.css']")))
                .hasSize(1);

        submitCredentials("hr", "welkom");
        browser.waitUntil(ExpectedConditions.textToBe(By.id("user-name"), "Ingrid Wolters"));
        browser.waitForVaadin();
        assertThat(browser.driver().getCurrentUrl()).startsWith(browser.baseUrl());
        assertThat(menu()).contains("Medewerkers").doesNotContain("Koppelingen");

        // HR's rights: the people of Ingrid's own board, and not the other board's.
        browser.displayed("vaadin-side-nav-item").stream().filter(item -> item.getText().trim().equals("Medewerkers"))
                .findFirst().orElseThrow().click();
        browser.waitUntil(ExpectedConditions.textToBe(By.id("employees-heading"), "Medewerkers"));
        browser.waitForVisible("#employee-search input").sendKeys("Sanne");
        browser.waitUntil(ExpectedConditions.urlContains("q=Sanne"));
        browser.waitUntil(d -> browser.displayed("#employee-grid .employee-name").stream()
                .anyMatch(name -> name.getText().equals("Sanne de Vries")));
        // hr2's colleague Erik Brinkhuis (e.brinkhuis@reggedinkel.nl) works for the other board.
        browser.open("/medewerkers?q=reggedinkel");
        browser.waitUntil(ExpectedConditions.textToBe(By.id("employee-count"), "0 medewerkers"));
        assertThat(keycloak.sessionsOf("hr")).isEqualTo(1);

        browser.waitForVisible("#sign-out").click();
        browser.waitForVisible("#sign-in");
        assertThat(browser.driver().getCurrentUrl()).startsWith(browser.baseUrl());
        assertThat(keycloak.sessionsOf("hr")).isZero();
        // With the Keycloak session gone, signing in asks for the password again.
        goToKeycloak();
        assertThat(browser.waitForVisible("#username").getDomProperty("value")).isEmpty();
    }

    @Test
    void aWrongPasswordShowsKeycloaksError() {
        // The portal's own login address (where "sign in to enrol" links) leads on to Keycloak.
        browser.driver().get(browser.baseUrl() + "/login");
        browser.waitForVisible("#kc-form-login");
        submitCredentials("leraar", "niet-welkom");

        assertThat(browser.waitForVisible("#input-error-username").getText())
                .isEqualTo("Onbekende gebruikersnaam of verkeerd wachtwoord.");
        assertThat(browser.driver().getCurrentUrl()).startsWith(KeycloakDevServer.ISSUER + "/");
        browser.open("/");
        browser.waitForVisible("#sign-in");

        // Where Spring sends a sign-in that failed on the portal's side: the portal's page, not Keycloak again.
        browser.open("/login?error");
        assertThat(browser.waitForVisible("#sign-in-error").getText()).startsWith("Inloggen is niet gelukt.");
        assertThat(browser.driver().findElement(By.id("sign-in-external")).getDomAttribute("href"))
                .isEqualTo("oauth2/authorization/keycloak");
    }

    @Test
    void aTeacherCannotOpenAnHrView() {
        // A link to HR's list, opened before signing in: Keycloak first, then back to the link.
        browser.driver().get(browser.baseUrl() + "/medewerkers");
        browser.waitForVisible("#kc-form-login");
        submitCredentials("leraar", "welkom");

        browser.waitForVisible("#not-found");
        assertThat(browser.driver().getCurrentUrl()).startsWith(browser.baseUrl() + "/medewerkers");
        assertThat(browser.driver().findElements(By.id("employee-grid"))).isEmpty();
        // Signed in, only kept out.
        browser.open("/");
        browser.waitUntil(ExpectedConditions.textToBe(By.id("user-name"), "Sanne de Vries"));
        assertThat(menu()).contains("Cursussen", "Leerroutes").doesNotContain("Medewerkers");
    }

    @Test
    void signingOutAtKeycloakEndsThePortalSession() {
        String realmSetting = keycloak.pointBackChannelLogoutAt(
                browser.baseUrl() + "/logout/connect/back-channel/keycloak");
        try {
            keycloak.endSessionsOf("mentor");
            signInAs("mentor", "Marieke ter Horst");
            assertThat(keycloak.sessionsOf("mentor")).isEqualTo(1);

            // Signing out at Keycloak itself (as from another application): Keycloak tells the portal.
            browser.driver().get(KeycloakDevServer.ISSUER + "/protocol/openid-connect/logout");
            browser.waitForVisible("#kc-logout").click();
            browser.waitUntil(d -> keycloak.sessionsOf("mentor") == 0);

            browser.open("/");
            browser.waitForVisible("#sign-in");
            assertThat(browser.driver().findElements(By.id("user-name"))).isEmpty();
        } finally {
            keycloak.pointBackChannelLogoutAt(realmSetting);
        }
    }

    @Test
    void someoneThePortalDoesNotKnowIsToldSo() {
        signInAs("nieuw", "Noor Nieuwenhuis");

        browser.waitUntil(ExpectedConditions.urlToBe(browser.baseUrl() + "/niet-gekoppeld"));
        assertThat(browser.waitForVisible("#unlinked-heading").getText())
                .isEqualTo("Je bent ingelogd, maar het portaal kent je nog niet");
        assertThat(browser.driver().findElement(By.id("unlinked-who")).getText())
                .isEqualTo("Je bent ingelogd als Noor Nieuwenhuis (n.nieuwenhuis@eskerkring.nl).");
        assertThat(menu()).isEmpty();
        assertThat(jdbc.sql("SELECT COUNT(*) FROM unlinked_sign_in WHERE username = 'nieuw'")
                .query(Integer.class).single()).isEqualTo(1);
    }
}

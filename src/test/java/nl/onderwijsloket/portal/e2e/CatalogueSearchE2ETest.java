package nl.onderwijsloket.portal.e2e;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.boot.test.context.SpringBootTest.WebEnvironment.RANDOM_PORT;

import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import nl.onderwijsloket.portal.catalogue.CatalogueService;
import nl.onderwijsloket.portal.catalogue.Theme;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;

/**
 * A visitor searches the catalogue in a real browser: the query lands in the URL, the list narrows, a
 * result opens its course page, and the browser's back button brings the search back. Runs on the demo
 * catalogue.
 */
@SpringBootTest(webEnvironment = RANDOM_PORT)
@Tag("e2e")
class CatalogueSearchE2ETest {

    private static final String SEARCH_INPUT = "#catalogue-search input";
    private static final String CARD = "article.course-card";
    private static final Pattern COURSE_ID = Pattern.compile("/cursus/(\\d+)");
    private static final Pattern LEADING_NUMBER = Pattern.compile("^\\D*(\\d[\\d.,\\u00a0]*)");

    @RegisterExtension
    final HeadlessChromium browser = new HeadlessChromium();

    @Autowired
    CatalogueService catalogue;

    @Test
    void visitorSearchesOpensACourseAndComesBackToTheSearch() {
        browser.open("/");
        browser.waitForVisible("#catalogue-search");
        int unfiltered = browser.waitUntil(d -> resultCount());
        assertThat(unfiltered).as("courses in the unfiltered catalogue").isPositive();

        browser.waitForVisible(SEARCH_INPUT).sendKeys("gedrag");
        browser.waitUntil(ExpectedConditions.urlContains("q=gedrag"));
        browser.waitUntil(d -> {
            Integer count = resultCount();
            return count != null && count < unfiltered ? count : null;
        });
        browser.waitForVaadin();

        List<WebElement> cards = browser.waitUntil(d -> {
            List<WebElement> shown = browser.displayed(CARD);
            return shown.isEmpty() ? null : shown;
        });
        assertThat(cards).allSatisfy(card -> assertThat(isAboutGedrag(card))
                .as("card is about gedrag (in its text, or by its theme): %s", card.getText()).isTrue());

        WebElement link = cards.getFirst().findElement(By.cssSelector("a"));
        String title = link.getText();
        link.click();
        WebElement heading = browser.waitForVisible("#course-title");
        assertThat(heading.getText()).isEqualTo(title);
        assertThat(browser.driver().getCurrentUrl()).contains("/cursus/");

        browser.driver().navigate().back();
        browser.waitUntil(ExpectedConditions.urlContains("q=gedrag"));
        browser.waitUntil(d -> "gedrag".equals(d.findElement(By.cssSelector(SEARCH_INPUT)).getDomProperty("value")));
        browser.waitForVaadin();
        assertThat(resultCount()).isLessThan(unfiltered);
    }

    /**
     * A visitor who types a bad course address gets the not-found page in the real browser, through the real
     * security filter chain (which only lets visitors reach paths of public routes), never an exception.
     */
    @Test
    void aBadCourseAddressShowsTheNotFoundPage() {
        for (String path : List.of("/cursus/abc", "/cursus/99999999999999999999", "/cursus/-1", "/cursus/999999999",
                "/leerroute/bestaat-niet", "/?vanaf=2026-02-31&thema=onbekend&aanbieder=abc")) {
            browser.open(path);
            String page = browser.driver().getPageSource();
            assertThat(page).as(path).doesNotContain("Exception").doesNotContain("at nl.onderwijsloket");
            if (path.startsWith("/?")) {
                assertThat(browser.waitForVisible("#catalogue-search").isDisplayed()).as(path).isTrue();
            } else {
                assertThat(browser.waitForVisible("#not-found").getText()).as(path).isEqualTo("Pagina niet gevonden");
            }
        }
    }

    /**
     * The search also matches a course's theme labels, which its card does not show ("Een positief
     * groepsklimaat" is found through its theme Gedrag), so a card without the word must have that theme.
     */
    private boolean isAboutGedrag(WebElement card) {
        if (card.getText().toLowerCase(Locale.ROOT).contains("gedrag")) {
            return true;
        }
        String href = card.findElement(By.cssSelector("a")).getDomProperty("href");
        Matcher id = COURSE_ID.matcher(href == null ? "" : href);
        return id.find() && catalogue.course(Long.parseLong(id.group(1)))
                .map(course -> course.themes().contains(Theme.GEDRAG))
                .orElse(false);
    }

    /** The number in {@code #result-count} ("12 cursussen gevonden"), or null while it shows none. */
    private Integer resultCount() {
        List<WebElement> count = browser.driver().findElements(By.id("result-count"));
        if (count.isEmpty()) {
            return null;
        }
        Matcher number = LEADING_NUMBER.matcher(count.getFirst().getText());
        return number.find() ? Integer.valueOf(number.group(1).replaceAll("\\D", "")) : null;
    }
}

package nl.onderwijsloket.portal.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.mvysny.kaributesting.v10.NotificationsKt;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.RouteConfiguration;
import com.vaadin.flow.server.ErrorEvent;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import java.util.List;
import java.util.Locale;
import nl.onderwijsloket.portal.KaribuTest;
import nl.onderwijsloket.portal.common.RuleViolation;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.dao.DataAccessResourceFailureException;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.security.access.AccessDeniedException;

/**
 * A screen that fails to open shows a translated page that says what to do and a short reference (whose
 * whole exception is in the log); a click that fails shows a translated message. Never the exception's text,
 * class name or SQL, in Dutch or English, whatever went wrong.
 */
@ExtendWith(OutputCaptureExtension.class)
class AFailureShowsWhatToDoNeverItsTextTest extends KaribuTest {

    /** What a careless exception might carry; none of it may reach the user. */
    private static final String SECRET = "SELECT password_hash FROM user_account WHERE id = 7";
    private static RuntimeException failure;

    /** A screen that fails while opening, with whatever {@link #failure} says; registered for this test only. */
    @AnonymousAllowed
    static class FailingView extends Div implements BeforeEnterObserver {
        @Override
        public void beforeEnter(BeforeEnterEvent event) {
            throw failure;
        }
    }

    @Autowired
    ErrorHandling errorHandling;

    @BeforeEach
    void registerFailingView() {
        RouteConfiguration.forSessionScope().setRoute("kapot", FailingView.class);
    }

    private static String shownText() {
        return String.join(" | ", _find(Component.class).stream()
                .filter(c -> c instanceof H1 || c instanceof Paragraph)
                .map(c -> c.getElement().getText()).toList());
    }

    @Test
    void anUnexpectedFailureShowsAReferenceInDutchAndLogsTheRest(CapturedOutput log) {
        failure = new IllegalStateException(SECRET);
        navigate("kapot");
        assertThat(_get(H1.class, spec -> spec.withId("error-title")).getText()).isEqualTo("Er ging iets mis");
        String reference = _get(Paragraph.class, spec -> spec.withId("error-reference")).getText();
        assertThat(reference).matches("Referentie: [A-Z2-9]{4}-[A-Z2-9]{4}");
        assertThat(shownText()).contains("Probeer het opnieuw").doesNotContain(SECRET)
                .doesNotContain("IllegalStateException").doesNotContain("Exception");
        assertThat(UI.getCurrent().getInternals().getTitle()).isEqualTo("Er ging iets mis – Onderwijsloket Oost");
        // The log has the whole exception under the reference the user can quote.
        assertThat(log.getOut()).contains("reference " + reference.substring("Referentie: ".length()))
                .contains("java.lang.IllegalStateException: " + SECRET);
    }

    @Test
    void inEnglishItSaysTheSameInEnglish() {
        UI.getCurrent().setLocale(Locale.ENGLISH);
        failure = new IllegalStateException(SECRET);
        navigate("kapot");
        assertThat(_get(H1.class, spec -> spec.withId("error-title")).getText()).isEqualTo("Something went wrong");
        assertThat(_get(Paragraph.class, spec -> spec.withId("error-reference")).getText()).startsWith("Reference: ");
        assertThat(shownText()).doesNotContain(SECRET);
    }

    @Test
    void anUnreachableDatabaseSaysSoAndThatThePortalRecovers() {
        failure = new DataAccessResourceFailureException(SECRET);
        navigate("kapot");
        assertThat(_get(H1.class, spec -> spec.withId("error-title")).getText())
                .isEqualTo("Het portaal is even niet bereikbaar");
        assertThat(_get(Paragraph.class, spec -> spec.withId("error-text")).getText())
                .contains("niets half opgeslagen").contains("herstelt zichzelf");
        assertThat(_find(Paragraph.class, spec -> spec.withId("error-reference"))).isEmpty();
        // Inside the portal's layout, so the menu is there to go on with.
        assertThat(_find(com.vaadin.flow.component.sidenav.SideNavItem.class)).isNotEmpty();
        assertThat(shownText()).doesNotContain(SECRET);
    }

    @Test
    void aRefusalOfAccessLooksLikeAPageThatDoesNotExist() {
        failure = new AccessDeniedException(SECRET);
        navigate("kapot");
        assertThat(_get(H1.class, spec -> spec.withId("not-found")).getText()).isEqualTo("Pagina niet gevonden");
        assertThat(shownText()).doesNotContain(SECRET);
    }

    @Test
    void aFailedClickShowsATranslatedMessageNotTheException() {
        navigate("");
        var handler = new PortalErrorHandler();
        handler.error(new ErrorEvent(new IllegalArgumentException(SECRET)));
        handler.error(new ErrorEvent(new RuleViolation("enrolment.error.edition-closed")));
        List<String> shown = NotificationsKt.getNotifications().stream()
                .map(n -> n.getElement().getProperty("text")).toList();
        assertThat(String.join(" ", shown)).doesNotContain(SECRET).doesNotContain("IllegalArgument");
        assertThat(shown).hasSize(2);
        assertThat(shown.get(1)).isEqualTo("De inschrijving voor deze startdatum is gesloten.");
        assertThat(shown.get(0)).startsWith("Er ging iets mis aan onze kant").containsPattern("[A-Z2-9]{4}-[A-Z2-9]{4}");
    }

    @Test
    void aChangeMadeMeanwhileSaysSoInTheScreensWordsAndOffersToReload() {
        navigate("");
        var screen = UI.getCurrent();
        boolean done = ServiceFeedback.run(screen, () -> {
            throw new OptimisticLockingFailureException(SECRET);
        }, "edition.editor.conflict");

        assertThat(done).isFalse();
        assertThat(_get(Span.class, spec -> spec.withId("service-feedback-conflict")).getText())
                .startsWith("Iemand anders heeft dit startmoment intussen gewijzigd").doesNotContain(SECRET);
        assertThat(_get(Button.class, spec -> spec.withId("service-feedback-reload")).getText())
                .isEqualTo("Opnieuw laden");
        // Without words of its own, a screen says it in general terms, with the same way out.
        ServiceFeedback.show(screen, new OptimisticLockingFailureException(SECRET));
        assertThat(_find(Span.class, spec -> spec.withId("service-feedback-conflict")))
                .extracting(Span::getText).contains("Iemand anders heeft dit intussen gewijzigd; er is niets "
                        + "opgeslagen. Laad de pagina opnieuw en probeer het nog eens.");
    }

    @Test
    void vaadinsOwnMessagesAreTranslated() {
        assertThat(errorHandling.messages(Locale.of("nl")).getInternalErrorCaption()).isEqualTo("Er ging iets mis");
        assertThat(errorHandling.messages(Locale.of("nl")).getCookiesDisabledCaption()).isEqualTo("Cookies staan uit");
        assertThat(errorHandling.messages(Locale.ENGLISH).getInternalErrorCaption()).isEqualTo("Something went wrong");
    }
}

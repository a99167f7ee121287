package nl.onderwijsloket.portal.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.github.mvysny.kaributesting.v10.MockVaadin;
import com.github.mvysny.kaributesting.v10.NotificationsKt;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.progressbar.ProgressBar;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.atomic.AtomicReference;
import nl.onderwijsloket.portal.KaribuTest;
import nl.onderwijsloket.portal.common.RuleViolation;
import org.junit.jupiter.api.Test;
import org.springframework.security.core.context.SecurityContextHolder;

/**
 * A background job runs off the UI thread as the signed-in user, moves its progress bar, polls only while it
 * runs, and tells a failure in the user's language (or leaves it to the screen that answers it itself).
 */
class BackgroundJobTest extends KaribuTest {

    private Div screen() {
        navigate("");
        var screen = new Div();
        UI.getCurrent().add(screen);
        return screen;
    }

    /** Waits for the job and runs what it queued for the UI, as the next poll would. */
    private static void finish(BackgroundJob<?> job) {
        job.completion().join();
        MockVaadin.clientRoundtrip(false);
    }

    private static List<String> notifications() {
        return NotificationsKt.getNotifications().stream().map(n -> n.getElement().getProperty("text")).toList();
    }

    @Test
    void itRunsAsTheSignedInUserOffTheUiThreadAndReportsProgress() {
        signInAs("hr");
        var screen = screen();
        var bar = new ProgressBar();
        screen.add(bar);
        String uiThread = Thread.currentThread().getName();
        List<String> reported = new ArrayList<>();
        AtomicReference<String> result = new AtomicReference<>();

        var job = BackgroundJob.<String>of(screen, progress -> {
                    progress.report(1, 4);
                    return SecurityContextHolder.getContext().getAuthentication().getName() + " on "
                            + Thread.currentThread().getName();
                })
                .progressOn(bar)
                .onProgress((done, total) -> reported.add(done + "/" + total))
                .onSuccess(result::set)
                .start();
        assertThat(UI.getCurrent().getPollInterval()).as("polls while it runs").isEqualTo(BackgroundJob.POLL_MILLIS);
        finish(job);

        assertThat(result.get()).startsWith("hr on ").doesNotEndWith(" on " + uiThread);
        assertThat(reported).containsExactly("1/4");
        assertThat(bar.getValue()).isEqualTo(0.25);
        assertThat(job.running()).isFalse();
        assertThat(UI.getCurrent().getPollInterval()).as("and stops polling after").isEqualTo(-1);
        // The executor's threads do not carry the user by themselves: the job was handed the user's context.
        var executor = UI.getCurrent().getSession().getService().getExecutor();
        assertThat(CompletableFuture.supplyAsync(() -> SecurityContextHolder.getContext().getAuthentication(),
                executor).join()).isNull();
    }

    @Test
    void aRefusalIsToldInTheUsersLanguage() {
        signInAs("hr");
        var screen = screen();
        AtomicReference<Failure> failure = new AtomicReference<>();
        AtomicReference<Object> result = new AtomicReference<>();

        finish(BackgroundJob.of(screen, progress -> {
                    throw new RuleViolation("enrolment.error.edition-closed");
                })
                .onSuccess(result::set)
                .onFailure(failure::set)
                .start());

        assertThat(notifications()).containsExactly("De inschrijving voor deze startdatum is gesloten.");
        assertThat(failure.get().kind()).isEqualTo(Failure.Kind.REFUSED);
        assertThat(result.get()).isNull();
        assertThat(UI.getCurrent().getPollInterval()).isEqualTo(-1);
    }

    @Test
    void anUnexpectedFailureIsToldWithAReferenceNeverItsText() {
        var screen = screen();
        UI.getCurrent().setLocale(Locale.ENGLISH);
        AtomicReference<Failure> failure = new AtomicReference<>();

        finish(BackgroundJob.of(screen, progress -> {
                    throw new IllegalStateException("SELECT secret FROM somewhere");
                })
                .onFailure(failure::set)
                .start());

        assertThat(failure.get().kind()).isEqualTo(Failure.Kind.UNEXPECTED);
        assertThat(notifications()).singleElement().asString()
                .startsWith("Something went wrong on our side").contains(failure.get().reference())
                .doesNotContain("secret");
    }

    @Test
    void aFailureTheScreenAnswersItselfIsNotToldTwice() {
        var screen = screen();
        AtomicReference<IllegalArgumentException> answered = new AtomicReference<>();
        AtomicReference<Failure> failure = new AtomicReference<>();

        finish(BackgroundJob.of(screen, progress -> {
                    throw new IllegalArgumentException("outdated");
                })
                .on(IllegalArgumentException.class, answered::set)
                .onFailure(failure::set)
                .start());

        assertThat(answered.get()).hasMessage("outdated");
        assertThat(failure.get()).isNull();
        assertThat(notifications()).isEmpty();
    }
}

package nl.onderwijsloket.portal.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.UIDetachedException;
import com.vaadin.flow.component.progressbar.ProgressBar;
import com.vaadin.flow.function.SerializableConsumer;
import com.vaadin.flow.server.Command;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.security.concurrent.DelegatingSecurityContextRunnable;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;

/**
 * A long job a screen starts and the user watches: it runs on Vaadin's executor (Spring's task executor)
 * under the signed-in user's security context, so the services check the user's roles and scope as for
 * any click; its progress and outcome come back through {@link UI#access}. The portal has no push (see
 * DD010), so the page polls every {@value #POLL_MILLIS} ms while a job runs and stops when it ends. A
 * failure is told in the user's language as {@link ServiceFeedback} tells it, unless the screen answers
 * that kind of failure itself ({@link Builder#on}). A user who leaves the page just misses the news.
 *
 * <pre>{@code
 * BackgroundJob.of(this, progress -> imports.commit(file, preview, progress::report))
 *         .progressOn(progressBar)
 *         .onProgress((saved, total) -> text.setText(getTranslation("import.saving", saved, total)))
 *         .onSuccess(this::finished)
 *         .on(ImportOutdatedException.class, e -> outdated())
 *         .onFailure(failure -> enableButtons())
 *         .start();
 * }</pre>
 *
 * @param <T> what the job delivers
 */
public final class BackgroundJob<T> {

    /** How often the browser asks for news while a job runs. */
    public static final int POLL_MILLIS = 500;

    private static final Logger LOG = LoggerFactory.getLogger(BackgroundJob.class);

    /** The work itself; it runs outside the UI, so it touches no component, only services. */
    @FunctionalInterface
    public interface Work<T> {
        T run(Progress progress);
    }

    /** How far the work is; may be called as often as the work likes, from its own thread. */
    @FunctionalInterface
    public interface Progress {
        void report(int done, int total);
    }

    private final CompletableFuture<Void> completion;

    private BackgroundJob(CompletableFuture<Void> completion) {
        this.completion = completion;
    }

    /** A job for the screen (attached to its UI) that starts when {@link Builder#start()} is called. */
    public static <T> Builder<T> of(Component screen, Work<T> work) {
        return new Builder<>(screen, work);
    }

    /**
     * Completes when the work has ended and its outcome is queued for the UI (for tests: join it, then run
     * the UI's pending changes).
     */
    public CompletableFuture<Void> completion() {
        return completion;
    }

    public boolean running() {
        return !completion.isDone();
    }

    public static final class Builder<T> {

        private final Component screen;
        private final Work<T> work;
        private @Nullable ProgressBar bar;
        private Progress onProgress = (done, total) -> { };
        private SerializableConsumer<T> onSuccess = result -> { };
        private SerializableConsumer<Failure> onFailure = failure -> { };
        private final Map<Class<? extends RuntimeException>, SerializableConsumer<RuntimeException>> answers =
                new LinkedHashMap<>();

        private Builder(Component screen, Work<T> work) {
            this.screen = screen;
            this.work = work;
        }

        /** Moves the bar from 0 to 1 as the work reports. */
        public Builder<T> progressOn(ProgressBar progressBar) {
            this.bar = progressBar;
            return this;
        }

        /** Runs in the UI whenever the work reports. */
        public Builder<T> onProgress(Progress listener) {
            this.onProgress = listener;
            return this;
        }

        /** Runs in the UI with what the work delivered. */
        public Builder<T> onSuccess(SerializableConsumer<T> listener) {
            this.onSuccess = listener;
            return this;
        }

        /** The screen's own answer to a failure of this type: it replaces the general message. */
        @SuppressWarnings("unchecked")
        public <X extends RuntimeException> Builder<T> on(Class<X> type, SerializableConsumer<X> answer) {
            answers.put(type, e -> answer.accept((X) e));
            return this;
        }

        /** Runs in the UI after any other failure, once the user has been told what went wrong. */
        public Builder<T> onFailure(SerializableConsumer<Failure> listener) {
            this.onFailure = listener;
            return this;
        }

        /** Starts the work; call it from the UI (a click), where the user's security context is. */
        public BackgroundJob<T> start() {
            UI ui = screen.getUI().orElseThrow(() -> new IllegalStateException("The screen is not shown"));
            int pollInterval = ui.getPollInterval();
            if (pollInterval < 0 || pollInterval > POLL_MILLIS) {
                ui.setPollInterval(POLL_MILLIS);
            }
            if (bar != null) {
                bar.setIndeterminate(false);
                bar.setMin(0);
                bar.setMax(1);
                bar.setValue(0);
            }
            Runnable task = () -> {
                try {
                    T result = work.run((done, total) -> access(ui, () -> progressed(done, total)));
                    access(ui, () -> {
                        ui.setPollInterval(pollInterval);
                        onSuccess.accept(result);
                    });
                } catch (RuntimeException e) {
                    access(ui, () -> {
                        ui.setPollInterval(pollInterval);
                        failed(e);
                    });
                }
            };
            return new BackgroundJob<>(CompletableFuture.runAsync(new DelegatingSecurityContextRunnable(task,
                    signedInUser()), ui.getSession().getService().getExecutor()));
        }

        private void progressed(int done, int total) {
            if (bar != null) {
                bar.setValue(total <= 0 ? 1 : Math.min(1, (double) done / total));
            }
            onProgress.report(done, total);
        }

        private void failed(RuntimeException e) {
            for (var answer : answers.entrySet()) {
                if (answer.getKey().isInstance(e)) {
                    answer.getValue().accept(e);
                    return;
                }
            }
            onFailure.accept(ServiceFeedback.show(screen, e));
        }

        /** A copy of the user's security context, so that signing out meanwhile does not change the job's. */
        private static SecurityContext signedInUser() {
            SecurityContext context = SecurityContextHolder.createEmptyContext();
            context.setAuthentication(SecurityContextHolder.getContext().getAuthentication());
            return context;
        }

        private static void access(UI ui, Command command) {
            try {
                ui.access(command);
            } catch (UIDetachedException e) {
                LOG.debug("The screen was closed before its background job ended");
            }
        }
    }
}

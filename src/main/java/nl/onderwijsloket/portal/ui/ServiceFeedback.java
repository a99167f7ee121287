package nl.onderwijsloket.portal.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;

/**
 * Runs a service call for a screen. When it fails, the user is told why in their language (a rule that
 * said no, no access, a change made meanwhile, the database out of reach, or an unexpected failure with
 * its reference) and the screen stays as it was; the service changed nothing. A change made meanwhile
 * comes with a button that reloads the page, since only what is there now can be changed.
 */
public final class ServiceFeedback {

    private ServiceFeedback() {
    }

    /** True when the call went through; false when a message was shown instead. */
    public static boolean run(Component screen, Runnable call) {
        try {
            call.run();
            return true;
        } catch (RuntimeException e) {
            show(screen, e);
            return false;
        }
    }

    /**
     * As {@link #run(Component, Runnable)}, for a screen that edits versioned data: a change made meanwhile
     * is told in the screen's own words (the translation of {@code conflictKey}, e.g. "somebody else changed
     * this start date meanwhile").
     */
    public static boolean run(Component screen, Runnable call, String conflictKey) {
        try {
            call.run();
            return true;
        } catch (RuntimeException e) {
            Failure failure = Failure.of(e);
            tell(screen, failure, failure.kind() == Failure.Kind.CONFLICT ? screen.getTranslation(conflictKey)
                    : screen.getTranslation(failure.messageKey(), failure.arguments()));
            return false;
        }
    }

    /**
     * Runs a service call, then redraws the screen so that it shows what is true now: after a success, and
     * after a refusal or a conflict (someone changed the same thing meanwhile). Not while the database is out
     * of reach: the redraw would wait for it again and the screen keeps what it showed, with the message.
     */
    public static void runThenRefresh(Component screen, Runnable call, Runnable refresh) {
        try {
            call.run();
        } catch (RuntimeException e) {
            Failure failure = show(screen, e);
            if (failure.kind() == Failure.Kind.UNAVAILABLE) {
                return;
            }
        }
        refresh.run();
    }

    /** Tells the user what went wrong with a call whose failure the screen caught itself. */
    public static Failure show(Component screen, Throwable exception) {
        Failure failure = Failure.of(exception);
        tell(screen, failure, screen.getTranslation(failure.messageKey(), failure.arguments()));
        return failure;
    }

    private static void tell(Component screen, Failure failure, String text) {
        if (failure.kind() == Failure.Kind.CONFLICT) {
            conflict(screen, text);
            return;
        }
        var notification = Notification.show(text, failure.kind() == Failure.Kind.REFUSED ? 8000 : 12000,
                Notification.Position.MIDDLE);
        notification.addThemeVariants(NotificationVariant.LUMO_ERROR);
        notification.setId("service-feedback");
    }

    /** Stays until closed or used: the user has to load what is there now before trying again. */
    private static void conflict(Component screen, String text) {
        var notification = new Notification();
        notification.setId("service-feedback");
        notification.addThemeVariants(NotificationVariant.LUMO_WARNING);
        notification.setPosition(Notification.Position.MIDDLE);
        notification.setDuration(0);
        var message = new Span(text);
        message.setId("service-feedback-conflict");
        var reload = new Button(screen.getTranslation("error.reload"), e -> {
            notification.close();
            screen.getUI().ifPresent(ui -> ui.getPage().reload());
        });
        reload.setId("service-feedback-reload");
        reload.addThemeVariants(ButtonVariant.LUMO_TERTIARY_INLINE);
        var close = new Button(screen.getTranslation("error.close"), e -> notification.close());
        close.addThemeVariants(ButtonVariant.LUMO_TERTIARY_INLINE);
        var content = new HorizontalLayout(message, reload, close);
        content.setAlignItems(HorizontalLayout.Alignment.CENTER);
        notification.add(content);
        notification.open();
    }
}

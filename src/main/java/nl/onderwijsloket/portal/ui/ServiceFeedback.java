package nl.onderwijsloket.portal.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;

/**
 * Runs a service call for a screen. When it fails, the user is told why in their language (a rule that
 * said no, no access, a change made meanwhile, the database out of reach, or an unexpected failure with
 * its reference) and the screen stays as it was; the service changed nothing.
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
        show(failure, screen.getTranslation(failure.messageKey(), failure.arguments()));
        return failure;
    }

    private static void show(Failure failure, String text) {
        var notification = Notification.show(text, failure.kind() == Failure.Kind.REFUSED ? 8000 : 12000,
                Notification.Position.MIDDLE);
        notification.addThemeVariants(failure.kind() == Failure.Kind.CONFLICT
                ? NotificationVariant.LUMO_WARNING : NotificationVariant.LUMO_ERROR);
        notification.setId("service-feedback");
    }
}

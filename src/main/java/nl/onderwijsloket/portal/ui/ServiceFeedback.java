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

    /** Tells the user what went wrong with a call whose failure the screen caught itself. */
    public static void show(Component screen, Throwable exception) {
        Failure failure = Failure.of(exception);
        show(failure, screen.getTranslation(failure.messageKey(), failure.arguments()));
    }

    private static void show(Failure failure, String text) {
        var notification = Notification.show(text, failure.kind() == Failure.Kind.REFUSED ? 8000 : 12000,
                Notification.Position.MIDDLE);
        notification.addThemeVariants(failure.kind() == Failure.Kind.CONFLICT
                ? NotificationVariant.LUMO_WARNING : NotificationVariant.LUMO_ERROR);
        notification.setId("service-feedback");
    }
}

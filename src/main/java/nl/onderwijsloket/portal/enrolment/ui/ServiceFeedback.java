package nl.onderwijsloket.portal.enrolment.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import nl.onderwijsloket.portal.enrolment.EnrolmentException;
import org.springframework.security.access.AccessDeniedException;

/**
 * Runs a call to an enrolment service for a screen: when a rule says no, or the user may not, the reason
 * is shown in the user's language and nothing changed.
 */
final class ServiceFeedback {

    private ServiceFeedback() {
    }

    /** True when the call went through; false when a refusal was shown instead. */
    static boolean run(Component screen, Runnable call) {
        try {
            call.run();
            return true;
        } catch (EnrolmentException e) {
            error(screen.getTranslation(e.messageKey(), e.arguments()));
        } catch (AccessDeniedException e) {
            error(screen.getTranslation("error.access-denied"));
        }
        return false;
    }

    private static void error(String text) {
        Notification.show(text, 8000, Notification.Position.MIDDLE).addThemeVariants(NotificationVariant.LUMO_ERROR);
    }
}

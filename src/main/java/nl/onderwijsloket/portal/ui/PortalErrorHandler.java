package nl.onderwijsloket.portal.ui;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.server.ErrorEvent;
import com.vaadin.flow.server.ErrorHandler;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Catches what a click, a lazy list or any other server round trip let through: the user gets a
 * translated message (with a reference for unexpected failures, whose whole exception is logged under it),
 * never the exception's text, in development and production mode alike.
 */
final class PortalErrorHandler implements ErrorHandler {

    private static final Logger LOG = LoggerFactory.getLogger(PortalErrorHandler.class);

    @Override
    public void error(ErrorEvent event) {
        Throwable exception = event.getThrowable();
        if (browserWentAway(exception)) {
            // The tab closed or the network dropped while the answer was written: nobody to tell.
            LOG.debug("Browser went away during a response: {}", exception.toString());
            return;
        }
        UI ui = event.getComponent().flatMap(c -> c.getUI()).orElseGet(UI::getCurrent);
        if (ui == null) {
            // No screen to tell (e.g. a closed tab): log it, under a reference as everywhere.
            Failure.of(exception);
            return;
        }
        try {
            ServiceFeedback.show(ui, exception);
        } catch (RuntimeException e) {
            LOG.error("Could not show an error message", e);
        }
    }

    private static boolean browserWentAway(Throwable exception) {
        for (Throwable cause = exception; cause != null; cause = cause.getCause() == cause ? null : cause.getCause()) {
            if (cause.getClass().getSimpleName().equals("ClientAbortException")) {
                return true;
            }
        }
        return false;
    }
}

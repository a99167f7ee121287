package nl.onderwijsloket.portal.ui;

import com.vaadin.flow.server.ServiceInitEvent;
import com.vaadin.flow.server.VaadinServiceInitListener;
import nl.onderwijsloket.portal.security.CurrentUser;
import org.springframework.stereotype.Component;

/**
 * Sends a signed-in user whom the portal cannot place to the page that says so, wherever they navigate:
 * the portal does not know their board or organisation, so it has nothing to offer them until a
 * coordinator links them (or they sign out and browse as a visitor).
 */
@Component
class UnlinkedSignInGuard implements VaadinServiceInitListener {

    private final CurrentUser currentUser;

    UnlinkedSignInGuard(CurrentUser currentUser) {
        this.currentUser = currentUser;
    }

    @Override
    public void serviceInit(ServiceInitEvent event) {
        event.getSource().addUIInitListener(init -> init.getUI().addBeforeEnterListener(enter -> {
            if (enter.getNavigationTarget() != UnlinkedSignInView.class && currentUser.findUnlinked().isPresent()) {
                enter.forwardTo(UnlinkedSignInView.class);
            }
        }));
    }
}

package nl.onderwijsloket.portal.ui;

import com.vaadin.flow.component.icon.VaadinIcon;
import java.util.Set;
import nl.onderwijsloket.portal.security.PortalUser;
import nl.onderwijsloket.portal.security.Role;

/**
 * An item of the main menu. Features contribute theirs as Spring beans; the menu shows an item to
 * visitors with one of its roles (or to everybody when it names none). Hiding an item is a courtesy:
 * views and services check the roles themselves.
 *
 * @param order position in the menu, low first
 */
public record MenuEntry(int order, String labelKey, String path, VaadinIcon icon, Set<Role> roles) {

    public boolean visibleTo(PortalUser user) {
        return roles.isEmpty() || user != null && roles.stream().anyMatch(user::has);
    }
}

package nl.onderwijsloket.portal.ui;

import java.util.Comparator;
import java.util.List;
import nl.onderwijsloket.portal.security.PortalUser;
import org.springframework.stereotype.Component;

/** Collects the menu entries the features contribute and picks those a user may see. */
@Component
class Navigation {

    private final List<MenuEntry> entries;

    Navigation(List<MenuEntry> entries) {
        this.entries = entries.stream().sorted(Comparator.comparingInt(MenuEntry::order)).toList();
    }

    List<MenuEntry> entriesFor(PortalUser user) {
        return entries.stream().filter(e -> e.visibleTo(user)).toList();
    }
}

package nl.onderwijsloket.portal.people.ui;

import com.vaadin.flow.component.icon.VaadinIcon;
import java.util.Set;
import nl.onderwijsloket.portal.security.Role;
import nl.onderwijsloket.portal.ui.Links;
import nl.onderwijsloket.portal.ui.MenuEntry;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

@Configuration(proxyBeanMethods = false)
class PeopleMenu {

    @Bean
    MenuEntry employeesMenuEntry() {
        return new MenuEntry(100, "nav.employees", Links.EMPLOYEES_ROUTE, VaadinIcon.USERS,
                Set.of(Role.HR, Role.COORDINATOR));
    }

    @Bean
    MenuEntry regionMenuEntry() {
        return new MenuEntry(110, "nav.region", "regio", VaadinIcon.MAP_MARKER, Set.of(Role.COORDINATOR));
    }
}

package nl.onderwijsloket.portal.enrolment.ui;

import com.vaadin.flow.component.icon.VaadinIcon;
import java.util.Set;
import nl.onderwijsloket.portal.security.Role;
import nl.onderwijsloket.portal.ui.MenuEntry;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

@Configuration(proxyBeanMethods = false)
class EnrolmentMenu {

    @Bean
    MenuEntry bookingMenuEntry() {
        return new MenuEntry(102, "nav.booking", "boeken", VaadinIcon.USERS, Set.of(Role.HR));
    }

    @Bean
    MenuEntry approvalsMenuEntry() {
        return new MenuEntry(103, "nav.approvals", "aanvragen", VaadinIcon.CHECK_SQUARE_O,
                Set.of(Role.HR));
    }

    @Bean
    MenuEntry enrolmentsMenuEntry() {
        return new MenuEntry(104, "nav.enrolments", "inschrijvingen", VaadinIcon.LIST, Set.of(Role.HR, Role.COORDINATOR));
    }
}

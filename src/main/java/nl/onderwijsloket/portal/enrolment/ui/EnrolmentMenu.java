package nl.onderwijsloket.portal.enrolment.ui;

import com.vaadin.flow.component.icon.VaadinIcon;
import java.util.Set;
import nl.onderwijsloket.portal.security.Role;
import nl.onderwijsloket.portal.ui.Links;
import nl.onderwijsloket.portal.ui.MenuEntry;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

@Configuration(proxyBeanMethods = false)
class EnrolmentMenu {

    @Bean
    MenuEntry myLearningMenuEntry() {
        return new MenuEntry(30, "nav.my-learning", "mijn-leren", VaadinIcon.NOTEBOOK, Set.of(Role.EMPLOYEE));
    }

    @Bean
    MenuEntry bookingMenuEntry() {
        return new MenuEntry(102, "nav.booking", Links.BOOKING_ROUTE, VaadinIcon.USERS, Set.of(Role.HR));
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

    @Bean
    MenuEntry participantsMenuEntry() {
        return new MenuEntry(125, "nav.participants", Links.PARTICIPANTS_ROUTE, VaadinIcon.CLIPBOARD_USER,
                Set.of(Role.PROVIDER, Role.HR, Role.COORDINATOR));
    }
}

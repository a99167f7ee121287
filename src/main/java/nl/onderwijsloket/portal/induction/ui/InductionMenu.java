package nl.onderwijsloket.portal.induction.ui;

import com.vaadin.flow.component.icon.VaadinIcon;
import java.util.Set;
import nl.onderwijsloket.portal.security.Role;
import nl.onderwijsloket.portal.ui.MenuEntry;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

@Configuration(proxyBeanMethods = false)
class InductionMenu {

    static final String MY_GUIDANCE = "mijn-begeleiding";
    static final String MY_STARTERS = "mijn-starters";
    static final String INDUCTION = "inductie";
    static final String REGIONAL = "inductie-regio";

    @Bean
    MenuEntry myGuidanceMenuEntry() {
        return new MenuEntry(35, "nav.my-guidance", MY_GUIDANCE, VaadinIcon.HANDSHAKE, Set.of(Role.EMPLOYEE));
    }

    @Bean
    MenuEntry myStartersMenuEntry() {
        return new MenuEntry(40, "nav.my-starters", MY_STARTERS, VaadinIcon.GROUP, Set.of(Role.MENTOR));
    }

    @Bean
    MenuEntry inductionMenuEntry() {
        return new MenuEntry(106, "nav.induction", INDUCTION, VaadinIcon.HANDSHAKE, Set.of(Role.HR));
    }

    @Bean
    MenuEntry regionalInductionMenuEntry() {
        return new MenuEntry(112, "nav.regional-induction", REGIONAL, VaadinIcon.HANDSHAKE, Set.of(Role.COORDINATOR));
    }
}

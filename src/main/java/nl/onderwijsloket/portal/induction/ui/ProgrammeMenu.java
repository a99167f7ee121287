package nl.onderwijsloket.portal.induction.ui;

import com.vaadin.flow.component.icon.VaadinIcon;
import java.util.Set;
import nl.onderwijsloket.portal.security.Role;
import nl.onderwijsloket.portal.ui.MenuEntry;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

@Configuration(proxyBeanMethods = false)
class ProgrammeMenu {

    @Bean
    MenuEntry boardProgrammeMenuEntry() {
        return new MenuEntry(107, "nav.induction-programme", BoardProgrammeView.ROUTE, VaadinIcon.ROAD_BRANCHES,
                Set.of(Role.HR));
    }

    @Bean
    MenuEntry templateProgrammesMenuEntry() {
        return new MenuEntry(131, "nav.programmes", TemplateProgrammesView.ROUTE, VaadinIcon.ROAD_BRANCHES,
                Set.of(Role.COORDINATOR));
    }
}

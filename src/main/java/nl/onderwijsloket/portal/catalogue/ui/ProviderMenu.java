package nl.onderwijsloket.portal.catalogue.ui;

import com.vaadin.flow.component.icon.VaadinIcon;
import java.util.Set;
import nl.onderwijsloket.portal.security.Role;
import nl.onderwijsloket.portal.ui.MenuEntry;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

@Configuration(proxyBeanMethods = false)
class ProviderMenu {

    @Bean
    MenuEntry providerCoursesMenuEntry() {
        return new MenuEntry(120, "nav.provider-courses", "mijn-aanbod", VaadinIcon.ACADEMY_CAP, Set.of(Role.PROVIDER));
    }
}

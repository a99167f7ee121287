package nl.onderwijsloket.portal.desk.ui;

import com.vaadin.flow.component.icon.VaadinIcon;
import java.util.Set;
import nl.onderwijsloket.portal.security.Role;
import nl.onderwijsloket.portal.ui.MenuEntry;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Profile;

@Configuration(proxyBeanMethods = false)
class DeskMenu {

    /** Only with sign-in through the identity provider: local accounts need no linking. */
    @Bean
    @Profile("keycloak")
    MenuEntry signInLinksMenuEntry() {
        return new MenuEntry(900, "nav.links", SignInLinksView.ROUTE, VaadinIcon.CONNECT, Set.of(Role.COORDINATOR));
    }
}

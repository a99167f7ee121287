package nl.onderwijsloket.portal.catalogue.ui;

import com.vaadin.flow.component.icon.VaadinIcon;
import java.util.Set;
import nl.onderwijsloket.portal.ui.MenuEntry;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

@Configuration(proxyBeanMethods = false)
class CatalogueMenu {

    @Bean
    MenuEntry catalogueMenuEntry() {
        return new MenuEntry(10, "nav.catalogue", "", VaadinIcon.BOOK, Set.of());
    }

    @Bean
    MenuEntry pathwaysMenuEntry() {
        return new MenuEntry(20, "nav.pathways", "leerroutes", VaadinIcon.ROAD_BRANCHES, Set.of());
    }
}

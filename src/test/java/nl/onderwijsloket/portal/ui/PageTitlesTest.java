package nl.onderwijsloket.portal.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.Div;
import java.util.Locale;
import nl.onderwijsloket.portal.KaribuTest;
import org.junit.jupiter.api.Test;

/** Every page's title is its own translated title, a dash and the portal's name, in the UI's language. */
class PageTitlesTest extends KaribuTest {

    @Test
    void aTranslatedTitleThenThePortalsName() {
        var page = new Div();
        UI.getCurrent().add(page);
        assertThat(PageTitles.of(page, "learning.title")).isEqualTo("Mijn leren – Onderwijsloket Oost");

        UI.getCurrent().setLocale(Locale.ENGLISH);
        assertThat(PageTitles.of(page, "learning.title")).isEqualTo("My learning – Education Desk East");
    }

    @Test
    void aTitleFromTheDataIsKeptAsItIs() {
        var page = new Div();
        UI.getCurrent().add(page);
        assertThat(PageTitles.named(page, "Lezen {0} & 'schrijven'"))
                .isEqualTo("Lezen {0} & 'schrijven' – Onderwijsloket Oost");
        assertThat(PageTitles.named(page, "")).as("before the page knows its title").isEqualTo("Onderwijsloket Oost");
    }

    @Test
    void theViewsUseIt() {
        navigate("leerroutes");
        assertThat(UI.getCurrent().getInternals().getTitle()).isEqualTo("Leerroutes – Onderwijsloket Oost");
        navigate("leerroute/bestaat-niet");
        assertThat(UI.getCurrent().getInternals().getTitle()).isEqualTo("Pagina niet gevonden – Onderwijsloket Oost");
    }
}

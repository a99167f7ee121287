package nl.onderwijsloket.portal.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._assertNone;
import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.sidenav.SideNavItem;
import java.util.Locale;
import nl.onderwijsloket.portal.KaribuTest;
import nl.onderwijsloket.portal.common.PortalI18nProvider;
import org.junit.jupiter.api.Test;

/** The shell: Dutch by default, English on request, sign-in link for visitors, name and sign-out for users. */
class ShellTest extends KaribuTest {

    @Test
    void visitorsGetDutchAndASignInLink() {
        navigate("");
        assertThat(UI.getCurrent().getLocale()).isEqualTo(PortalI18nProvider.DUTCH);
        assertThat(_get(H1.class).getText()).isEqualTo("Cursussen en leerroutes in de regio");
        assertThat(_get(Anchor.class, spec -> spec.withId("sign-in")).getText()).isEqualTo("Inloggen");
        assertThat(_find(SideNavItem.class).stream().map(SideNavItem::getLabel).toList())
                .containsExactly("Cursussen", "Leerroutes");
        _assertNone(Button.class, spec -> spec.withId("sign-out"));
    }

    @Test
    void theLanguageSwitchTurnsThePortalEnglishAndBack() {
        navigate("");
        _click(_get(Button.class, spec -> spec.withId("language-switch")));

        // The page reloads; the new UI of the same visitor speaks English.
        navigate("");
        assertThat(UI.getCurrent().getLocale()).isEqualTo(Locale.ENGLISH);
        assertThat(_get(H1.class).getText()).isEqualTo("Courses and pathways in the region");
        assertThat(_get(Anchor.class, spec -> spec.withId("sign-in")).getText()).isEqualTo("Sign in");
        Button toggle = _get(Button.class, spec -> spec.withId("language-switch"));
        assertThat(toggle.getText()).isEqualTo("Nederlands");

        _click(toggle);
        navigate("");
        assertThat(_get(H1.class).getText()).isEqualTo("Cursussen en leerroutes in de regio");
    }

    @Test
    void signedInUsersSeeTheirNameAndCanSignOut() {
        signInAs("leraar");
        navigate("");
        assertThat(_get(Span.class, spec -> spec.withId("user-name")).getText()).isNotBlank();
        assertThat(_get(Button.class, spec -> spec.withId("sign-out")).getText()).isEqualTo("Uitloggen");
        _assertNone(Anchor.class, spec -> spec.withId("sign-in"));
    }
}

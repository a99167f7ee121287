package nl.onderwijsloket.portal.ui;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.vaadin.flow.router.RouteConfiguration;
import java.util.Map;
import nl.onderwijsloket.portal.KaribuTest;
import org.junit.jupiter.api.Test;

/** Every link the shell builds is the address of the view it names, with its parameters filled in. */
class LinksTest extends KaribuTest {

    @Test
    void theAddresses() {
        assertThat(Links.course(12).href()).isEqualTo("cursus/12");
        assertThat(Links.pathway("pabo-voorbereiding").href()).isEqualTo("leerroute/pabo-voorbereiding");
        assertThat(Links.pathway("a b/c").href()).as("a code is one path segment").isEqualTo("leerroute/a%20b%2Fc");
        assertThat(Links.edition(7).href()).isEqualTo("mijn-aanbod/editie/7");
        assertThat(Links.newEdition(12).href()).isEqualTo("mijn-aanbod/cursus/12/nieuwe-editie");
        assertThat(Links.participants(7).href()).isEqualTo("deelnemers?editie=7");
        assertThat(Links.booking(7).href()).isEqualTo("boeken?editie=7");
        assertThat(Links.employeesOfBoard(3).href()).isEqualTo("medewerkers?bestuur=3");
        assertThat(Links.course(12).anchor("Lezen").getHref()).isEqualTo("cursus/12");
    }

    @Test
    void aTemplateTakesExactlyItsValues() {
        assertThatThrownBy(() -> Links.fill(Links.COURSE_ROUTE)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> Links.fill(Links.COURSE_ROUTE, 1, 2)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void eachLinkOpensTheViewItNames() {
        Map<Link, String> views = Map.of(
                Links.course(12), "CourseView",
                Links.pathway("pabo"), "PathwayView",
                Links.edition(7), "EditionEditorView",
                Links.newEdition(12), "EditionEditorView",
                Links.participants(7), "ParticipantsView",
                Links.booking(7), "BookingView",
                Links.employeesOfBoard(3), "EmployeesView",
                Links.signIn(), "LoginView");
        var routes = RouteConfiguration.forApplicationScope();
        views.forEach((link, view) -> assertThat(routes.getRoute(link.path()))
                .as(link.href()).hasValueSatisfying(target -> assertThat(target.getSimpleName()).isEqualTo(view)));
    }
}

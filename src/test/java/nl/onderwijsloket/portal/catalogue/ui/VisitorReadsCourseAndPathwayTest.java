package nl.onderwijsloket.portal.catalogue.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.mvysny.kaributesting.v10.LocatorJ;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.component.html.Span;
import java.util.List;
import org.junit.jupiter.api.Test;

/** A visitor opens a course from the list, reads its editions and seats, and follows its pathway. */
class VisitorReadsCourseAndPathwayTest extends CatalogueJourneyTest {

    @Test
    void coursePageShowsFactsEditionsAndSeats() {
        fixtures.edition(reading, 90, 20, 0, nl.onderwijsloket.portal.catalogue.EditionStatus.OPEN);
        navigate("cursus/" + reading);

        assertThat(_get(H1.class, spec -> spec.withId("course-title")).getText()).isEqualTo("Leesplezier met de " + WORD);
        List<String> seats = _find(Span.class, spec -> spec.withClasses("edition-seats")).stream()
                .map(Span::getText).toList();
        assertThat(seats).containsExactly("nog 3 plaatsen", "nog 20 plaatsen");
        assertThat(LocatorJ._get(Section.class, spec -> spec.withId("course-editions")).getElement().getTextRecursively())
                .contains("Testlocatie, Hengelo")
                .contains("15:30–17:30 – Kennismaking");
    }

    @Test
    void aFullEditionOffersTheWaitingList() {
        navigate("cursus/" + behaviour);
        assertThat(_get(Span.class, spec -> spec.withClasses("edition-seats")).getText()).isEqualTo("vol — wachtlijst");
    }

    @Test
    void pathwayPageListsStepsInOrderWithTheirCourses() {
        String code = fixtures.pathway("Route zebravink", List.of(behaviour, reading));
        navigate("cursus/" + reading);
        Anchor toPathway = _get(Anchor.class, spec -> spec.withText("Route zebravink"));
        assertThat(toPathway.getHref()).isEqualTo("leerroute/" + code);

        navigate(toPathway.getHref());
        List<String> steps = _find(ListItem.class, spec -> spec.withClasses("pathway-step")).stream()
                .map(step -> step.getElement().getTextRecursively()).toList();
        assertThat(steps).hasSize(3);
        assertThat(steps.get(0)).startsWith("Cursus · maand 1").contains("Gedrag en de " + WORD);
        assertThat(steps.get(1)).startsWith("Cursus · maand 2").contains("Leesplezier met de " + WORD);
        assertThat(steps.get(2)).startsWith("Mijlpaal · maand 12").contains("Eindgesprek");
        assertThat(_get(Anchor.class, spec -> spec.withText("Leesplezier met de " + WORD)).getHref())
                .isEqualTo("cursus/" + reading);
    }
}

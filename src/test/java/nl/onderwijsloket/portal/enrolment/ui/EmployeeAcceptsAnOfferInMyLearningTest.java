package nl.onderwijsloket.portal.enrolment.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.mvysny.kaributesting.v10.GridKt;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Set;
import nl.onderwijsloket.portal.KaribuTest;
import nl.onderwijsloket.portal.catalogue.CatalogueFixtures;
import nl.onderwijsloket.portal.catalogue.CourseFormat;
import nl.onderwijsloket.portal.catalogue.CourseLevel;
import nl.onderwijsloket.portal.catalogue.EditionStatus;
import nl.onderwijsloket.portal.catalogue.Theme;
import nl.onderwijsloket.portal.catalogue.data.CourseReadSql;
import nl.onderwijsloket.portal.enrolment.EnrolmentService;
import nl.onderwijsloket.portal.enrolment.EnrolmentFixtures;
import nl.onderwijsloket.portal.people.JobFunction;
import nl.onderwijsloket.portal.people.Sector;
import nl.onderwijsloket.portal.security.PortalUser;
import nl.onderwijsloket.portal.security.Role;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.context.SecurityContextHolder;

/**
 * In My learning Bram finds the seat offered to him after Anna cancelled, accepts it right there, and
 * the edition's first meeting appears among his coming meetings.
 */
class EmployeeAcceptsAnOfferInMyLearningTest extends KaribuTest {

    @Autowired
    JdbcClient jdbc;
    @Autowired
    CourseReadSql readSql;
    @Autowired
    EnrolmentService enrolments;
    @Autowired
    Clock clock;

    CatalogueFixtures catalogue;
    EnrolmentFixtures people;
    PortalUser bram;

    @BeforeEach
    void setUp() {
        catalogue = new CatalogueFixtures(jdbc, readSql, LocalDate.now(clock));
        people = new EnrolmentFixtures(jdbc);
        long course = catalogue.course(catalogue.provider("Academie Eén Plaats"), "Schrijven met de klas",
                "Eén plaats.", CourseFormat.ON_SITE, CourseLevel.INTRODUCTORY, Set.of(JobFunction.LERAAR),
                Set.of(Sector.PO), Set.of(Theme.TAAL));
        long edition = catalogue.edition(course, 30, 1, 0, EditionStatus.OPEN);
        long board = people.board("Bestuur Aanbod");
        PortalUser anna = people.account("Anna Smit", Set.of(Role.EMPLOYEE), people.employee(board, "Anna", "Smit"),
                board, null);
        bram = people.account("Bram Smit", Set.of(Role.EMPLOYEE), people.employee(board, "Bram", "Smit"), board, null);
        EnrolmentFixtures.signIn(anna);
        enrolments.enrolSelf(edition);
        EnrolmentFixtures.signIn(bram);
        enrolments.enrolSelf(edition);
        EnrolmentFixtures.signIn(anna);
        enrolments.cancel(jdbc.sql("SELECT id FROM enrolment WHERE employee_id = :p").param("p", anna.employeeId())
                .query(Long.class).single(), null);
        SecurityContextHolder.clearContext();
    }

    @AfterEach
    void tearDown() {
        people.removeAll();
        catalogue.removeAll();
    }

    @SuppressWarnings("unchecked")
    private static Grid<Object> enrolmentGrid() {
        return _get(Grid.class, spec -> spec.withId("learning-enrolment-grid"));
    }

    @Test
    void anOfferedSeatIsAcceptedInMyLearning() {
        signInAs(bram.username());
        navigate("mijn-leren");
        assertThat(GridKt._getFormatted(enrolmentGrid(), 0, "status")).startsWith("plaats aangeboden (accepteren vóór ");
        assertThat(_get(Paragraph.class, spec -> spec.withText("Er staan geen bijeenkomsten voor je gepland."))).isNotNull();

        var actions = (HorizontalLayout) GridKt._getCellComponent(enrolmentGrid(), 0, "actions");
        _click((Button) actions.getChildren().filter(c -> c.hasClassName("accept-offer")).findFirst().orElseThrow());

        assertThat(GridKt._getFormatted(enrolmentGrid(), 0, "status")).isEqualTo("ingeschreven");
        @SuppressWarnings("unchecked")
        Grid<Object> meetings = _get(Grid.class, spec -> spec.withId("learning-meeting-grid"));
        assertThat(GridKt._size(meetings)).isEqualTo(1);
        assertThat(GridKt._getFormatted(meetings, 0, "time")).isEqualTo("15:30–17:30");
        assertThat(GridKt._getFormatted(meetings, 0, "place")).isEqualTo("Testlocatie, Hengelo");
    }
}

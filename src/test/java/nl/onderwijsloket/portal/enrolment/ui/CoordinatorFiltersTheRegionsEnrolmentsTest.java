package nl.onderwijsloket.portal.enrolment.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.GridKt._clickItem;
import static com.github.mvysny.kaributesting.v10.GridKt._findAll;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.select.Select;
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
import nl.onderwijsloket.portal.enrolment.AuditEntry;
import nl.onderwijsloket.portal.enrolment.CourseChoice;
import nl.onderwijsloket.portal.enrolment.EnrolmentService;
import nl.onderwijsloket.portal.enrolment.EnrolmentFixtures;
import nl.onderwijsloket.portal.people.BoardOverview;
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
 * The coordinator opens "Inschrijvingen" from the menu and sees every board's enrolments, narrows them to
 * one board and one course (the address keeps both, so a link shows the same list), and opens an
 * enrolment's history, read-only. HR of a board that names another board in the address still sees only
 * its own board's.
 */
class CoordinatorFiltersTheRegionsEnrolmentsTest extends KaribuTest {

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
    long boardA;
    long boardB;
    long reading;
    PortalUser coordinator;
    PortalUser hrA;

    @BeforeEach
    void setUp() {
        catalogue = new CatalogueFixtures(jdbc, readSql, LocalDate.now(clock));
        people = new EnrolmentFixtures(jdbc);
        long provider = catalogue.provider("Regioacademie");
        reading = catalogue.course(provider, "Regiolezen in de klas", "Lezen.", CourseFormat.ON_SITE,
                CourseLevel.INTRODUCTORY, Set.of(JobFunction.LERAAR), Set.of(Sector.PO), Set.of(Theme.LEZEN));
        long maths = catalogue.course(provider, "Regiorekenen", "Rekenen.", CourseFormat.ON_SITE,
                CourseLevel.INTRODUCTORY, Set.of(JobFunction.LERAAR), Set.of(Sector.PO), Set.of(Theme.REKENEN));
        long readingEdition = catalogue.edition(reading, 30, 10, 0, EditionStatus.OPEN);
        long mathsEdition = catalogue.edition(maths, 40, 10, 0, EditionStatus.OPEN);
        boardA = people.board("Regiobestuur Noord");
        boardB = people.board("Regiobestuur Zuid");
        enrol(boardA, "Noor", readingEdition);
        enrol(boardA, "Nick", mathsEdition);
        enrol(boardB, "Zara", readingEdition);
        coordinator = people.account("Cor Regio", Set.of(Role.COORDINATOR), null, null, null);
        hrA = people.account("Hanna Regio", Set.of(Role.HR), null, boardA, null);
        SecurityContextHolder.clearContext();
    }

    private void enrol(long board, String name, long edition) {
        PortalUser teacher = people.account(name + " Regio", Set.of(Role.EMPLOYEE),
                people.employee(board, name, "Regioleraar"), board, null);
        EnrolmentFixtures.signIn(teacher);
        enrolments.enrolSelf(edition);
    }

    @AfterEach
    void tearDown() {
        people.removeAll();
        catalogue.removeAll();
    }

    private static String count() {
        return _get(Span.class, spec -> spec.withId("enrolments-count")).getText();
    }

    @Test
    @SuppressWarnings("unchecked")
    void theCoordinatorNarrowsTheRegionToABoardAndACourseAndReadsAHistory() {
        signInAs(coordinator.username());
        navigate("inschrijvingen?q=Regioleraar");
        assertThat(_get(com.vaadin.flow.component.html.H1.class, spec -> spec.withId("enrolments-heading")).getText())
                .isEqualTo("Inschrijvingen");
        assertThat(count()).isEqualTo("3 inschrijvingen");

        var board = (Select<BoardOverview>) _get(Select.class, spec -> spec.withId("enrolments-board"));
        _setValue(board, board.getListDataView().getItems().filter(b -> b.id() == boardA).findFirst().orElseThrow());
        assertThat(currentLocation()).contains("bestuur=" + boardA);
        assertThat(count()).isEqualTo("2 inschrijvingen");

        var course = (ComboBox<CourseChoice>) _get(ComboBox.class, spec -> spec.withId("enrolments-course"));
        _setValue(course, new CourseChoice(reading, "Regiolezen in de klas"));
        assertThat(currentLocation()).contains("bestuur=" + boardA).contains("cursus=" + reading);
        assertThat(count()).isEqualTo("1 inschrijving");

        Grid<?> grid = _get(Grid.class, spec -> spec.withId("enrolments-grid"));
        _clickItem(grid, 0);
        var trail = _findAll((Grid<AuditEntry>) _get(Grid.class, spec -> spec.withId("enrolment-history")));
        assertThat(trail).singleElement().satisfies(entry -> assertThat(entry.actor()).isEqualTo("Noor Regio"));
        // The coordinator reads; approving and cancelling stay with the board's HR.
        assertThat(_find(Button.class, spec -> spec.withId("enrolment-cancel"))).isEmpty();
        assertThat(_find(Button.class, spec -> spec.withId("enrolment-approve"))).isEmpty();

        // A link brings back the same list: the other board and the same course.
        navigate("inschrijvingen?q=Regioleraar&bestuur=" + boardB + "&cursus=" + reading);
        assertThat(count()).isEqualTo("1 inschrijving");
        assertThat(((Select<BoardOverview>) _get(Select.class, spec -> spec.withId("enrolments-board"))).getValue().id())
                .isEqualTo(boardB);
    }

    @Test
    void hrSeesOnlyItsOwnBoardWhateverTheAddressSays() {
        signInAs(hrA.username());
        navigate("inschrijvingen?q=Regioleraar&bestuur=" + boardB);
        assertThat(count()).isEqualTo("2 inschrijvingen");
        assertThat(_find(Select.class, spec -> spec.withId("enrolments-board"))).isEmpty();
    }
}

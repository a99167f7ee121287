package nl.onderwijsloket.portal.enrolment.ui;

import static com.github.mvysny.kaributesting.v10.GridKt._findAll;
import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Span;
import java.time.Clock;
import java.time.LocalDate;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.IntStream;
import nl.onderwijsloket.portal.KaribuTest;
import nl.onderwijsloket.portal.catalogue.CatalogueFixtures;
import nl.onderwijsloket.portal.catalogue.CourseFormat;
import nl.onderwijsloket.portal.catalogue.CourseLevel;
import nl.onderwijsloket.portal.catalogue.EditionStatus;
import nl.onderwijsloket.portal.catalogue.Theme;
import nl.onderwijsloket.portal.catalogue.data.CourseReadSql;
import nl.onderwijsloket.portal.enrolment.BookingResult;
import nl.onderwijsloket.portal.enrolment.EnrolmentFixtures;
import nl.onderwijsloket.portal.people.EmployeeRow;
import nl.onderwijsloket.portal.people.JobFunction;
import nl.onderwijsloket.portal.people.Sector;
import nl.onderwijsloket.portal.security.PortalUser;
import nl.onderwijsloket.portal.security.Role;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/** HR selects twelve of the board's teachers, books them into a ten-seat edition and reads the outcome. */
class HrBooksTwelveEmployeesIntoTenSeatsTest extends KaribuTest {

    @Autowired
    JdbcClient jdbc;
    @Autowired
    CourseReadSql readSql;
    @Autowired
    Clock clock;

    CatalogueFixtures catalogue;
    EnrolmentFixtures people;

    @AfterEach
    void tearDown() {
        people.removeAll();
        catalogue.removeAll();
    }

    @Test
    @SuppressWarnings("unchecked")
    void tenAreEnrolledAndTwoGoOnTheWaitlist() {
        catalogue = new CatalogueFixtures(jdbc, readSql, LocalDate.now(clock));
        people = new EnrolmentFixtures(jdbc);
        long course = catalogue.course(catalogue.provider("Teamacademie"), "Teamscholing rekenen", "Voor het hele team.",
                CourseFormat.ON_SITE, CourseLevel.INTRODUCTORY, Set.of(JobFunction.LERAAR), Set.of(Sector.PO),
                Set.of(Theme.REKENEN));
        long edition = catalogue.edition(course, 40, 10, 0, EditionStatus.OPEN);
        long board = people.board("Bestuur Teamscholing");
        IntStream.range(0, 12).forEach(i -> people.employee(board, "Leraar", String.format("Team%02d", i)));
        PortalUser hr = people.account("Hanna HR", Set.of(Role.HR), null, board, null);

        signInAs(hr.username());
        navigate("boeken?editie=" + edition);
        assertThat(_get(Span.class, spec -> spec.withId("booking-edition-summary")).getText())
                .endsWith("nog 10 vrije plaatsen · 0 op de wachtlijst");

        Grid<EmployeeRow> employees = _get(Grid.class, spec -> spec.withId("booking-employees"));
        List<EmployeeRow> all = _findAll(employees);
        assertThat(all).hasSize(12);
        employees.asMultiSelect().setValue(new HashSet<>(all));
        Button book = _get(Button.class, spec -> spec.withId("booking-submit"));
        assertThat(book.getText()).isEqualTo("Boek 12 medewerker(s)");
        _click(book);

        Grid<BookingResult> results = _get(Grid.class, spec -> spec.withId("booking-results"));
        List<BookingResult> outcome = _findAll(results);
        assertThat(outcome).filteredOn(r -> r.outcome() == BookingResult.Outcome.ENROLLED).hasSize(10);
        assertThat(outcome).filteredOn(r -> r.outcome() == BookingResult.Outcome.WAITLISTED)
                .extracting(BookingResult::waitlistPosition).containsExactly(1, 2);
        BookingView view = _get(BookingView.class);
        assertThat(outcome.stream().map(view::outcome).toList())
                .contains("ingeschreven", "wachtlijst (positie 1)", "wachtlijst (positie 2)");
        assertThat(_get(Span.class, spec -> spec.withId("booking-edition-summary")).getText())
                .endsWith("nog 0 vrije plaatsen · 2 op de wachtlijst");
        assertThat(jdbc.sql("SELECT seats_taken FROM edition WHERE id = :id").param("id", edition)
                .query(Integer.class).single()).isEqualTo(10);
    }
}

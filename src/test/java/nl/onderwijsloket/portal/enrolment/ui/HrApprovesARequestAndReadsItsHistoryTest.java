package nl.onderwijsloket.portal.enrolment.ui;

import static com.github.mvysny.kaributesting.v10.GridKt._clickItem;
import static com.github.mvysny.kaributesting.v10.GridKt._findAll;
import static com.github.mvysny.kaributesting.v10.GridKt._size;
import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.textfield.TextArea;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import nl.onderwijsloket.portal.KaribuTest;
import nl.onderwijsloket.portal.catalogue.CatalogueFixtures;
import nl.onderwijsloket.portal.catalogue.CourseFormat;
import nl.onderwijsloket.portal.catalogue.CourseLevel;
import nl.onderwijsloket.portal.catalogue.EditionStatus;
import nl.onderwijsloket.portal.catalogue.Theme;
import nl.onderwijsloket.portal.catalogue.data.CourseReadSql;
import nl.onderwijsloket.portal.enrolment.AuditEntry;
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
 * Two teachers ask for a course that needs the employer's approval. HR opens "Aanvragen", approves one and
 * declines the other with a reason; the history shows who did what and why. HR of another board sees none.
 */
class HrApprovesARequestAndReadsItsHistoryTest extends KaribuTest {

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
    long edition;
    PortalUser hr;
    PortalUser otherHr;

    @BeforeEach
    void setUp() {
        catalogue = new CatalogueFixtures(jdbc, readSql, LocalDate.now(clock));
        people = new EnrolmentFixtures(jdbc);
        long course = catalogue.course(catalogue.provider("Masteracademie"), "Master leren en innoveren",
                "Een dure opleiding.", CourseFormat.BLENDED, CourseLevel.SPECIALIST, Set.of(JobFunction.LERAAR),
                Set.of(Sector.VO), Set.of(Theme.LEIDERSCHAP));
        catalogue.requireApproval(course);
        edition = catalogue.edition(course, 60, 5, 0, EditionStatus.OPEN);
        long board = people.board("Bestuur Akkoord");
        long otherBoard = people.board("Bestuur Elders");
        hr = people.account("Hanna HR", Set.of(Role.HR), null, board, null);
        otherHr = people.account("Otto HR", Set.of(Role.HR), null, otherBoard, null);
        for (String name : List.of("Iris", "Joost")) {
            PortalUser teacher = people.account(name + " Akkoord", Set.of(Role.EMPLOYEE),
                    people.employee(board, name, "Akkoord"), board, null);
            EnrolmentFixtures.signIn(teacher);
            enrolments.enrolSelf(edition);
        }
        SecurityContextHolder.clearContext();
    }

    @AfterEach
    void tearDown() {
        people.removeAll();
        catalogue.removeAll();
    }

    @Test
    @SuppressWarnings("unchecked")
    void approveOneDeclineTheOtherAndReadTheTrail() {
        signInAs(hr.username());
        navigate("aanvragen?q=Akkoord");
        assertThat(_get(Span.class, spec -> spec.withId("enrolments-count")).getText()).isEqualTo("2 inschrijvingen");
        Grid<?> grid = _get(Grid.class, spec -> spec.withId("enrolments-grid"));

        _clickItem(grid, 0);
        List<AuditEntry> trail = _findAll((Grid<AuditEntry>) _get(Grid.class, spec -> spec.withId("enrolment-history")));
        assertThat(trail).singleElement().satisfies(entry -> assertThat(entry.actor()).endsWith("Akkoord"));
        _click(_get(Button.class, spec -> spec.withId("enrolment-approve")));
        assertThat(_size(_get(Grid.class, spec -> spec.withId("enrolments-grid")))).isEqualTo(1);

        _clickItem(_get(Grid.class, spec -> spec.withId("enrolments-grid")), 0);
        _click(_get(Button.class, spec -> spec.withId("enrolment-decline")));
        // Without a reason nothing happens: the employee must be told why.
        assertThat(jdbc.sql("SELECT COUNT(*) FROM enrolment WHERE edition_id = :e AND status = 'AWAITING_APPROVAL'")
                .param("e", edition).query(Integer.class).single()).isEqualTo(1);
        _setValue(_get(TextArea.class, spec -> spec.withId("enrolment-reason")), "Geen budget dit schooljaar");
        _click(_get(Button.class, spec -> spec.withId("enrolment-decline")));

        navigate("inschrijvingen?q=Akkoord");
        assertThat(_get(Span.class, spec -> spec.withId("enrolments-count")).getText()).isEqualTo("2 inschrijvingen");
        assertThat(jdbc.sql("SELECT GROUP_CONCAT(status ORDER BY status) FROM enrolment WHERE edition_id = :e")
                .param("e", edition).query(String.class).single()).isEqualTo("CANCELLED,ENROLLED");
        long declined = jdbc.sql("SELECT id FROM enrolment WHERE edition_id = :e AND status = 'CANCELLED'")
                .param("e", edition).query(Long.class).single();
        assertThat(jdbc.sql("SELECT CONCAT(actor_name, ': ', reason) FROM enrolment_event WHERE enrolment_id = :id"
                        + " AND to_status = 'CANCELLED'").param("id", declined).query(String.class).single())
                .isEqualTo("Hanna HR: Geen budget dit schooljaar");

        signInAs(otherHr.username());
        navigate("inschrijvingen?q=Akkoord");
        assertThat(_get(Span.class, spec -> spec.withId("enrolments-count")).getText()).isEqualTo("0 inschrijvingen");
    }
}

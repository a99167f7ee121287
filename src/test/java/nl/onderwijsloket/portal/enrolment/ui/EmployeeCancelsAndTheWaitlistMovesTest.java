package nl.onderwijsloket.portal.enrolment.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.NotificationsKt.expectNotifications;
import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Span;
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

/**
 * On the course page: Anna takes the only seat, Bram joins the waitlist; Anna cancels, Bram is offered the
 * seat and accepts it. The seat count stays right throughout.
 */
class EmployeeCancelsAndTheWaitlistMovesTest extends KaribuTest {

    @Autowired
    JdbcClient jdbc;
    @Autowired
    CourseReadSql readSql;
    @Autowired
    Clock clock;

    CatalogueFixtures catalogue;
    EnrolmentFixtures people;
    long course;
    long edition;
    PortalUser anna;
    PortalUser bram;

    @BeforeEach
    void setUp() {
        catalogue = new CatalogueFixtures(jdbc, readSql, LocalDate.now(clock));
        people = new EnrolmentFixtures(jdbc);
        course = catalogue.course(catalogue.provider("Eenpersoonsacademie"), "Coaching op maat", "Eén plaats.",
                CourseFormat.ON_SITE, CourseLevel.ADVANCED, Set.of(JobFunction.LERAAR), Set.of(Sector.PO),
                Set.of(Theme.BEGELEIDING));
        edition = catalogue.edition(course, 30, 1, 0, EditionStatus.OPEN);
        long board = people.board("Bestuur Wachtlijst");
        anna = people.account("Anna Jansen", Set.of(Role.EMPLOYEE), people.employee(board, "Anna", "Jansen"), board, null);
        bram = people.account("Bram Smit", Set.of(Role.EMPLOYEE), people.employee(board, "Bram", "Smit"), board, null);
    }

    @AfterEach
    void tearDown() {
        people.removeAll();
        catalogue.removeAll();
    }

    private String myStatus() {
        return _get(Span.class, spec -> spec.withClasses("my-status")).getText();
    }

    private int seatsTaken() {
        return jdbc.sql("SELECT seats_taken FROM edition WHERE id = :id").param("id", edition).query(Integer.class).single();
    }

    @Test
    void aCancelledSeatGoesToTheFirstOnTheWaitlistWhoAcceptsIt() {
        signInAs(anna.username());
        navigate("cursus/" + course);
        _click(_get(Button.class, spec -> spec.withClasses("enrol-button")));
        expectNotifications("Je bent ingeschreven. Je ontvangt een bevestiging per e-mail.");
        assertThat(myStatus()).isEqualTo("Jouw inschrijving: ingeschreven");

        signInAs(bram.username());
        navigate("cursus/" + course);
        assertThat(_get(Button.class, spec -> spec.withClasses("enrol-button")).getText())
                .isEqualTo("Vol – zet me op de wachtlijst");
        _click(_get(Button.class, spec -> spec.withClasses("enrol-button")));
        assertThat(myStatus()).isEqualTo("Jouw inschrijving: wachtlijst (positie 1)");

        signInAs(anna.username());
        navigate("cursus/" + course);
        _click(_get(Button.class, spec -> spec.withClasses("cancel-enrolment")));
        assertThat(_get(Button.class, spec -> spec.withClasses("enrol-button")).getText())
                .isEqualTo("Vol – zet me op de wachtlijst");
        assertThat(seatsTaken()).isEqualTo(1);

        signInAs(bram.username());
        navigate("cursus/" + course);
        assertThat(myStatus()).startsWith("Jouw inschrijving: plaats aangeboden (accepteren vóór ");
        _click(_get(Button.class, spec -> spec.withText("Plaats accepteren")));
        assertThat(myStatus()).isEqualTo("Jouw inschrijving: ingeschreven");
        assertThat(seatsTaken()).isEqualTo(1);
        assertThat(jdbc.sql("SELECT COUNT(*) FROM enrolment WHERE edition_id = :id AND status = 'ENROLLED'")
                .param("id", edition).query(Integer.class).single()).isEqualTo(1);
    }
}

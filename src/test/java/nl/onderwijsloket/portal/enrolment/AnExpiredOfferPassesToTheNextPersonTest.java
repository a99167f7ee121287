package nl.onderwijsloket.portal.enrolment;

import static com.github.mvysny.kaributesting.v10.LocatorJ._assertNone;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Span;
import java.sql.Timestamp;
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
import nl.onderwijsloket.portal.people.JobFunction;
import nl.onderwijsloket.portal.people.Sector;
import nl.onderwijsloket.portal.security.PortalUser;
import nl.onderwijsloket.portal.security.Role;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.context.SecurityContextHolder;

/**
 * Cas is offered a freed seat but does not answer in time; the portal lets the offer lapse by itself and
 * Dewi, next in line, finds the seat offered to her on the course page.
 */
class AnExpiredOfferPassesToTheNextPersonTest extends KaribuTest {

    @Autowired
    JdbcClient jdbc;
    @Autowired
    CourseReadSql readSql;
    @Autowired
    EnrolmentService enrolments;
    @Autowired
    OfferExpiry offerExpiry;
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
    void theNextPersonGetsTheSeatWhenAnOfferLapses() {
        catalogue = new CatalogueFixtures(jdbc, readSql, LocalDate.now(clock));
        people = new EnrolmentFixtures(jdbc);
        long course = catalogue.course(catalogue.provider("Verloopacademie"), "Stemgebruik voor leraren", "Eén plek.",
                CourseFormat.ON_SITE, CourseLevel.INTRODUCTORY, Set.of(JobFunction.LERAAR), Set.of(Sector.PO),
                Set.of(Theme.DIDACTIEK));
        long edition = catalogue.edition(course, 30, 1, 0, EditionStatus.OPEN);
        long board = people.board("Bestuur Verloop");
        List<PortalUser> teachers = List.of("Bas", "Cas", "Dewi").stream()
                .map(n -> people.account(n + " Verloop", Set.of(Role.EMPLOYEE), people.employee(board, n, "Verloop"),
                        board, null))
                .toList();
        teachers.forEach(t -> {
            EnrolmentFixtures.signIn(t);
            enrolments.enrolSelf(edition);
        });
        EnrolmentFixtures.signIn(teachers.get(0));
        long bas = jdbc.sql("SELECT id FROM enrolment WHERE edition_id = :e AND employee_id = :p")
                .param("e", edition).param("p", teachers.get(0).employeeId()).query(Long.class).single();
        enrolments.cancel(bas, null);
        SecurityContextHolder.clearContext();

        signInAs(teachers.get(2).username());
        navigate("cursus/" + course);
        assertThat(_get(Span.class, spec -> spec.withClasses("my-status")).getText())
                .isEqualTo("Jouw inschrijving: wachtlijst (positie 1)");

        // Cas's 48 hours pass without an answer.
        jdbc.sql("UPDATE enrolment SET offer_expires_at = :past WHERE edition_id = :e AND status = 'OFFERED'")
                .param("past", Timestamp.from(clock.instant().minusSeconds(1))).param("e", edition).update();
        assertThat(offerExpiry.expireOffers()).isEqualTo(1);

        navigate("cursus/" + course);
        assertThat(_get(Span.class, spec -> spec.withClasses("my-status")).getText())
                .startsWith("Jouw inschrijving: plaats aangeboden (accepteren vóór ");
        assertThat(_get(Button.class, spec -> spec.withText("Plaats accepteren")).isEnabled()).isTrue();

        signInAs(teachers.get(1).username());
        navigate("cursus/" + course);
        _assertNone(Span.class, spec -> spec.withClasses("my-status"));
        assertThat(_get(Span.class, spec -> spec.withClasses("enrolment-note")).getText())
                .isEqualTo("Eerder geannuleerd: Aangeboden plaats niet op tijd geaccepteerd");
    }
}

package nl.onderwijsloket.portal.enrolment;

import nl.onderwijsloket.portal.common.RuleViolation;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import nl.onderwijsloket.portal.DatabaseTest;
import nl.onderwijsloket.portal.catalogue.CatalogueFixtures;
import nl.onderwijsloket.portal.catalogue.CourseFormat;
import nl.onderwijsloket.portal.catalogue.CourseLevel;
import nl.onderwijsloket.portal.catalogue.EditionStatus;
import nl.onderwijsloket.portal.catalogue.Theme;
import nl.onderwijsloket.portal.catalogue.data.CourseReadSql;
import nl.onderwijsloket.portal.enrolment.BookingResult.Outcome;
import nl.onderwijsloket.portal.people.JobFunction;
import nl.onderwijsloket.portal.people.Sector;
import nl.onderwijsloket.portal.security.PortalUser;
import nl.onderwijsloket.portal.security.Role;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.context.SecurityContextHolder;

/** The enrolment rules on a real database: waitlist, offers, expiry, approval, deadlines and a board's scope. */
@SpringBootTest
@DatabaseTest
class EnrolmentRulesTest {

    @Autowired
    EnrolmentService enrolments;
    @Autowired
    OfferExpiry offerExpiry;
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
    long boardA;
    long boardB;
    PortalUser hrA;
    PortalUser hrB;
    List<PortalUser> teachers;
    PortalUser outsider;

    @BeforeEach
    void setUp() {
        catalogue = new CatalogueFixtures(jdbc, readSql, LocalDate.now(clock));
        people = new EnrolmentFixtures(jdbc);
        course = catalogue.course(catalogue.provider("Regelacademie"), "Kleine groep", "Twee plaatsen.",
                CourseFormat.ON_SITE, CourseLevel.INTRODUCTORY, Set.of(JobFunction.LERAAR), Set.of(Sector.PO),
                Set.of(Theme.GEDRAG));
        edition = catalogue.edition(course, 30, 2, 0, EditionStatus.OPEN);
        boardA = people.board("Bestuur A");
        boardB = people.board("Bestuur B");
        hrA = people.account("HR A", Set.of(Role.HR), null, boardA, null);
        hrB = people.account("HR B", Set.of(Role.HR), null, boardB, null);
        teachers = List.of("Anna", "Bram", "Cas", "Dewi").stream()
                .map(name -> people.account(name, Set.of(Role.EMPLOYEE), people.employee(boardA, name, "Test"),
                        boardA, null))
                .toList();
        outsider = people.account("Eva", Set.of(Role.EMPLOYEE), people.employee(boardB, "Eva", "Elders"), boardB, null);
    }

    @AfterEach
    void tearDown() {
        SecurityContextHolder.clearContext();
        people.removeAll();
        catalogue.removeAll();
    }

    private BookingResult enrol(PortalUser user) {
        EnrolmentFixtures.signIn(user);
        return enrolments.enrolSelf(edition);
    }

    private long enrolmentOf(PortalUser user) {
        return jdbc.sql("SELECT id FROM enrolment WHERE edition_id = :e AND employee_id = :p")
                .param("e", edition).param("p", user.employeeId()).query(Long.class).single();
    }

    private String status(PortalUser user) {
        return jdbc.sql("SELECT CONCAT(status, COALESCE(CONCAT(' ', waitlist_position), '')) FROM enrolment"
                        + " WHERE edition_id = :e AND employee_id = :p")
                .param("e", edition).param("p", user.employeeId()).query(String.class).single();
    }

    private int seatsTaken() {
        return jdbc.sql("SELECT seats_taken FROM edition WHERE id = :id").param("id", edition).query(Integer.class).single();
    }

    @Test
    void aFreedSeatIsOfferedToTheFirstInLineWhoAcceptsIt() {
        teachers.forEach(this::enrol);
        assertThat(List.of(status(teachers.get(2)), status(teachers.get(3)))).containsExactly("WAITLISTED 1", "WAITLISTED 2");

        EnrolmentFixtures.signIn(teachers.get(0));
        enrolments.cancel(enrolmentOf(teachers.get(0)), "Ziek");

        assertThat(status(teachers.get(0))).isEqualTo("CANCELLED");
        assertThat(status(teachers.get(2))).isEqualTo("OFFERED");
        assertThat(status(teachers.get(3))).isEqualTo("WAITLISTED 1");
        Instant expires = jdbc.sql("SELECT offer_expires_at FROM enrolment WHERE id = :id")
                .param("id", enrolmentOf(teachers.get(2))).query(java.sql.Timestamp.class).single().toInstant();
        assertThat(Duration.between(clock.instant(), expires)).isBetween(Duration.ofHours(47), Duration.ofHours(48));
        assertThat(seatsTaken()).isEqualTo(2);

        EnrolmentFixtures.signIn(teachers.get(2));
        enrolments.acceptOffer(enrolmentOf(teachers.get(2)));
        assertThat(status(teachers.get(2))).isEqualTo("ENROLLED");
        assertThat(seatsTaken()).isEqualTo(2);
        assertThat(jdbc.sql("SELECT GROUP_CONCAT(CONCAT(COALESCE(from_status, '-'), '>', to_status) ORDER BY id)"
                        + " FROM enrolment_event WHERE enrolment_id = :id")
                .param("id", enrolmentOf(teachers.get(2))).query(String.class).single())
                .isEqualTo("->WAITLISTED,WAITLISTED>OFFERED,OFFERED>ENROLLED");
    }

    @Test
    void anExpiredOfferPassesToTheNextPersonByItself() {
        teachers.forEach(this::enrol);
        EnrolmentFixtures.signIn(teachers.get(0));
        enrolments.cancel(enrolmentOf(teachers.get(0)), null);
        // The acceptance window of Cas's offer has passed.
        jdbc.sql("UPDATE enrolment SET offer_expires_at = :past WHERE id = :id")
                .param("past", java.sql.Timestamp.from(clock.instant().minusSeconds(60)))
                .param("id", enrolmentOf(teachers.get(2))).update();
        SecurityContextHolder.clearContext();

        assertThat(offerExpiry.expireOffers()).isEqualTo(1);

        assertThat(status(teachers.get(2))).isEqualTo("CANCELLED");
        assertThat(status(teachers.get(3))).isEqualTo("OFFERED");
        assertThat(seatsTaken()).isEqualTo(2);
        assertThat(jdbc.sql("SELECT actor_name FROM enrolment_event WHERE enrolment_id = :id AND to_status = 'CANCELLED'")
                .param("id", enrolmentOf(teachers.get(2))).query(String.class).single()).isEqualTo("Portaal");
        // Running the job again (say, on a second node) changes nothing more.
        assertThat(offerExpiry.expireOffers()).isZero();
        EnrolmentFixtures.signIn(teachers.get(2));
        assertThatThrownBy(() -> enrolments.acceptOffer(enrolmentOf(teachers.get(2))))
                .isInstanceOf(RuleViolation.class);
    }

    @Test
    void leavingTheWaitlistClosesTheGap() {
        teachers.forEach(this::enrol);
        enrol(outsider);
        EnrolmentFixtures.signIn(teachers.get(2));
        enrolments.cancel(enrolmentOf(teachers.get(2)), null);
        assertThat(List.of(status(teachers.get(3)), status(outsider))).containsExactly("WAITLISTED 1", "WAITLISTED 2");
    }

    @Test
    void hrBooksOnlyItsOwnBoardAndACraftedCallChangesNothing() {
        EnrolmentFixtures.signIn(hrA);
        List<BookingResult> results = enrolments.book(edition,
                teachers.stream().map(PortalUser::employeeId).toList());
        assertThat(results).extracting(BookingResult::outcome)
                .containsExactly(Outcome.ENROLLED, Outcome.ENROLLED, Outcome.WAITLISTED, Outcome.WAITLISTED);
        assertThat(results.get(3).waitlistPosition()).isEqualTo(2);
        assertThat(enrolments.book(edition, List.of(teachers.get(0).employeeId())))
                .extracting(BookingResult::outcome).containsExactly(Outcome.ALREADY_ENROLLED);

        EnrolmentFixtures.signIn(hrB);
        assertThatThrownBy(() -> enrolments.book(edition, List.of(outsider.employeeId(), teachers.get(0).employeeId())))
                .isInstanceOf(AccessDeniedException.class);
        assertThat(jdbc.sql("SELECT COUNT(*) FROM enrolment WHERE employee_id = :p").param("p", outsider.employeeId())
                .query(Integer.class).single()).isZero();
        assertThatThrownBy(() -> enrolments.cancel(enrolmentOf(teachers.get(0)), "Poging"))
                .isInstanceOf(AccessDeniedException.class);
        assertThat(status(teachers.get(0))).isEqualTo("ENROLLED");

        EnrolmentFixtures.signIn(teachers.get(1));
        assertThatThrownBy(() -> enrolments.book(edition, List.of(teachers.get(1).employeeId())))
                .isInstanceOf(AccessDeniedException.class);
    }

    @Test
    void employerApprovalComesBeforeTheSeatAndADeclineCarriesItsReason() {
        catalogue.requireApproval(course);
        assertThat(enrol(teachers.get(0)).outcome()).isEqualTo(Outcome.AWAITING_APPROVAL);
        assertThat(seatsTaken()).isZero();
        long request = enrolmentOf(teachers.get(0));

        EnrolmentFixtures.signIn(hrB);
        assertThatThrownBy(() -> enrolments.approve(request)).isInstanceOf(AccessDeniedException.class);
        EnrolmentFixtures.signIn(hrA);
        assertThatThrownBy(() -> enrolments.decline(request, " ")).isInstanceOf(RuleViolation.class);
        enrolments.decline(request, "Past niet in het scholingsplan");
        assertThat(status(teachers.get(0))).isEqualTo("CANCELLED");
        assertThat(jdbc.sql("SELECT reason FROM enrolment WHERE id = :id").param("id", request)
                .query(String.class).single()).isEqualTo("Past niet in het scholingsplan");

        assertThat(enrol(teachers.get(0)).outcome()).isEqualTo(Outcome.AWAITING_APPROVAL);
        EnrolmentFixtures.signIn(hrA);
        assertThat(enrolments.approve(request).outcome()).isEqualTo(Outcome.ENROLLED);
        assertThat(seatsTaken()).isEqualTo(1);
    }

    @Test
    void employeesCancelUntilTheDeadlineAndHrAfterIt() {
        enrol(teachers.get(0));
        long enrolment = enrolmentOf(teachers.get(0));
        jdbc.sql("UPDATE edition SET cancellation_deadline = :d WHERE id = :id")
                .param("d", java.sql.Date.valueOf(LocalDate.now(clock).minusDays(1))).param("id", edition).update();

        EnrolmentFixtures.signIn(teachers.get(0));
        assertThatThrownBy(() -> enrolments.cancel(enrolment, null))
                .isInstanceOfSatisfying(RuleViolation.class,
                        e -> assertThat(e.messageKey()).isEqualTo("enrolment.error.cancellation-deadline-passed"));
        EnrolmentFixtures.signIn(teachers.get(1));
        assertThatThrownBy(() -> enrolments.cancel(enrolment, null)).isInstanceOf(AccessDeniedException.class);

        EnrolmentFixtures.signIn(hrA);
        enrolments.cancel(enrolment, "Op verzoek van de school");
        assertThat(status(teachers.get(0))).isEqualTo("CANCELLED");
        assertThat(seatsTaken()).isZero();
    }
}

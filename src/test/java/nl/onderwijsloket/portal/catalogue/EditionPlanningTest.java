package nl.onderwijsloket.portal.catalogue;

import nl.onderwijsloket.portal.common.RuleViolation;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.sql.Date;
import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import java.util.Set;
import nl.onderwijsloket.portal.DatabaseTest;
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
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.context.SecurityContextHolder;

/**
 * A provider plans the editions of its own courses: scope, dates, capacity against seats taken and the
 * waitlist, opening a planned edition, cancelling one, lost updates and meetings, on a real database.
 */
@SpringBootTest
@DatabaseTest
class EditionPlanningTest {

    @Autowired
    EditionPlanningService planning;
    @Autowired
    EnrolmentService enrolments;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    CourseReadSql readSql;
    @Autowired
    Clock clock;

    CatalogueFixtures catalogue;
    EnrolmentFixtures people;
    LocalDate today;
    long course;
    long edition;
    PortalUser providerA;
    PortalUser providerB;
    List<PortalUser> teachers;

    @BeforeEach
    void setUp() {
        today = LocalDate.now(clock);
        catalogue = new CatalogueFixtures(jdbc, readSql, today);
        people = new EnrolmentFixtures(jdbc);
        long a = catalogue.provider("Planacademie A");
        long b = catalogue.provider("Planacademie B");
        course = catalogue.course(a, "Rekenen in groep 3", "Twee plaatsen.", CourseFormat.ON_SITE,
                CourseLevel.INTRODUCTORY, Set.of(JobFunction.LERAAR), Set.of(Sector.PO), Set.of(Theme.REKENEN));
        edition = catalogue.edition(course, 30, 2, 0, EditionStatus.OPEN);
        providerA = people.account("Cursusbureau A", Set.of(Role.PROVIDER), null, null, a);
        providerB = people.account("Cursusbureau B", Set.of(Role.PROVIDER), null, null, b);
        long board = people.board("Bestuur Plan");
        teachers = List.of("Anna", "Bram", "Cas", "Dewi").stream()
                .map(name -> people.account(name, Set.of(Role.EMPLOYEE), people.employee(board, name, "Plan"), board, null))
                .toList();
    }

    @AfterEach
    void tearDown() {
        SecurityContextHolder.clearContext();
        people.removeAll();
        catalogue.removeAll();
    }

    private void enrolAll() {
        teachers.forEach(teacher -> {
            EnrolmentFixtures.signIn(teacher);
            enrolments.enrolSelf(edition);
        });
    }

    private EditionDetails read() {
        EnrolmentFixtures.signIn(providerA);
        return planning.edition(edition).orElseThrow();
    }

    private static EditionPlan with(EditionPlan plan, int capacity, EditionStatus status) {
        return new EditionPlan(plan.startDate(), plan.endDate(), plan.enrolmentDeadline(), plan.cancellationDeadline(),
                plan.online(), plan.locationName(), plan.locationTown(), capacity, status);
    }

    private List<String> statuses() {
        return jdbc.sql("SELECT CONCAT(m.first_name, ' ', n.status, COALESCE(CONCAT(' ', n.waitlist_position), ''))"
                        + " FROM enrolment n JOIN employee m ON m.id = n.employee_id WHERE n.edition_id = :e ORDER BY m.first_name")
                .param("e", edition).query(String.class).list();
    }

    private int seatsTaken() {
        return jdbc.sql("SELECT seats_taken FROM edition WHERE id = :id").param("id", edition).query(Integer.class).single();
    }

    @Test
    void anotherProviderCannotReadOrChangeTheEditionOrItsMeetings() {
        EditionDetails details = read();
        EnrolmentFixtures.signIn(providerB);

        assertThatThrownBy(() -> planning.edition(edition)).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> planning.ownCourse(course)).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> planning.update(edition, details.version(), with(details.plan(), 40, EditionStatus.OPEN), null))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> planning.create(course, details.plan())).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> planning.addMeeting(edition, new MeetingPlan(details.plan().startDate(),
                LocalTime.of(9, 0), LocalTime.of(12, 0), "Ingebroken"))).isInstanceOf(AccessDeniedException.class);
        var meeting = details.meetings().getFirst();
        assertThatThrownBy(() -> planning.removeMeeting(meeting.id(), meeting.version()))
                .isInstanceOf(AccessDeniedException.class);

        assertThat(read()).isEqualTo(details);
    }

    @Test
    void onlyProvidersMayPlan() {
        EnrolmentFixtures.signIn(teachers.getFirst());
        assertThatThrownBy(() -> planning.edition(edition)).isInstanceOf(AccessDeniedException.class);
    }

    @Test
    void loweringTheCapacityBelowTheSeatsTakenIsRefusedAndTheDatabaseRefusesItToo() {
        enrolAll();
        EditionDetails details = read();

        assertThatThrownBy(() -> planning.update(edition, details.version(), with(details.plan(), 1, EditionStatus.OPEN), null))
                .isInstanceOfSatisfying(RuleViolation.class, e -> {
                    assertThat(e.messageKey()).isEqualTo("edition.error.capacity-below-taken");
                    assertThat(e.arguments()).containsExactly(2);
                });
        assertThat(read().plan().capacity()).isEqualTo(2);
        assertThatThrownBy(() -> jdbc.sql("UPDATE edition SET capacity = 1 WHERE id = :id").param("id", edition).update())
                .isInstanceOf(DataIntegrityViolationException.class);
    }

    @Test
    void raisingTheCapacityOffersTheNewSeatsToTheWaitlistInOrder() {
        enrolAll();
        assertThat(statuses()).containsExactly("Anna ENROLLED", "Bram ENROLLED", "Cas WAITLISTED 1", "Dewi WAITLISTED 2");
        EditionDetails details = read();

        planning.update(edition, details.version(), with(details.plan(), 3, EditionStatus.OPEN), null);

        assertThat(statuses()).containsExactly("Anna ENROLLED", "Bram ENROLLED", "Cas OFFERED", "Dewi WAITLISTED 1");
        assertThat(seatsTaken()).isEqualTo(3);
        assertThat(read().plan().capacity()).isEqualTo(3);
    }

    @Test
    void openingAPlannedEditionHandlesTheRequestsFirstAskedFirst() {
        jdbc.sql("UPDATE edition SET status = 'PLANNED' WHERE id = :id").param("id", edition).update();
        enrolAll();
        assertThat(statuses()).allMatch(s -> s.endsWith("REQUESTED"));
        EditionDetails details = read();

        planning.update(edition, details.version(), with(details.plan(), 2, EditionStatus.OPEN), null);

        assertThat(statuses()).containsExactly("Anna ENROLLED", "Bram ENROLLED", "Cas WAITLISTED 1", "Dewi WAITLISTED 2");
        assertThat(seatsTaken()).isEqualTo(2);
        var opened = read();
        assertThatThrownBy(() -> planning.update(edition, opened.version(), with(opened.plan(), 2, EditionStatus.PLANNED), null))
                .isInstanceOfSatisfying(RuleViolation.class,
                        e -> assertThat(e.messageKey()).isEqualTo("edition.error.back-to-planned"));
    }

    @Test
    void cancellingAnEditionCancelsEveryActiveEnrolmentWithTheReasonAndFreesTheSeats() {
        enrolAll();
        EditionDetails details = read();

        planning.update(edition, details.version(), with(details.plan(), 2, EditionStatus.CANCELLED), "Te weinig docenten");

        assertThat(statuses()).containsExactly("Anna CANCELLED", "Bram CANCELLED", "Cas CANCELLED", "Dewi CANCELLED");
        assertThat(seatsTaken()).isZero();
        assertThat(jdbc.sql("SELECT DISTINCT reason FROM enrolment WHERE edition_id = :e").param("e", edition)
                .query(String.class).list()).containsExactly("Te weinig docenten");
        assertThat(jdbc.sql("SELECT COUNT(*) FROM enrolment_event WHERE edition_id = :e AND to_status = 'CANCELLED'"
                        + " AND actor_id = :actor AND reason = 'Te weinig docenten'")
                .param("e", edition).param("actor", providerA.accountId()).query(Integer.class).single()).isEqualTo(4);
        assertThat(jdbc.sql("SELECT next_start_date FROM course WHERE id = :c").param("c", course)
                .query(Date.class).optional()).isEmpty();
        var cancelled = read();
        assertThatThrownBy(() -> planning.update(edition, cancelled.version(), with(cancelled.plan(), 2, EditionStatus.OPEN), null))
                .isInstanceOfSatisfying(RuleViolation.class,
                        e -> assertThat(e.messageKey()).isEqualTo("edition.error.not-changeable"));
    }

    @Test
    void aCancelledEditionWithoutAReasonGivesTheStandardOne() {
        enrolAll();
        EditionDetails details = read();
        planning.update(edition, details.version(), with(details.plan(), 2, EditionStatus.CANCELLED), " ");
        assertThat(jdbc.sql("SELECT DISTINCT reason FROM enrolment WHERE edition_id = :e").param("e", edition)
                .query(String.class).list()).containsExactly("enrolment.reason.edition-cancelled");
    }

    @Test
    void aChangeMadeMeanwhileIsNotOverwritten() {
        EditionDetails first = read();
        EditionDetails second = read();
        planning.update(edition, first.version(), with(first.plan(), 10, EditionStatus.OPEN), null);

        assertThatThrownBy(() -> planning.update(edition, second.version(), with(second.plan(), 5, EditionStatus.CLOSED), null))
                .isInstanceOf(OptimisticLockingFailureException.class);
        assertThat(read().plan().capacity()).isEqualTo(10);
        assertThat(read().plan().status()).isEqualTo(EditionStatus.OPEN);
    }

    @Test
    void datesAndPlaceAreChecked() {
        EditionDetails details = read();
        EditionPlan plan = details.plan();
        LocalDate start = plan.startDate();
        assertThatThrownBy(() -> planning.update(edition, details.version(), new EditionPlan(start, start.minusDays(1),
                plan.enrolmentDeadline(), null, false, "Zaal", "Hengelo", 2, EditionStatus.OPEN), null))
                .hasMessage("edition.error.end-before-start");
        assertThatThrownBy(() -> planning.update(edition, details.version(), new EditionPlan(start, plan.endDate(),
                start.plusDays(1), null, false, "Zaal", "Hengelo", 2, EditionStatus.OPEN), null))
                .hasMessage("edition.error.deadline-after-start");
        assertThatThrownBy(() -> planning.update(edition, details.version(), new EditionPlan(start, plan.endDate(),
                plan.enrolmentDeadline(), start.plusDays(2), false, "Zaal", "Hengelo", 2, EditionStatus.OPEN), null))
                .hasMessage("edition.error.cancellation-after-start");
        assertThatThrownBy(() -> planning.update(edition, details.version(), new EditionPlan(start, plan.endDate(),
                plan.enrolmentDeadline(), null, false, " ", null, 2, EditionStatus.OPEN), null))
                .hasMessage("edition.error.location-required");
        // The fixture's meeting is on the start date; a period that leaves it out is refused.
        assertThatThrownBy(() -> planning.update(edition, details.version(), new EditionPlan(start.plusDays(1),
                plan.endDate(), plan.enrolmentDeadline(), null, true, null, null, 2, EditionStatus.OPEN), null))
                .hasMessage("edition.error.meetings-outside");
        assertThat(read()).isEqualTo(details);
    }

    @Test
    void aNewEditionOfAnOwnCourseIsPlannedAndMovesTheCourseNextStart() {
        EnrolmentFixtures.signIn(providerA);
        LocalDate start = today.plusDays(10);
        long id = planning.create(course, new EditionPlan(start, start.plusDays(7), start.minusDays(3),
                start.minusDays(5), true, null, null, 12, EditionStatus.OPEN));

        EditionDetails created = planning.edition(id).orElseThrow();
        assertThat(created.plan()).isEqualTo(new EditionPlan(start, start.plusDays(7), start.minusDays(3),
                start.minusDays(5), true, null, null, 12, EditionStatus.OPEN));
        assertThat(created.seatsTaken()).isZero();
        assertThat(jdbc.sql("SELECT next_start_date FROM course WHERE id = :c").param("c", course)
                .query(Date.class).single().toLocalDate()).isEqualTo(start);
        assertThatThrownBy(() -> planning.create(course, new EditionPlan(start, start, start, null, true, null, null, 5,
                EditionStatus.CANCELLED))).hasMessage("edition.error.new-status");
    }

    @Test
    void meetingsStayWithinThePeriodInTimeOrderAndAreNotLostToAStaleEdit() {
        EditionDetails details = read();
        LocalDate start = details.plan().startDate();
        var kickOff = details.meetings().getFirst();

        long later = planning.addMeeting(edition, new MeetingPlan(start.plusDays(7), LocalTime.of(15, 30),
                LocalTime.of(17, 0), "Terugkomdag"));
        long earlier = planning.addMeeting(edition, new MeetingPlan(start, LocalTime.of(9, 0), LocalTime.of(11, 0),
                "Ochtendstart"));
        assertThat(read().meetings()).extracting(m -> m.id() + ":" + m.seq())
                .containsExactly(earlier + ":1", kickOff.id() + ":2", later + ":3");

        assertThatThrownBy(() -> planning.addMeeting(edition, new MeetingPlan(details.plan().endDate().plusDays(1),
                LocalTime.of(9, 0), LocalTime.of(10, 0), null))).hasMessage("meeting.error.outside-edition");
        assertThatThrownBy(() -> planning.addMeeting(edition, new MeetingPlan(start, LocalTime.of(10, 0),
                LocalTime.of(9, 0), null))).hasMessage("meeting.error.end-before-start");

        planning.updateMeeting(kickOff.id(), kickOff.version(), new MeetingPlan(start.plusDays(10), LocalTime.of(13, 0),
                LocalTime.of(16, 0), "Verplaatst"));
        assertThatThrownBy(() -> planning.updateMeeting(kickOff.id(), kickOff.version(), new MeetingPlan(start,
                LocalTime.of(13, 0), LocalTime.of(16, 0), "Oud"))).isInstanceOf(OptimisticLockingFailureException.class);
        assertThat(read().meetings()).extracting(m -> m.plan().topic())
                .containsExactly("Ochtendstart", "Terugkomdag", "Verplaatst");

        var removed = read().meetings().getFirst();
        planning.removeMeeting(removed.id(), removed.version());
        assertThat(read().meetings()).extracting(m -> m.seq() + " " + m.plan().topic())
                .containsExactly("1 Terugkomdag", "2 Verplaatst");
    }
}

package nl.onderwijsloket.portal.enrolment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.sql.Date;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import nl.onderwijsloket.portal.DatabaseTest;
import nl.onderwijsloket.portal.catalogue.CatalogueFixtures;
import nl.onderwijsloket.portal.catalogue.CourseFormat;
import nl.onderwijsloket.portal.catalogue.CourseLevel;
import nl.onderwijsloket.portal.catalogue.EditionPlanningService;
import nl.onderwijsloket.portal.catalogue.EditionStatus;
import nl.onderwijsloket.portal.catalogue.Theme;
import nl.onderwijsloket.portal.catalogue.data.CourseReadSql;
import nl.onderwijsloket.portal.common.RuleViolation;
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
import org.springframework.test.context.event.ApplicationEvents;
import org.springframework.test.context.event.RecordApplicationEvents;

/**
 * Participant lists, attendance and completion on a real database: only the course's provider registers,
 * only for enrolled participants of that edition; completion credits the study load with an audit row and
 * an event; HR sees only its own board, a coordinator everybody, another provider nothing.
 */
@SpringBootTest
@DatabaseTest
@RecordApplicationEvents
class ParticipantRulesTest {

    @Autowired
    ParticipantService participants;
    @Autowired
    EnrolmentService enrolments;
    @Autowired
    EditionPlanningService planning;
    @Autowired
    ApplicationEvents events;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    CourseReadSql readSql;
    @Autowired
    Clock clock;

    CatalogueFixtures catalogue;
    EnrolmentFixtures people;
    LocalDate today;
    long edition;
    long otherEdition;
    long meeting;
    long otherMeeting;
    PortalUser providerA;
    PortalUser providerB;
    PortalUser hrA;
    PortalUser coordinator;
    List<PortalUser> teachers;
    PortalUser outsider;

    @BeforeEach
    void setUp() {
        today = LocalDate.now(clock);
        catalogue = new CatalogueFixtures(jdbc, readSql, today);
        people = new EnrolmentFixtures(jdbc);
        long a = catalogue.provider("Deelnemersacademie A");
        long b = catalogue.provider("Deelnemersacademie B");
        long course = catalogue.course(a, "Aanwezigheidstest lezen", "Twee plaatsen.", CourseFormat.ON_SITE,
                CourseLevel.INTRODUCTORY, Set.of(JobFunction.LERAAR), Set.of(Sector.PO), Set.of(Theme.LEZEN));
        edition = catalogue.edition(course, 30, 2, 0, EditionStatus.OPEN);
        otherEdition = catalogue.edition(course, 60, 2, 0, EditionStatus.OPEN);
        meeting = meetingOf(edition);
        otherMeeting = meetingOf(otherEdition);
        providerA = people.account("Cursusbureau A", Set.of(Role.PROVIDER), null, null, a);
        providerB = people.account("Cursusbureau B", Set.of(Role.PROVIDER), null, null, b);
        long boardA = people.board("Bestuur Aanwezig");
        long boardB = people.board("Bestuur Elders");
        hrA = people.account("HR A", Set.of(Role.HR), null, boardA, null);
        coordinator = people.account("Coördinator", Set.of(Role.COORDINATOR), null, null, null);
        teachers = List.of("Anna", "Bram").stream()
                .map(name -> people.account(name, Set.of(Role.EMPLOYEE), people.employee(boardA, name, "Lezer"), boardA, null))
                .toList();
        outsider = people.account("Eva", Set.of(Role.EMPLOYEE), people.employee(boardB, "Eva", "Elders"), boardB, null);
        for (PortalUser person : List.of(teachers.get(0), teachers.get(1), outsider)) {
            EnrolmentFixtures.signIn(person);
            enrolments.enrolSelf(edition);
        }
        // Anna and Bram have seats, Eva waits; the edition started two days ago.
        startedDaysAgo(edition, 2);
    }

    @AfterEach
    void tearDown() {
        SecurityContextHolder.clearContext();
        people.removeAll();
        catalogue.removeAll();
    }

    private long meetingOf(long editionId) {
        return jdbc.sql("SELECT id FROM meeting WHERE edition_id = :e").param("e", editionId).query(Long.class).single();
    }

    private void startedDaysAgo(long editionId, int days) {
        LocalDate start = today.minusDays(days);
        jdbc.sql("UPDATE edition SET start_date = :start, end_date = :end, enrolment_deadline = :deadline WHERE id = :id")
                .param("start", Date.valueOf(start)).param("end", Date.valueOf(start.plusDays(14)))
                .param("deadline", Date.valueOf(start.minusDays(7))).param("id", editionId).update();
        jdbc.sql("UPDATE meeting SET starts_at = :s, ends_at = :e WHERE edition_id = :id")
                .param("s", Timestamp.valueOf(start.atTime(15, 30))).param("e", Timestamp.valueOf(start.atTime(17, 30)))
                .param("id", editionId).update();
    }

    private long enrolmentOf(PortalUser user) {
        return jdbc.sql("SELECT id FROM enrolment WHERE edition_id = :e AND employee_id = :p")
                .param("e", edition).param("p", user.employeeId()).query(Long.class).single();
    }

    private List<String> present() {
        return jdbc.sql("SELECT CONCAT(a.enrolment_id, ':', a.present) FROM attendance a WHERE a.meeting_id = :m"
                        + " ORDER BY a.enrolment_id")
                .param("m", meeting).query(String.class).list();
    }

    @Test
    void theProviderRegistersAttendanceOfEnrolledParticipantsOnly() {
        long anna = enrolmentOf(teachers.get(0));
        long eva = enrolmentOf(outsider);
        EnrolmentFixtures.signIn(providerA);

        participants.recordAttendance(meeting, anna, true);
        participants.recordAttendance(meeting, anna, false);
        participants.recordAttendance(meeting, anna, true);
        assertThat(present()).containsExactly(anna + ":1");

        assertThatThrownBy(() -> participants.recordAttendance(meeting, eva, true))
                .hasMessage("attendance.error.not-participant");
        assertThatThrownBy(() -> participants.recordAttendance(otherMeeting, anna, true))
                .hasMessage("attendance.error.not-participant");
        long later = jdbc.sql("INSERT INTO meeting (edition_id, seq, starts_at, ends_at) VALUES (:e, 2, :s, :t)"
                        + " RETURNING id")
                .param("e", edition).param("s", Timestamp.valueOf(today.plusDays(3).atTime(9, 0)))
                .param("t", Timestamp.valueOf(today.plusDays(3).atTime(12, 0))).query(Long.class).single();
        assertThatThrownBy(() -> participants.recordAttendance(later, anna, true)).hasMessage("attendance.error.not-yet");
        assertThat(jdbc.sql("SELECT recorded_by FROM attendance WHERE meeting_id = :m").param("m", meeting)
                .query(Long.class).single()).isEqualTo(providerA.accountId());

        ParticipantList list = participants.participants(edition).orElseThrow();
        assertThat(list.manage()).isTrue();
        assertThat(list.participants()).extracting(p -> p.name() + " " + p.status())
                .containsExactly("Anna Lezer ENROLLED", "Bram Lezer ENROLLED", "Eva Elders WAITLISTED");
        assertThat(list.wasPresent(meeting, anna)).isTrue();
        assertThat(list.meetings()).extracting(ParticipantList.Meeting::id).containsExactly(meeting, later);
    }

    /**
     * The provider cannot remove a meeting once attendance is registered for it (the attendance's reference
     * restricts the delete); the refusal is the catalogue's rule in words, and the meeting, its number and the
     * attendance stay. A meeting without attendance is removed.
     */
    @Test
    void aMeetingWithRegisteredAttendanceIsNotRemoved() {
        long anna = enrolmentOf(teachers.get(0));
        EnrolmentFixtures.signIn(providerA);
        participants.recordAttendance(meeting, anna, true);

        assertThatThrownBy(() -> planning.removeMeeting(meeting, versionOf(meeting)))
                .isInstanceOfSatisfying(RuleViolation.class,
                        e -> assertThat(e.messageKey()).isEqualTo("edition.error.meeting-has-attendance"));
        assertThat(jdbc.sql("SELECT COUNT(*) FROM meeting WHERE id = :m").param("m", meeting).query(Integer.class)
                .single()).isEqualTo(1);
        assertThat(present()).containsExactly(anna + ":1");

        planning.removeMeeting(otherMeeting, versionOf(otherMeeting));
        assertThat(jdbc.sql("SELECT COUNT(*) FROM meeting WHERE id = :m").param("m", otherMeeting)
                .query(Integer.class).single()).isZero();
    }

    private long versionOf(long meetingId) {
        return jdbc.sql("SELECT version FROM meeting WHERE id = :m").param("m", meetingId).query(Long.class).single();
    }

    @Test
    void completionCreditsTheStudyLoadWithAnAuditRowAndAnEvent() {
        long anna = enrolmentOf(teachers.get(0));
        long bram = enrolmentOf(teachers.get(1));
        EnrolmentFixtures.signIn(providerA);

        enrolments.complete(anna);
        enrolments.markNoShow(bram);

        assertThat(jdbc.sql("SELECT CONCAT(status, ' ', hours_credited, ' ', completed_on) FROM enrolment WHERE id = :id")
                .param("id", anna).query(String.class).single()).isEqualTo("COMPLETED 12 " + today);
        assertThat(jdbc.sql("SELECT CONCAT(status, ' ', COALESCE(hours_credited, '-')) FROM enrolment WHERE id = :id")
                .param("id", bram).query(String.class).single()).isEqualTo("NO_SHOW -");
        assertThat(jdbc.sql("SELECT CONCAT(from_status, '>', to_status, ' by ', actor_name) FROM enrolment_event"
                        + " WHERE enrolment_id IN (:ids) AND from_status IS NOT NULL ORDER BY id")
                .param("ids", List.of(anna, bram)).query(String.class).list())
                .containsExactly("ENROLLED>COMPLETED by Cursusbureau A", "ENROLLED>NO_SHOW by Cursusbureau A");
        assertThat(events.stream(EnrolmentChanged.class).filter(e -> e.from() == EnrolmentStatus.ENROLLED))
                .extracting(e -> e.enrolmentId() + " " + e.to())
                .containsExactly(anna + " COMPLETED", bram + " NO_SHOW");
        // A seat stays taken: the people who completed or did not turn up held it.
        assertThat(jdbc.sql("SELECT seats_taken FROM edition WHERE id = :id").param("id", edition)
                .query(Integer.class).single()).isEqualTo(2);
        assertThatThrownBy(() -> enrolments.complete(anna)).hasMessage("enrolment.error.not-enrolled");
        assertThatThrownBy(() -> enrolments.complete(enrolmentOf(outsider))).hasMessage("enrolment.error.not-enrolled");
    }

    @Test
    void completionWaitsForTheStart() {
        EnrolmentFixtures.signIn(teachers.get(0));
        enrolments.enrolSelf(otherEdition);
        long upcoming = jdbc.sql("SELECT id FROM enrolment WHERE edition_id = :e").param("e", otherEdition)
                .query(Long.class).single();
        EnrolmentFixtures.signIn(providerA);
        assertThatThrownBy(() -> enrolments.complete(upcoming)).hasMessage("enrolment.error.not-started");
        assertThatThrownBy(() -> enrolments.markNoShow(upcoming)).hasMessage("enrolment.error.not-started");
    }

    @Test
    void anotherProviderCanNeitherSeeNorRegisterAnything() {
        long anna = enrolmentOf(teachers.get(0));
        EnrolmentFixtures.signIn(providerB);

        assertThatThrownBy(() -> participants.participants(edition)).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> participants.edition(edition)).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> participants.recordAttendance(meeting, anna, true)).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> enrolments.complete(anna)).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> enrolments.markNoShow(anna)).isInstanceOf(AccessDeniedException.class);
        assertThat(participants.editions("Aanwezigheidstest lezen", 0, 50)).isEmpty();
        assertThat(present()).isEmpty();
        assertThat(jdbc.sql("SELECT status FROM enrolment WHERE id = :id").param("id", anna).query(String.class).single())
                .isEqualTo("ENROLLED");
    }

    @Test
    void hrSeesItsOwnBoardAndTheCoordinatorEverybodyBothReadOnly() {
        long anna = enrolmentOf(teachers.get(0));
        EnrolmentFixtures.signIn(hrA);
        ParticipantList hr = participants.participants(edition).orElseThrow();
        assertThat(hr.manage()).isFalse();
        assertThat(hr.participants()).extracting(ParticipantList.Participant::name)
                .containsExactly("Anna Lezer", "Bram Lezer");
        assertThat(participants.editions("Aanwezigheidstest lezen", 0, 50)).extracting(EditionChoice::id).containsExactly(edition);
        assertThatThrownBy(() -> participants.recordAttendance(meeting, anna, true)).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> enrolments.complete(anna)).isInstanceOf(AccessDeniedException.class);

        EnrolmentFixtures.signIn(coordinator);
        ParticipantList all = participants.participants(edition).orElseThrow();
        assertThat(all.manage()).isFalse();
        assertThat(all.participants()).hasSize(3);
        assertThat(participants.editions("Aanwezigheidstest lezen", 0, 50)).extracting(EditionChoice::id)
                .containsExactly(otherEdition, edition);

        EnrolmentFixtures.signIn(outsider);
        assertThatThrownBy(() -> participants.participants(edition)).isInstanceOf(AccessDeniedException.class);
    }
}

package nl.onderwijsloket.portal.authorization;

import java.sql.Date;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Supplier;
import java.util.stream.Collectors;
import nl.onderwijsloket.portal.catalogue.CatalogueFixtures;
import nl.onderwijsloket.portal.catalogue.CourseFormat;
import nl.onderwijsloket.portal.catalogue.CourseLevel;
import nl.onderwijsloket.portal.catalogue.EditionStatus;
import nl.onderwijsloket.portal.catalogue.Theme;
import nl.onderwijsloket.portal.catalogue.data.CourseReadSql;
import nl.onderwijsloket.portal.enrolment.EnrolmentFixtures;
import nl.onderwijsloket.portal.induction.ProgrammeFixtures;
import nl.onderwijsloket.portal.induction.ProgrammeKind;
import nl.onderwijsloket.portal.people.JobFunction;
import nl.onderwijsloket.portal.people.Sector;
import nl.onderwijsloket.portal.security.PortalUser;
import nl.onderwijsloket.portal.security.Role;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.core.authority.AuthorityUtils;
import org.springframework.security.core.context.SecurityContextHolder;

/**
 * A small region of its own for one row of the authorization matrix: board A with three employees (the
 * employee, a starter and a mentor) and its HR officer, board B with one employee and its HR officer,
 * provider P (with a staff account) and provider Q (with one), P's course with editions in several states,
 * the employee's enrolments in them, an unlinked sign-in, and a coordinator. The matrix calls every method
 * with the ids of board A's, provider P's and the employee's records. Removed afterwards.
 */
final class MatrixRegion {

    final long boardA;
    final long boardB;
    final long employee;
    final long starter;
    final long mentor;
    final long employeeB;
    final long providerP;
    final long providerQ;
    final long courseP;
    final long courseQ;
    /** Open, in a month: the employee and board B's employee are enrolled, the starter awaits approval. */
    final long openEdition;
    final long openMeeting;
    /** Open, in a month: the employee is offered a seat. */
    final long offerEdition;
    /** Started three days ago: the employee is enrolled (completion, no-show and attendance apply). */
    final long startedEdition;
    final long startedMeeting;
    /** Planned, in two months, no enrolments. */
    final long plannedEdition;
    final long qEdition;
    final long plannedMeeting;
    /** Cancelled by the provider, no enrolments. */
    final long cancelledEdition;
    final long schoolA;
    final long schoolB;
    final long enrolled;
    final long enrolledB;
    final long awaiting;
    final long offered;
    final long started;
    final long completed;
    final String unlinkedSubject;
    final LocalDate today;
    /** Provider P's editions. */
    final Set<Long> pEditions;
    final String tag;
    /**
     * Board A's and board B's copies of the demo region's starting-teacher template, adopted at its
     * revision 1 and not reviewed since, so the desk's revision 2 shows as a change.
     */
    final long programmeA;
    final long programmeB;
    /** Board A's copy of the template's first lesson visit. */
    final long milestoneA;
    /** Two more starters of board A: one with a pairing proposed to the mentor, one with a paused pairing. */
    final long newcomer;
    final long resting;
    /** The placements of the starter (active pairing with the mentor), the employee (no pairing), and the two. */
    final long starterPlacement;
    final long employeePlacement;
    final long activePairing;
    final long proposedPairing;
    final long pausedPairing;
    /** The mentor's entry in the starter's log, not shared. */
    final long guidanceEntry;
    /** A guidance meeting of the active pairing, four days ahead. */
    final long guidanceMeeting;
    private final ProgrammeFixtures programmes;
    private final Map<Who, PortalUser> users = new EnumMap<>(Who.class);
    private final JdbcClient jdbc;
    private final EnrolmentFixtures people;
    private final CatalogueFixtures catalogue;

    MatrixRegion(JdbcClient jdbc, CourseReadSql readSql, Clock clock) {
        this.jdbc = jdbc;
        today = LocalDate.now(clock);
        people = new EnrolmentFixtures(jdbc);
        catalogue = new CatalogueFixtures(jdbc, readSql, today);
        tag = Long.toString(System.nanoTime(), 36);
        boardA = people.board("Matrixbestuur A");
        boardB = people.board("Matrixbestuur B");
        employee = people.employee(boardA, "Anne", "Matrix");
        starter = people.employee(boardA, "Sven", "Matrix");
        mentor = people.employee(boardA, "Mila", "Matrix");
        newcomer = people.employee(boardA, "Pim", "Matrix");
        resting = people.employee(boardA, "Rik", "Matrix");
        employeeB = people.employee(boardB, "Bea", "Matrix");
        providerP = catalogue.provider("Matrixacademie P");
        providerQ = catalogue.provider("Matrixacademie Q");
        courseP = catalogue.course(providerP, "Matrixcursus P", "Een cursus van P.", CourseFormat.ON_SITE,
                CourseLevel.INTRODUCTORY, Set.of(JobFunction.LERAAR), Set.of(Sector.PO), Set.of(Theme.DIDACTIEK));
        courseQ = catalogue.course(providerQ, "Matrixcursus Q", "Een cursus van Q.", CourseFormat.ON_SITE,
                CourseLevel.INTRODUCTORY, Set.of(JobFunction.LERAAR), Set.of(Sector.PO), Set.of(Theme.DIDACTIEK));
        openEdition = catalogue.edition(courseP, 30, 10, 2, EditionStatus.OPEN);
        offerEdition = catalogue.edition(courseP, 31, 1, 1, EditionStatus.OPEN);
        startedEdition = catalogue.edition(courseP, -3, 10, 1, EditionStatus.OPEN);
        plannedEdition = catalogue.edition(courseP, 60, 10, 0, EditionStatus.PLANNED);
        long doneEdition = catalogue.edition(courseP, -60, 10, 0, EditionStatus.COMPLETED);
        cancelledEdition = catalogue.edition(courseP, 45, 10, 0, EditionStatus.CANCELLED);
        qEdition = catalogue.edition(courseQ, 30, 10, 0, EditionStatus.OPEN);
        pEditions = Set.of(openEdition, offerEdition, startedEdition, plannedEdition, doneEdition, cancelledEdition);
        openMeeting = meetingOf(openEdition);
        startedMeeting = meetingOf(startedEdition);
        plannedMeeting = meetingOf(plannedEdition);
        schoolA = school(boardA, "Matrixschool A");
        schoolB = school(boardB, "Matrixschool B");
        Instant now = clock.instant();
        enrolled = enrolment(openEdition, employee, "ENROLLED", null, null, now);
        enrolledB = enrolment(openEdition, employeeB, "ENROLLED", null, null, now);
        awaiting = enrolment(openEdition, starter, "AWAITING_APPROVAL", null, null, now);
        offered = enrolment(offerEdition, employee, "OFFERED", now.plus(2, ChronoUnit.DAYS), null, now);
        started = enrolment(startedEdition, employee, "ENROLLED", null, null, now);
        completed = enrolment(doneEdition, employee, "COMPLETED", null, today.minusDays(40), now);

        programmes = new ProgrammeFixtures(jdbc);
        programmeA = programmes.copy(boardA, ProgrammeKind.STARTING_TEACHER, 1);
        programmeB = programmes.copy(boardB, ProgrammeKind.STARTING_TEACHER, 1);
        milestoneA = programmes.milestone(programmeA, 1, "Lesbezoek met nagesprek");
        mentorProfile(mentor, 5, 3);
        mentorProfile(employee, 1, 0);
        starterPlacement = placement(starter, now);
        employeePlacement = placement(employee, now);
        activePairing = pairing(starterPlacement, starter, "ACTIVE", now);
        proposedPairing = pairing(placement(newcomer, now), newcomer, "PROPOSED", now);
        pausedPairing = pairing(placement(resting, now), resting, "PAUSED", now);
        jdbc.sql("UPDATE mentor_pairing SET fit_asked_at = :now WHERE id = :id").param("id", activePairing)
                .param("now", Timestamp.from(now)).update();
        var entryKey = new GeneratedKeyHolder();
        jdbc.sql("""
                        INSERT INTO guidance_entry (pairing_id, met_on, topics, written_by, created_at)
                        VALUES (:p, :day, 'Matrixgesprek: vertrouwelijk', :mentor, :now)""")
                .param("p", activePairing).param("day", Date.valueOf(today.minusDays(3))).param("mentor", mentor)
                .param("now", Timestamp.from(now)).update(entryKey);
        guidanceEntry = entryKey.getKey().longValue();
        var meetingKey = new GeneratedKeyHolder();
        jdbc.sql("""
                        INSERT INTO guidance_meeting (pairing_id, starts_at, ends_at, place, created_at)
                        VALUES (:p, :start, :end, 'Matrixschool', :now)""")
                .param("p", activePairing).param("start", today.plusDays(4).atTime(15, 0))
                .param("end", today.plusDays(4).atTime(16, 0)).param("now", Timestamp.from(now)).update(meetingKey);
        guidanceMeeting = meetingKey.getKey().longValue();

        users.put(Who.EMPLOYEE, people.account("Anne", Set.of(Role.EMPLOYEE), employee, boardA, null));
        users.put(Who.STARTER, people.account("Sven", Set.of(Role.EMPLOYEE), starter, boardA, null));
        users.put(Who.MENTOR, people.account("Mila", Set.of(Role.EMPLOYEE, Role.MENTOR), mentor, boardA, null));
        users.put(Who.HR, people.account("HR A", Set.of(Role.HR), null, boardA, null));
        users.put(Who.HR_OTHER_BOARD, people.account("HR B", Set.of(Role.HR), null, boardB, null));
        users.put(Who.PROVIDER, people.account("Staf P", Set.of(Role.PROVIDER), null, null, providerP));
        users.put(Who.OTHER_PROVIDER, people.account("Staf Q", Set.of(Role.PROVIDER), null, null, providerQ));
        users.put(Who.COORDINATOR, people.account("Coördinator", Set.of(Role.COORDINATOR), null, null, null));

        unlinkedSubject = "matrix-" + tag;
        jdbc.sql("""
                        INSERT INTO unlinked_sign_in (subject, username, display_name, email, email_verified,
                            first_seen_at, last_seen_at)
                        VALUES (:subject, :subject, 'Nina Matrix', :email, TRUE, :now, :now)""")
                .param("subject", unlinkedSubject).param("email", unlinkedSubject + "@test.example")
                .param("now", Timestamp.from(now)).update();
    }

    PortalUser user(Who who) {
        return users.get(who);
    }

    /** Makes the caller the signed-in user of this thread (the visitor: an anonymous sign-in). */
    void signIn(Who who) {
        if (who == Who.VISITOR) {
            SecurityContextHolder.getContext().setAuthentication(new AnonymousAuthenticationToken("matrix",
                    "anonymousUser", AuthorityUtils.createAuthorityList("ROLE_ANONYMOUS")));
        } else {
            EnrolmentFixtures.signIn(users.get(who));
        }
    }

    /** Runs a call as another caller (to prepare an argument), then signs the current caller in again. */
    <T> T as(Who other, Supplier<T> call) {
        var current = SecurityContextHolder.getContext().getAuthentication();
        signIn(other);
        try {
            return call.get();
        } finally {
            SecurityContextHolder.getContext().setAuthentication(current);
        }
    }

    /** The employee whom the caller is, if any. */
    Long employeeOf(Who who) {
        return who == Who.VISITOR ? null : users.get(who).employeeId();
    }

    String email(long employeeId) {
        return jdbc.sql("SELECT email FROM employee WHERE id = :id").param("id", employeeId).query(String.class).single();
    }

    String employeeNumber(long employeeId) {
        return jdbc.sql("SELECT employee_number FROM employee WHERE id = :id").param("id", employeeId)
                .query(String.class).single();
    }

    long version(String table, long id) {
        return jdbc.sql("SELECT version FROM " + table + " WHERE id = :id").param("id", id).query(Long.class).single();
    }

    Set<Long> boardOfEnrolments(List<Long> enrolmentIds) {
        if (enrolmentIds.isEmpty()) {
            return Set.of();
        }
        return Set.copyOf(jdbc.sql("""
                        SELECT DISTINCT m.board_id FROM enrolment n JOIN employee m ON m.id = n.employee_id
                        WHERE n.id IN (:ids)""")
                .param("ids", enrolmentIds).query(Long.class).list());
    }

    /**
     * Everything of this region a call could change, as text: its enrolments (with their audit trail,
     * notices, attendance), editions and meetings, courses, employees, accounts, mails to its people and the
     * unlinked sign-in. Two equal snapshots mean the call changed nothing of the region.
     */
    String snapshot() {
        Map<String, Object> ids = Map.of("boards", List.of(boardA, boardB), "courses", List.of(courseP, courseQ),
                "subject", unlinkedSubject);
        return String.join("\n", List.of(
                rows("SELECT * FROM course WHERE id IN (:courses) ORDER BY id", ids),
                rows("SELECT * FROM edition WHERE course_id IN (:courses) ORDER BY id", ids),
                rows("""
                        SELECT t.* FROM meeting t JOIN edition e ON e.id = t.edition_id
                        WHERE e.course_id IN (:courses) ORDER BY t.id""", ids),
                rows("SELECT * FROM employee WHERE board_id IN (:boards) ORDER BY id", ids),
                rows("""
                        SELECT t.* FROM enrolment t JOIN edition e ON e.id = t.edition_id
                        WHERE e.course_id IN (:courses)
                           OR t.employee_id IN (SELECT id FROM employee WHERE board_id IN (:boards)) ORDER BY t.id""",
                        ids),
                rows("SELECT * FROM enrolment_event WHERE board_id IN (:boards) ORDER BY id", ids),
                rows("""
                        SELECT * FROM enrolment_notice
                        WHERE employee_id IN (SELECT id FROM employee WHERE board_id IN (:boards)) ORDER BY id""", ids),
                rows("""
                        SELECT t.* FROM attendance t JOIN meeting m ON m.id = t.meeting_id
                        JOIN edition e ON e.id = m.edition_id WHERE e.course_id IN (:courses)
                        ORDER BY t.meeting_id, t.enrolment_id""", ids),
                rows("""
                        SELECT t.* FROM user_account t
                        WHERE t.board_id IN (:boards) OR t.employee_id IN (SELECT id FROM employee
                            WHERE board_id IN (:boards)) OR t.provider_id IN (SELECT provider_id FROM course
                            WHERE id IN (:courses)) ORDER BY t.id""", ids),
                rows("""
                        SELECT id, recipient, subject FROM mail_outbox
                        WHERE recipient IN (SELECT email FROM employee WHERE board_id IN (:boards)) ORDER BY id""", ids),
                rows("SELECT * FROM unlinked_sign_in WHERE subject = :subject", ids),
                rows("SELECT * FROM induction_programme WHERE board_id IN (:boards) ORDER BY id", ids),
                rows("SELECT * FROM induction_placement WHERE board_id IN (:boards) ORDER BY id", ids),
                rows("SELECT * FROM mentor_pairing WHERE board_id IN (:boards) ORDER BY id", ids),
                rows("""
                        SELECT * FROM mentor_profile
                        WHERE employee_id IN (SELECT id FROM employee WHERE board_id IN (:boards)) ORDER BY employee_id""",
                        ids),
                rows("""
                        SELECT t.* FROM guidance_entry t JOIN mentor_pairing p ON p.id = t.pairing_id
                        WHERE p.board_id IN (:boards) ORDER BY t.id""", ids),
                rows("""
                        SELECT t.* FROM guidance_meeting t JOIN mentor_pairing p ON p.id = t.pairing_id
                        WHERE p.board_id IN (:boards) ORDER BY t.id""", ids),
                rows("""
                        SELECT t.* FROM induction_facility t JOIN induction_placement p ON p.id = t.placement_id
                        WHERE p.board_id IN (:boards) ORDER BY t.placement_id, t.year_no""", ids),
                rows("""
                        SELECT t.* FROM induction_milestone_done t JOIN induction_placement p ON p.id = t.placement_id
                        WHERE p.board_id IN (:boards) ORDER BY t.id""", ids),
                rows("""
                        SELECT t.* FROM induction_milestone t JOIN induction_programme p ON p.id = t.programme_id
                        WHERE p.board_id IN (:boards) ORDER BY t.id""", ids)));
    }

    private String rows(String sql, Map<String, Object> params) {
        return jdbc.sql(sql).params(params).query((rs, n) -> {
            var row = new StringBuilder();
            for (int i = 1; i <= rs.getMetaData().getColumnCount(); i++) {
                row.append(rs.getMetaData().getColumnLabel(i)).append('=').append(rs.getString(i)).append(' ');
            }
            return row.toString();
        }).list().stream().collect(Collectors.joining("\n", sql.lines().findFirst().orElse("") + "\n", ""));
    }

    void remove() {
        var boards = List.of(boardA, boardB);
        jdbc.sql("""
                        DELETE t FROM guidance_entry t JOIN mentor_pairing p ON p.id = t.pairing_id
                        WHERE p.board_id IN (:b)""").param("b", boards).update();
        jdbc.sql("""
                        DELETE t FROM guidance_meeting t JOIN mentor_pairing p ON p.id = t.pairing_id
                        WHERE p.board_id IN (:b)""").param("b", boards).update();
        jdbc.sql("UPDATE mentor_pairing SET handed_over_to = NULL WHERE board_id IN (:b)").param("b", boards).update();
        jdbc.sql("DELETE FROM mentor_pairing WHERE board_id IN (:b)").param("b", boards).update();
        jdbc.sql("DELETE FROM induction_placement WHERE board_id IN (:b)").param("b", boards).update();
        jdbc.sql("DELETE FROM induction_board_setting WHERE board_id IN (:b)").param("b", boards).update();
        jdbc.sql("DELETE FROM mentor_profile WHERE employee_id IN (SELECT id FROM employee WHERE board_id IN (:b))")
                .param("b", boards).update();
        jdbc.sql("DELETE FROM mail_outbox WHERE recipient IN (SELECT email FROM employee WHERE board_id IN (:b))")
                .param("b", boards).update();
        programmes.removeAll();
        jdbc.sql("DELETE FROM unlinked_sign_in WHERE subject = :subject").param("subject", unlinkedSubject).update();
        jdbc.sql("DELETE FROM enrolment_notice WHERE employee_id IN (SELECT id FROM employee WHERE board_id IN (:b))")
                .param("b", List.of(boardA, boardB)).update();
        // Employees an import added to a board of this region.
        jdbc.sql("""
                        DELETE FROM employee WHERE board_id IN (:b)
                        AND id NOT IN (:known)""")
                .param("b", List.of(boardA, boardB)).param("known", List.of(employee, starter, mentor, newcomer, resting, employeeB))
                .update();
        jdbc.sql("DELETE FROM school WHERE id IN (:s)").param("s", List.of(schoolA, schoolB)).update();
        people.removeAll();
        catalogue.removeAll();
    }

    private long school(long board, String name) {
        var keys = new GeneratedKeyHolder();
        jdbc.sql("""
                        INSERT INTO school (board_id, brin, name, sector, town)
                        VALUES (:board, :brin, :name, 'PO', 'Matrixdorp')""")
                .param("board", board).param("brin", "M" + tag.substring(tag.length() - 4) + (board == boardA ? "A" : "B"))
                .param("name", name + " " + tag).update(keys);
        return keys.getKey().longValue();
    }

    private void mentorProfile(long employeeId, int capacity, int live) {
        jdbc.sql("INSERT INTO mentor_profile (employee_id, capacity, live_pairings) VALUES (:e, :c, :l)")
                .param("e", employeeId).param("c", capacity).param("l", live).update();
    }

    private long placement(long employeeId, Instant now) {
        var keys = new GeneratedKeyHolder();
        jdbc.sql("""
                        INSERT INTO induction_placement (employee_id, board_id, programme_id, started_on, created_at)
                        VALUES (:e, :b, :p, :start, :now)""")
                .param("e", employeeId).param("b", boardA).param("p", programmeA)
                .param("start", Date.valueOf(today.minusMonths(2))).param("now", Timestamp.from(now)).update(keys);
        return keys.getKey().longValue();
    }

    private long pairing(long placementId, long starterId, String status, Instant now) {
        var keys = new GeneratedKeyHolder();
        jdbc.sql("""
                        INSERT INTO mentor_pairing (placement_id, starter_id, mentor_id, board_id, status, proposed_at,
                            proposed_by, accepted_at, updated_at)
                        VALUES (:placement, :starter, :mentor, :board, :status, :now, 'Matrix',
                            CASE WHEN :status = 'PROPOSED' THEN NULL ELSE :now END, :now)""")
                .param("placement", placementId).param("starter", starterId).param("mentor", mentor)
                .param("board", boardA).param("status", status).param("now", Timestamp.from(now)).update(keys);
        return keys.getKey().longValue();
    }

    private long meetingOf(long edition) {
        return jdbc.sql("SELECT id FROM meeting WHERE edition_id = :e").param("e", edition).query(Long.class).single();
    }

    private long enrolment(long edition, long person, String status, Instant offerExpires, LocalDate completedOn,
                           Instant now) {
        var keys = new GeneratedKeyHolder();
        jdbc.sql("""
                        INSERT INTO enrolment (edition_id, employee_id, status, offer_expires_at, completed_on,
                            hours_credited, created_at, updated_at)
                        VALUES (:edition, :person, :status, :expires, :completed, :hours, :now, :now)""")
                .param("edition", edition).param("person", person).param("status", status)
                .param("expires", offerExpires == null ? null : Timestamp.from(offerExpires))
                .param("completed", completedOn == null ? null : Date.valueOf(completedOn))
                .param("hours", completedOn == null ? null : 12)
                .param("now", Timestamp.from(now)).update(keys);
        long id = keys.getKey().longValue();
        jdbc.sql("""
                        INSERT INTO enrolment_event (enrolment_id, edition_id, employee_id, board_id, to_status,
                            actor_name, created_at)
                        VALUES (:id, :edition, :person, (SELECT board_id FROM employee WHERE id = :person), :status,
                            'Matrix', :now)""")
                .param("id", id).param("edition", edition).param("person", person).param("status", status)
                .param("now", Timestamp.from(now)).update();
        return id;
    }
}

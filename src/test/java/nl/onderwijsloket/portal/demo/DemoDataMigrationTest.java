package nl.onderwijsloket.portal.demo;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.File;
import nl.onderwijsloket.portal.DatabaseTest;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.UUID;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import nl.onderwijsloket.portal.catalogue.Theme;
import nl.onderwijsloket.portal.common.EmbeddedMariaDb;
import nl.onderwijsloket.portal.demo.DemoAccounts.DemoAccount;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.security.crypto.factory.PasswordEncoderFactories;

/** Runs the real migrations, with the demo data, on the embedded MariaDB and checks what lands there. */
@DatabaseTest
class DemoDataMigrationTest {

    private static final ZoneId ZONE = ZoneId.of("Europe/Amsterdam");
    private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-03-10T08:00:00Z"), ZONE);
    private static final LocalDate TODAY = LocalDate.now(CLOCK);

    private static String url;
    private static String user;
    private static String password;
    private static Connection connection;

    /**
     * Works in a database of its own ({@code portal_demo_test}) on the server the other tests use (the
     * embedded one, or the one SPRING_DATASOURCE_URL names), so its clean and re-migrate never disturb them.
     */
    @BeforeAll
    static void migrate() throws SQLException {
        String server = System.getenv("SPRING_DATASOURCE_URL");
        user = server == null ? "root" : System.getenv("SPRING_DATASOURCE_USERNAME");
        password = server == null ? "" : System.getenv("SPRING_DATASOURCE_PASSWORD");
        if (server == null) {
            server = EmbeddedMariaDb.start(new File(System.getProperty("java.io.tmpdir"),
                    "portal-test-db-" + UUID.randomUUID()), 0);
        }
        try (Connection admin = DriverManager.getConnection(server, user, password)) {
            admin.createStatement().execute("CREATE DATABASE IF NOT EXISTS portal_demo_test"
                    + " CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_ci");
        }
        url = server.replaceFirst("/[^/?]*(\\?.*)?$", "/portal_demo_test");
        reload(CLOCK);
        connection = DriverManager.getConnection(url, user, password);
    }

    @AfterAll
    static void close() throws SQLException {
        connection.close();
    }

    private static Flyway flyway(Clock clock) {
        return Flyway.configure()
                .dataSource(url, user, password)
                .locations("classpath:db/migration")
                .javaMigrations(new DemoDataMigration(clock), new DemoEnrolmentMigration(clock),
                        new DemoProgrammeMigration(clock), new DemoInductionMigration(clock))
                .cleanDisabled(false)
                .load();
    }

    private static void reload(Clock clock) {
        Flyway flyway = flyway(clock);
        flyway.clean();
        flyway.migrate();
    }

    @Test
    void everyTakenSeatBelongsToAnEnrolmentAndWaitlistsHaveNoGaps() throws SQLException {
        assertThat(count("SELECT COUNT(*) FROM edition e WHERE e.seats_taken <> (SELECT COUNT(*) FROM enrolment n"
                + " WHERE n.edition_id = e.id AND n.status IN ('ENROLLED', 'OFFERED', 'COMPLETED', 'NO_SHOW'))"))
                .isZero();
        assertThat(count("SELECT COUNT(*) FROM edition e WHERE (SELECT COALESCE(MAX(waitlist_position), 0)"
                + " FROM enrolment n WHERE n.edition_id = e.id) <> (SELECT COUNT(*) FROM enrolment n"
                + " WHERE n.edition_id = e.id AND n.status = 'WAITLISTED')")).isZero();
        assertThat(count("SELECT COUNT(*) FROM enrolment WHERE status = 'WAITLISTED'")).isPositive();
        assertThat(count("SELECT COUNT(*) FROM enrolment WHERE status = 'AWAITING_APPROVAL'")).isPositive();
        assertThat(count("SELECT COUNT(*) FROM enrolment n LEFT JOIN enrolment_event v ON v.enrolment_id = n.id"
                + " WHERE v.id IS NULL")).isZero();
        assertThat(strings("SELECT n.status FROM enrolment n JOIN user_account a ON a.employee_id = n.employee_id"
                + " WHERE a.username = 'leraar' ORDER BY n.status"))
                .containsExactly("COMPLETED", "ENROLLED", "OFFERED", "WAITLISTED");
    }

    @Test
    void createsBoardsSchoolsAndProvidersOfTheRegion() throws SQLException {
        assertThat(count("SELECT COUNT(*) FROM region")).isEqualTo(1);
        assertThat(count("SELECT COUNT(*) FROM board")).isGreaterThanOrEqualTo(3);
        assertThat(count("SELECT COUNT(*) FROM school")).isGreaterThanOrEqualTo(15);
        assertThat(strings("SELECT DISTINCT sector FROM school ORDER BY sector"))
                .containsExactly("MBO", "PO", "SO", "VO");
        assertThat(count("SELECT COUNT(*) FROM provider")).isGreaterThanOrEqualTo(3);
        assertThat(strings("SELECT kind FROM provider WHERE board_id IS NOT NULL")).containsExactly("BESTUURSACADEMIE");
        assertThat(strings("SELECT DISTINCT kind FROM provider"))
                .contains("HOGESCHOOL", "MBO_COLLEGE", "KENNISNETWERK", "BESTUURSACADEMIE");
    }

    @Test
    void createsEmployeesWithAMixOfFunctions() throws SQLException {
        assertThat(count("SELECT COUNT(*) FROM employee")).isGreaterThanOrEqualTo(150);
        assertThat(count("SELECT COUNT(*) FROM employee WHERE school_id IS NULL AND job_function = 'STAFF'"))
                .isGreaterThanOrEqualTo(8);
        Map<String, Long> byFunction = counts("SELECT job_function, COUNT(*) FROM employee GROUP BY job_function");
        assertThat(byFunction).containsKeys("LERAAR", "STARTENDE_LERAAR", "ONDERWIJSASSISTENT", "INTERN_BEGELEIDER",
                "SCHOOLLEIDER", "ZIJ_INSTROMER", "MENTOR", "STAFF");
        // Migration 10.2 makes the most recently started teachers starting teachers, to place twenty per board;
        // teachers and mentors together still outnumber them.
        assertThat(byFunction.get("LERAAR") + byFunction.get("MENTOR"))
                .isGreaterThan(byFunction.get("STARTENDE_LERAAR"));
        assertThat(count("SELECT COUNT(*) FROM employee WHERE preferred_locale = 'en'")).isPositive();
        assertThat(count("SELECT COUNT(*) FROM employee WHERE name_prefix IS NOT NULL")).isPositive();
        // Every employee's school belongs to the employee's board.
        assertThat(count("SELECT COUNT(*) FROM employee e JOIN school s ON s.id = e.school_id "
                + "WHERE s.board_id <> e.board_id")).isZero();
    }

    @Test
    void createsCoursesCoveringEveryTheme() throws SQLException {
        assertThat(count("SELECT COUNT(*) FROM course WHERE published")).isGreaterThanOrEqualTo(40);
        assertThat(count("SELECT COUNT(DISTINCT theme) FROM course_theme")).isEqualTo(Theme.values().length);
        assertThat(count("SELECT COUNT(*) FROM course c WHERE (SELECT COUNT(*) FROM course_theme t "
                + "WHERE t.course_id = c.id) NOT BETWEEN 1 AND 3")).isZero();
        assertThat(count("SELECT COUNT(*) FROM course c WHERE NOT EXISTS "
                + "(SELECT 1 FROM course_audience a WHERE a.course_id = c.id)")).isZero();
        assertThat(count("SELECT COUNT(*) FROM course c WHERE NOT EXISTS "
                + "(SELECT 1 FROM course_sector s WHERE s.course_id = c.id)")).isZero();
        assertThat(count("SELECT COUNT(*) FROM course WHERE cost_cents = 0")).isGreaterThanOrEqualTo(10);
        assertThat(count("SELECT COUNT(*) FROM course WHERE language = 'en'")).isBetween(1L, 2L);
        assertThat(count("SELECT COUNT(*) FROM course WHERE employer_approval_required")).isPositive();
        assertThat(strings("SELECT search_text FROM course WHERE code = 'KLO-GED-01'")).containsExactly(
                "Kennisnetwerk Lerende Leraren Oost Gedrag Behaviour Leraar Startende leraar Onderwijsassistent "
                        + "Zij-instromer");
    }

    @Test
    void plansEditionsForTheComingYearAndSomeInThePast() throws SQLException {
        assertThat(count("SELECT COUNT(*) FROM edition")).isGreaterThanOrEqualTo(80);
        assertThat(count("SELECT COUNT(*) FROM edition WHERE start_date >= ? AND start_date <= ?",
                TODAY, TODAY.plusYears(1))).isGreaterThanOrEqualTo(80);
        assertThat(count("SELECT COUNT(*) FROM edition WHERE end_date < ? AND status = 'COMPLETED' "
                + "AND start_date >= ?", TODAY, TODAY.minusMonths(3))).isGreaterThanOrEqualTo(8);
        assertThat(count("SELECT COUNT(*) FROM edition WHERE start_date < ? AND status <> 'COMPLETED'", TODAY))
                .isZero();
        assertThat(count("SELECT COUNT(*) FROM edition WHERE seats_taken = capacity AND status = 'OPEN'"))
                .isPositive();
        assertThat(count("SELECT COUNT(*) FROM edition WHERE capacity - seats_taken BETWEEN 1 AND 3 "
                + "AND status = 'OPEN'")).isPositive();
        assertThat(count("SELECT COUNT(*) FROM edition WHERE status = 'CANCELLED'")).isEqualTo(1);
        assertThat(count("SELECT COUNT(*) FROM edition WHERE status = 'PLANNED'")).isPositive();
        assertThat(count("SELECT COUNT(*) FROM edition WHERE capacity NOT BETWEEN 8 AND 30")).isZero();
        assertThat(count("SELECT COUNT(*) FROM edition "
                + "WHERE DATEDIFF(start_date, enrolment_deadline) NOT BETWEEN 7 AND 14")).isZero();
        assertThat(count("SELECT COUNT(*) FROM edition WHERE NOT online AND location_town IS NULL")).isZero();
    }

    @Test
    void givesEveryEditionOneToSixMeetingsWithinItsDates() throws SQLException {
        assertThat(count("SELECT COUNT(*) FROM edition e WHERE (SELECT COUNT(*) FROM meeting m "
                + "WHERE m.edition_id = e.id) NOT BETWEEN 1 AND 6")).isZero();
        assertThat(count("SELECT COUNT(*) FROM edition e WHERE "
                + "(SELECT MIN(DATE(m.starts_at)) FROM meeting m WHERE m.edition_id = e.id) <> e.start_date "
                + "OR (SELECT MAX(DATE(m.ends_at)) FROM meeting m WHERE m.edition_id = e.id) <> e.end_date"))
                .isZero();
        assertThat(count("SELECT COUNT(*) FROM edition e WHERE (SELECT MAX(seq) FROM meeting m "
                + "WHERE m.edition_id = e.id) <> (SELECT COUNT(*) FROM meeting m WHERE m.edition_id = e.id)"))
                .isZero();
        assertThat(count("SELECT COUNT(*) FROM meeting WHERE DAYOFWEEK(starts_at) IN (1, 7)")).isZero();
    }

    @Test
    void createsTheFourPathwaysWithNumberedSteps() throws SQLException {
        Map<String, Long> steps = counts("SELECT p.code, COUNT(s.id) FROM pathway p "
                + "JOIN pathway_step s ON s.pathway_id = p.id GROUP BY p.code");
        assertThat(steps).containsOnlyKeys("mbo5-onderwijsassistent", "pabo-voorbereiding",
                "inductie-startende-leraren", "inductie-schoolleiders");
        assertThat(steps.values()).allSatisfy(n -> assertThat(n).isGreaterThanOrEqualTo(3));
        assertThat(count("SELECT COUNT(*) FROM pathway p WHERE (SELECT COUNT(*) FROM pathway_step s "
                + "WHERE s.pathway_id = p.id) <> (SELECT MAX(position) FROM pathway_step s "
                + "WHERE s.pathway_id = p.id) OR (SELECT MIN(position) FROM pathway_step s "
                + "WHERE s.pathway_id = p.id) <> 1")).isZero();
        assertThat(count("SELECT COUNT(*) FROM pathway_step WHERE kind = 'COURSE'")).isGreaterThanOrEqualTo(10);
        assertThat(strings("SELECT duration_months FROM pathway WHERE code = 'inductie-startende-leraren'"))
                .containsExactly("36");
        assertThat(strings("SELECT a.job_function FROM pathway_audience a JOIN pathway p ON p.id = a.pathway_id "
                + "WHERE p.code = 'pabo-voorbereiding' ORDER BY a.job_function"))
                .containsExactly("ONDERWIJSASSISTENT", "ZIJ_INSTROMER");
    }

    @Test
    void createsTheDemoAccounts() throws SQLException {
        assertThat(strings("SELECT DISTINCT role FROM user_account_role ORDER BY role"))
                .containsExactly("COORDINATOR", "EMPLOYEE", "HR", "MENTOR", "PROVIDER");
        var encoder = PasswordEncoderFactories.createDelegatingPasswordEncoder();
        for (DemoAccount account : DemoAccounts.ALL) {
            assertThat(strings("SELECT CONCAT_WS('|', display_name, email) FROM user_account WHERE username = ?",
                    account.username())).containsExactly(account.displayName() + "|" + account.email());
            assertThat(strings("SELECT r.role FROM user_account_role r JOIN user_account u "
                    + "ON u.id = r.user_account_id WHERE u.username = ? ORDER BY r.role", account.username()))
                    .containsExactlyElementsOf(account.roles().stream().sorted().toList());
            String hash = strings("SELECT password_hash FROM user_account WHERE username = ?", account.username())
                    .getFirst();
            assertThat(hash).startsWith("{bcrypt}");
            assertThat(encoder.matches(DemoAccounts.DEMO_PASSWORD, hash)).isTrue();
        }
        // Employee-linked accounts carry their employee's board.
        assertThat(count("SELECT COUNT(*) FROM user_account u JOIN employee e ON e.id = u.employee_id "
                + "WHERE u.board_id = e.board_id")).isEqualTo(5);
        String firstBoard = "(SELECT MIN(id) FROM board)";
        String secondBoard = "(SELECT MIN(id) FROM board WHERE id > " + firstBoard + ")";
        assertThat(linked("leraar", "e.job_function = 'LERAAR' AND s.sector = 'PO' AND e.board_id = " + firstBoard))
                .isTrue();
        assertThat(linked("starter", "e.job_function = 'STARTENDE_LERAAR'")).isTrue();
        assertThat(linked("mentor", "e.job_function = 'MENTOR'")).isTrue();
        assertThat(linked("hr", "e.job_function = 'STAFF' AND e.school_id IS NULL AND e.board_id = " + firstBoard))
                .isTrue();
        assertThat(linked("hr2", "e.job_function = 'STAFF' AND e.school_id IS NULL AND e.board_id = " + secondBoard))
                .isTrue();
        assertThat(strings("SELECT p.kind FROM user_account u JOIN provider p ON p.id = u.provider_id "
                + "WHERE u.username = 'aanbieder'")).containsExactly("HOGESCHOOL");
        assertThat(count("SELECT COUNT(*) FROM user_account WHERE username = 'coordinator' "
                + "AND employee_id IS NULL AND board_id IS NULL AND provider_id IS NULL")).isEqualTo(1);
    }

    @Test
    void createsTheFourTemplatesAndEveryBoardsTailoredCopyOneRevisionBehind() throws SQLException {
        assertThat(strings("SELECT CONCAT(kind, ':', years, ':', revision) FROM induction_programme"
                + " WHERE board_id IS NULL ORDER BY kind"))
                .containsExactly("SCHOOL_LEADER:2:1", "SIDE_ENTRANT:2:1", "STARTING_TEACHER:3:2",
                        "TEACHING_ASSISTANT:1:1");
        // Every template has milestones in each of its years, and every kind of milestone is used.
        assertThat(count("SELECT COUNT(*) FROM induction_programme p WHERE p.board_id IS NULL AND p.years <>"
                + " (SELECT COUNT(DISTINCT m.year_no) FROM induction_milestone m WHERE m.programme_id = p.id)"))
                .isZero();
        assertThat(strings("SELECT DISTINCT kind FROM induction_milestone ORDER BY kind"))
                .containsExactly("CLASSROOM_OBSERVATION", "COURSE", "INTERVISION", "MENTOR_CONVERSATION",
                        "REFLECTION");
        long boards = count("SELECT COUNT(*) FROM board");
        assertThat(count("SELECT COUNT(*) FROM induction_programme p JOIN induction_programme t"
                + " ON t.id = p.template_id WHERE p.kind = 'STARTING_TEACHER' AND p.template_revision = 1"
                + " AND t.revision = 2")).isEqualTo(boards);
        // Revision 2 added one milestone that no board has yet; every copied milestone knows its origin.
        assertThat(strings("SELECT m.title FROM induction_milestone m JOIN induction_programme t"
                + " ON t.id = m.programme_id WHERE t.board_id IS NULL AND m.added_in_revision = 2"))
                .containsExactly("Gesprek over werkdruk en taakbelasting");
        assertThat(count("SELECT COUNT(*) FROM induction_milestone m JOIN induction_programme p"
                + " ON p.id = m.programme_id WHERE p.board_id IS NOT NULL AND m.added_in_revision = 2")).isZero();
        assertThat(count("SELECT COUNT(*) FROM induction_milestone m JOIN induction_programme p"
                + " ON p.id = m.programme_id WHERE p.board_id IS NOT NULL AND m.origin_id IS NOT NULL"
                + " AND m.base_title IS NULL")).isZero();
        // The boards tailored their copies: not all the same as the template they adopted.
        assertThat(count("SELECT COUNT(*) FROM induction_milestone WHERE origin_id IS NOT NULL"
                + " AND (required_count <> base_required_count OR helper <> base_helper)")).isPositive();
        assertThat(count("SELECT COUNT(*) FROM induction_milestone m JOIN induction_programme p"
                + " ON p.id = m.programme_id WHERE p.board_id IS NOT NULL AND m.origin_id IS NULL")).isPositive();
    }

    @Test
    void placesTwentyStartersPerBoardWithMentorsWithinCapacity() throws SQLException {
        String live = "('PROPOSED', 'ACTIVE', 'PAUSED')";
        assertThat(count("SELECT COUNT(*) FROM board b WHERE (SELECT COUNT(*) FROM induction_placement p"
                + " WHERE p.board_id = b.id) <> 20")).isZero();
        assertThat(count("SELECT COUNT(*) FROM induction_placement p JOIN induction_programme g"
                + " ON g.id = p.programme_id WHERE g.board_id <> p.board_id OR g.kind <> 'STARTING_TEACHER'"))
                .isZero();
        assertThat(count("SELECT COUNT(*) FROM induction_placement WHERE started_on > ? OR started_on < ?",
                TODAY, TODAY.minusMonths(30))).isZero();
        assertThat(count("SELECT COUNT(*) FROM (SELECT starter_id FROM mentor_pairing WHERE status IN " + live
                + " GROUP BY starter_id HAVING COUNT(*) > 1) x")).isZero();
        assertThat(count("SELECT COUNT(*) FROM mentor_profile p WHERE p.live_pairings > p.capacity"
                + " OR p.live_pairings <> (SELECT COUNT(*) FROM mentor_pairing m WHERE m.mentor_id = p.employee_id"
                + " AND m.status IN " + live + ")")).isZero();
        assertThat(count("SELECT COUNT(*) FROM mentor_pairing m WHERE NOT EXISTS"
                + " (SELECT 1 FROM mentor_profile p WHERE p.employee_id = m.mentor_id)")).isZero();
        assertThat(count("SELECT COUNT(*) FROM mentor_pairing m JOIN employee s ON s.id = m.starter_id"
                + " WHERE s.line_manager_id = m.mentor_id OR m.mentor_id = m.starter_id")).isZero();
        assertThat(count("SELECT COUNT(*) FROM mentor_profile p JOIN induction_placement s"
                + " ON s.employee_id = p.employee_id")).isZero();
        assertThat(strings("SELECT DISTINCT status FROM mentor_pairing ORDER BY status"))
                .containsExactly("ACTIVE", "ENDED", "HANDED_OVER", "PAUSED", "PROPOSED");
        assertThat(count("SELECT COUNT(*) FROM board b WHERE NOT EXISTS (SELECT 1 FROM induction_placement p"
                + " WHERE p.board_id = b.id AND NOT EXISTS (SELECT 1 FROM mentor_pairing m"
                + " WHERE m.placement_id = p.id))")).isZero();
        // A handover points at the same starter's new active pairing with another mentor.
        assertThat(count("SELECT COUNT(*) FROM mentor_pairing o LEFT JOIN mentor_pairing n ON n.id = o.handed_over_to"
                + " WHERE o.status = 'HANDED_OVER' AND (n.id IS NULL OR n.starter_id <> o.starter_id"
                + " OR n.mentor_id = o.mentor_id OR n.status <> 'ACTIVE' OR o.ended_at IS NULL)")).isZero();
        // The log lies between acceptance and today; only the demo starter still owes the fit answer.
        assertThat(count("SELECT COUNT(*) FROM guidance_entry g JOIN mentor_pairing m ON m.id = g.pairing_id"
                + " WHERE g.met_on > ? OR g.met_on < DATE(m.accepted_at)", TODAY)).isZero();
        assertThat(count("SELECT COUNT(*) FROM mentor_pairing WHERE fit_asked_at IS NOT NULL"
                + " AND starter_fit IS NULL")).isEqualTo(1);
        assertThat(count("SELECT COUNT(*) FROM mentor_pairing WHERE mentor_fit = FALSE")).isPositive();
        assertThat(count("SELECT COUNT(*) FROM guidance_entry WHERE shared_with_hr AND shared_at IS NOT NULL"))
                .isPositive();
        assertThat(count("SELECT COUNT(*) FROM induction_facility WHERE used = 0")).isGreaterThanOrEqualTo(8);
        assertThat(count("SELECT COUNT(*) FROM induction_milestone_done")).isPositive();
        assertThat(count("SELECT COUNT(*) FROM induction_board_setting WHERE mentors_outside")).isEqualTo(1);
    }

    @Test
    void pairsTheDemoStarterWithTheDemoMentor() throws SQLException {
        String starter = "(SELECT employee_id FROM user_account WHERE username = 'starter')";
        String mentor = "(SELECT employee_id FROM user_account WHERE username = 'mentor')";
        assertThat(strings("SELECT CONCAT_WS('|', status, starter_fit IS NULL, mentor_fit, fit_asked_at IS NOT NULL)"
                + " FROM mentor_pairing WHERE starter_id = " + starter + " AND mentor_id = " + mentor))
                .containsExactly("ACTIVE|1|1|1");
        assertThat(count("SELECT COUNT(*) FROM guidance_entry g JOIN mentor_pairing m ON m.id = g.pairing_id"
                + " WHERE m.starter_id = " + starter)).isEqualTo(3);
        assertThat(strings("SELECT CONCAT_WS('|', TIME(g.starts_at), TIME(g.ends_at), g.place) FROM guidance_meeting g"
                + " JOIN mentor_pairing m ON m.id = g.pairing_id WHERE m.starter_id = " + starter
                + " AND DATE(g.starts_at) = ?", TODAY.plusDays(5)))
                .containsExactly("15:00:00|16:00:00|OBS De Esch, kamer intern begeleider");
        assertThat(count("SELECT COUNT(*) FROM induction_placement WHERE employee_id = " + starter
                + " AND started_on BETWEEN ? AND ?", TODAY.minusMonths(5), TODAY.minusMonths(3))).isEqualTo(1);
        assertThat(strings("SELECT status FROM mentor_pairing WHERE mentor_id = " + mentor + " ORDER BY status"))
                .containsExactly("ACTIVE", "ACTIVE", "PROPOSED");
        assertThat(strings("SELECT CONCAT_WS('|', capacity, live_pairings) FROM mentor_profile"
                + " WHERE employee_id = " + mentor)).containsExactly("3|3");
        assertThat(count("SELECT COUNT(*) FROM employee WHERE id = " + starter + " AND line_manager_id = " + mentor))
                .isZero();
    }

    @Test
    void migratingAgainAddsNothing() throws SQLException {
        List<Long> before = tableCounts();
        assertThat(flyway(CLOCK).migrate().migrationsExecuted).isZero();
        assertThat(tableCounts()).isEqualTo(before);
        assertThat(strings("SELECT description FROM flyway_schema_history WHERE version = '1.1'"))
                .containsExactly("demo data");
    }

    @Test
    void writesTheSameDataOnEveryRunWithOnlyTheDatesMoving() throws SQLException {
        String content = fingerprint(false);
        String withDates = fingerprint(true);

        reload(Clock.offset(CLOCK, Duration.ofDays(137)));
        String contentLater = fingerprint(false);
        String withDatesLater = fingerprint(true);

        reload(CLOCK);
        assertThat(contentLater).isEqualTo(content);
        assertThat(withDatesLater).isNotEqualTo(withDates);
        assertThat(fingerprint(true)).isEqualTo(withDates);
    }

    private boolean linked(String username, String condition) throws SQLException {
        return count("SELECT COUNT(*) FROM user_account u JOIN employee e ON e.id = u.employee_id "
                + "LEFT JOIN school s ON s.id = e.school_id WHERE u.username = ? AND " + condition, username) == 1;
    }

    private List<Long> tableCounts() throws SQLException {
        List<Long> counts = new ArrayList<>();
        for (String table : List.of("region", "board", "school", "provider", "employee", "user_account",
                "user_account_role", "course", "course_audience", "course_sector", "course_theme", "edition",
                "meeting", "pathway", "pathway_audience", "pathway_step", "induction_programme",
                "induction_milestone", "induction_board_setting", "induction_placement", "induction_facility",
                "induction_milestone_done", "mentor_profile", "mentor_pairing", "guidance_entry",
                "guidance_meeting")) {
            counts.add(count("SELECT COUNT(*) FROM " + table));
        }
        return counts;
    }

    /** The content as text; without dates it must not depend on the clock at all. */
    private String fingerprint(boolean withDates) throws SQLException {
        String employees = String.join("\n", strings("SELECT CONCAT_WS('|', employee_number, first_name, "
                + "COALESCE(name_prefix, ''), last_name, email, job_function, preferred_locale, "
                + "COALESCE(school_id, 0), COALESCE(line_manager_id, 0), COALESCE(subjects, '')"
                + (withDates ? ", started_on" : "") + ") FROM employee ORDER BY id"));
        String editions = String.join("\n", strings("SELECT CONCAT_WS('|', c.code, e.capacity, e.online, "
                + "COALESCE(e.location_name, '')" + (withDates
                        ? ", e.start_date, e.end_date, e.enrolment_deadline, e.seats_taken, e.status, "
                                + "(SELECT GROUP_CONCAT(m.starts_at ORDER BY m.seq) FROM meeting m "
                                + "WHERE m.edition_id = e.id)"
                        : "")
                + ") FROM edition e JOIN course c ON c.id = e.course_id ORDER BY e.id"));
        String programmes = String.join("\n", strings("SELECT CONCAT_WS('|', p.kind, COALESCE(p.board_id, 0), "
                + "m.year_no, m.position, m.kind, m.title, m.required_count, m.helper, COALESCE(m.origin_id, 0)) "
                + "FROM induction_milestone m JOIN induction_programme p ON p.id = m.programme_id ORDER BY m.id"));
        String placements = String.join("\n", strings("SELECT CONCAT_WS('|', p.employee_id, p.board_id, "
                + "p.programme_id, COALESCE(p.school_contact_id, 0)" + (withDates ? ", p.started_on" : "")
                + ") FROM induction_placement p ORDER BY p.id"));
        String pairings = String.join("\n", strings("SELECT CONCAT_WS('|', placement_id, starter_id, mentor_id, "
                + "board_id, status, score, COALESCE(end_reason, ''), COALESCE(handed_over_to, 0), "
                + "COALESCE(starter_fit, '-'), COALESCE(mentor_fit, '-'), fit_asked_at IS NULL"
                + (withDates ? ", proposed_at, COALESCE(accepted_at, ''), COALESCE(ended_at, ''), "
                        + "COALESCE(fit_asked_at, '')" : "")
                + ") FROM mentor_pairing ORDER BY id"));
        String entries = String.join("\n", strings("SELECT CONCAT_WS('|', pairing_id, topics, "
                + "COALESCE(agreements, ''), COALESCE(next_step, ''), written_by, shared_with_hr"
                + (withDates ? ", met_on, created_at, COALESCE(shared_at, '')" : "")
                + ") FROM guidance_entry ORDER BY id"));
        String mentors = String.join("\n", strings("SELECT CONCAT_WS('|', employee_id, capacity, live_pairings) "
                + "FROM mentor_profile ORDER BY employee_id"));
        String facilities = String.join("\n", strings("SELECT CONCAT_WS('|', placement_id, kind"
                + (withDates ? ", year_no, granted, used" : "")
                + ") FROM induction_facility ORDER BY placement_id, year_no"));
        return employees + "\n" + editions + "\n" + programmes + "\n" + placements + "\n" + pairings + "\n"
                + entries + "\n" + mentors + "\n" + facilities;
    }

    private static long count(String sql, Object... args) throws SQLException {
        return Long.parseLong(strings(sql, args).getFirst());
    }

    private static List<String> strings(String sql, Object... args) throws SQLException {
        try (var statement = connection.prepareStatement(sql)) {
            for (int i = 0; i < args.length; i++) {
                statement.setObject(i + 1, args[i]);
            }
            List<String> values = new ArrayList<>();
            try (ResultSet result = statement.executeQuery()) {
                while (result.next()) {
                    values.add(result.getString(1));
                }
            }
            return values;
        }
    }

    private static Map<String, Long> counts(String sql) throws SQLException {
        Map<String, Long> counts = new TreeMap<>();
        try (var statement = connection.createStatement(); ResultSet result = statement.executeQuery(sql)) {
            while (result.next()) {
                counts.put(result.getString(1), result.getLong(2));
            }
        }
        return counts;
    }
}

package nl.onderwijsloket.portal.induction.data;

import java.sql.Date;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import nl.onderwijsloket.portal.common.LikePattern;
import nl.onderwijsloket.portal.induction.Facility;
import nl.onderwijsloket.portal.induction.FacilityKind;
import nl.onderwijsloket.portal.induction.Helper;
import nl.onderwijsloket.portal.induction.InductionSettings;
import nl.onderwijsloket.portal.induction.MilestoneKind;
import nl.onderwijsloket.portal.induction.PairingStatus;
import nl.onderwijsloket.portal.induction.ProgressRules;
import nl.onderwijsloket.portal.induction.StarterFilter;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Repository;

/**
 * Starters in their programmes: HR's overview a page at a time, and what progress and signals are computed
 * from (the programmes' milestones, what was done, the meetings per year), each for a whole page in one query.
 */
@Repository
public class PlacementSql {

    private static final String OVERVIEW = """
            FROM induction_placement p
            JOIN people_employee e ON e.id = p.employee_id
            JOIN induction_programme g ON g.id = p.programme_id
            LEFT JOIN people_school s ON s.id = e.school_id
            LEFT JOIN mentor_pairing mp ON mp.id = (SELECT MAX(x.id) FROM mentor_pairing x WHERE x.placement_id = p.id)
            LEFT JOIN induction_facility f ON f.placement_id = p.id
                 AND f.year_no = TIMESTAMPDIFF(YEAR, p.started_on, :today) + 1
            WHERE (:board IS NULL OR p.board_id = :board)
              AND (:placement IS NULL OR p.id = :placement)
              AND (:text = '' OR CONCAT_WS(' ', e.first_name, e.name_prefix, e.last_name) LIKE :text ESCAPE '!')
              AND (:pairing IS NULL
                   OR (:pairing = 'UNPAIRED' AND (mp.id IS NULL OR mp.status NOT IN ('PROPOSED', 'ACTIVE', 'PAUSED')))
                   OR mp.status = :pairing)
            """;

    private final JdbcClient jdbc;

    public PlacementSql(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** A row of the overview before progress and signals are added. */
    public record Row(long placementId, long employeeId, long boardId, String name, @Nullable String schoolName,
                      long programmeId, String programmeName, LocalDate startedOn, @Nullable Long pairingId,
                      @Nullable PairingStatus status, @Nullable String mentorName, @Nullable Instant acceptedAt,
                      @Nullable Instant endedAt, boolean poorFit, int meetings, @Nullable LocalDate lastMeeting,
                      @Nullable Integer facilityGranted, @Nullable Integer facilityUsed) {
    }

    public List<Row> overview(@Nullable Long boardId, StarterFilter filter, LocalDate today, int offset, int limit) {
        return overview(boardId, null, filter, today, offset, limit);
    }

    /** The overview row of one placement. */
    public Optional<Row> row(long placementId, LocalDate today) {
        return overview(null, placementId, StarterFilter.all(), today, 0, 1).stream().findFirst();
    }

    private List<Row> overview(@Nullable Long boardId, @Nullable Long placementId, StarterFilter filter,
                               LocalDate today, int offset, int limit) {
        return jdbc.sql("""
                        SELECT p.id AS placement_id, e.id AS employee_id, p.board_id, p.started_on, s.name AS school_name,
                               CONCAT_WS(' ', e.first_name, NULLIF(e.name_prefix, ''), e.last_name) AS name,
                               g.id AS programme_id, g.name AS programme_name,
                               mp.id AS pairing_id, mp.status, mp.accepted_at, mp.ended_at,
                               (mp.starter_fit <=> FALSE OR mp.mentor_fit <=> FALSE) AS poor_fit,
                               (SELECT CONCAT_WS(' ', m.first_name, NULLIF(m.name_prefix, ''), m.last_name)
                                FROM people_employee m WHERE m.id = mp.mentor_id) AS mentor_name,
                               (SELECT COUNT(*) FROM guidance_entry ge WHERE ge.pairing_id = mp.id) AS meetings,
                               (SELECT MAX(ge.met_on) FROM guidance_entry ge WHERE ge.pairing_id = mp.id) AS last_meeting,
                               f.granted, f.used
                        %s
                        ORDER BY e.last_name, e.first_name, p.id
                        LIMIT :limit OFFSET :offset
                        """.formatted(OVERVIEW))
                .param("board", boardId).param("placement", placementId).param("text", text(filter)).param("pairing", pairing(filter))
                .param("today", Date.valueOf(today)).param("limit", limit).param("offset", offset)
                .query((rs, n) -> new Row(rs.getLong("placement_id"), rs.getLong("employee_id"), rs.getLong("board_id"),
                        rs.getString("name"), rs.getString("school_name"), rs.getLong("programme_id"),
                        rs.getString("programme_name"), rs.getDate("started_on").toLocalDate(),
                        rs.getObject("pairing_id", Long.class), status(rs), rs.getString("mentor_name"),
                        instant(rs.getTimestamp("accepted_at")), instant(rs.getTimestamp("ended_at")),
                        rs.getBoolean("poor_fit"), rs.getInt("meetings"), date(rs, "last_meeting"),
                        rs.getObject("granted", Integer.class), rs.getObject("used", Integer.class)))
                .list();
    }

    public int count(@Nullable Long boardId, StarterFilter filter, LocalDate today) {
        return jdbc.sql("SELECT COUNT(*) %s".formatted(OVERVIEW))
                .param("board", boardId).param("placement", null).param("today", Date.valueOf(today)).param("text", text(filter)).param("pairing", pairing(filter))
                .query(Integer.class).single();
    }

    /** The milestones of the given programmes, per programme in year and position order. */
    public Map<Long, List<ProgressRules.Milestone>> milestones(List<Long> programmeIds) {
        Map<Long, List<ProgressRules.Milestone>> result = new HashMap<>();
        if (programmeIds.isEmpty()) {
            return result;
        }
        jdbc.sql("""
                        SELECT id, programme_id, year_no, position, kind, title, required_count, helper
                        FROM induction_milestone WHERE programme_id IN (:programmes) AND removed_in_revision IS NULL
                        ORDER BY programme_id, year_no, position, id
                        """)
                .param("programmes", programmeIds)
                .query(rs -> {
                    result.computeIfAbsent(rs.getLong("programme_id"), k -> new java.util.ArrayList<>())
                            .add(new ProgressRules.Milestone(rs.getLong("id"), rs.getInt("year_no"),
                                    rs.getInt("position"), MilestoneKind.valueOf(rs.getString("kind")),
                                    rs.getString("title"), Helper.valueOf(rs.getString("helper")),
                                    rs.getInt("required_count")));
                });
        return result;
    }

    /** Per placement, per milestone: the times it was recorded as done. */
    public Map<Long, Map<Long, Integer>> done(List<Long> placementIds) {
        Map<Long, Map<Long, Integer>> result = new HashMap<>();
        if (placementIds.isEmpty()) {
            return result;
        }
        jdbc.sql("""
                        SELECT placement_id, milestone_id, COUNT(*) AS times FROM induction_milestone_done
                        WHERE placement_id IN (:placements) GROUP BY placement_id, milestone_id
                        """)
                .param("placements", placementIds)
                .query(rs -> {
                    result.computeIfAbsent(rs.getLong("placement_id"), k -> new HashMap<>())
                            .put(rs.getLong("milestone_id"), rs.getInt("times"));
                });
        return result;
    }

    /**
     * Per placement, per milestone kind, per programme year, what counts towards milestones without being recorded:
     * the guidance meetings logged in any of its pairings, and the catalogue courses the starter completed.
     */
    public Map<Long, Map<MilestoneKind, Map<Integer, Integer>>> evidencePerYear(List<Long> placementIds) {
        Map<Long, Map<MilestoneKind, Map<Integer, Integer>>> result = new HashMap<>();
        if (placementIds.isEmpty()) {
            return result;
        }
        jdbc.sql("""
                        SELECT p.id AS placement_id, 'MENTOR_CONVERSATION' AS kind,
                               TIMESTAMPDIFF(YEAR, p.started_on, ge.met_on) + 1 AS year_no, COUNT(*) AS times
                        FROM induction_placement p
                        JOIN mentor_pairing mp ON mp.placement_id = p.id
                        JOIN guidance_entry ge ON ge.pairing_id = mp.id
                        WHERE p.id IN (:placements) AND ge.met_on >= p.started_on
                        GROUP BY p.id, year_no
                        UNION ALL
                        SELECT p.id, 'COURSE', TIMESTAMPDIFF(YEAR, p.started_on, c.completed_on) + 1 AS year_no,
                               COUNT(*)
                        FROM induction_placement p
                        JOIN enrolment_completion c ON c.employee_id = p.employee_id
                        WHERE p.id IN (:placements) AND c.completed_on >= p.started_on
                        GROUP BY p.id, year_no
                        """)
                .param("placements", placementIds)
                .query(rs -> {
                    result.computeIfAbsent(rs.getLong("placement_id"), k -> new EnumMap<>(MilestoneKind.class))
                            .computeIfAbsent(MilestoneKind.valueOf(rs.getString("kind")), k -> new HashMap<>())
                            .put(rs.getInt("year_no"), rs.getInt("times"));
                });
        return result;
    }

    /** A board's thresholds for the signals (the defaults when it set none, as in the migration). */
    public record Thresholds(int unpairedDays, int quietWeeks) {
        public static final Thresholds DEFAULT = new Thresholds(14, 6);
    }

    public Map<Long, Thresholds> thresholds() {
        Map<Long, Thresholds> result = new HashMap<>();
        jdbc.sql("SELECT board_id, unpaired_days, quiet_weeks FROM induction_board_setting")
                .query(rs -> {
                    result.put(rs.getLong("board_id"), new Thresholds(rs.getInt("unpaired_days"),
                            rs.getInt("quiet_weeks")));
                });
        return result;
    }

    /** The board's settings, or empty when it saved none. */
    public Optional<InductionSettings> settings(long boardId) {
        return jdbc.sql("""
                        SELECT mentors_outside, unpaired_days, quiet_weeks, version FROM induction_board_setting
                        WHERE board_id = :board""")
                .param("board", boardId)
                .query((rs, n) -> new InductionSettings(rs.getBoolean("mentors_outside"), rs.getInt("unpaired_days"),
                        rs.getInt("quiet_weeks"), rs.getLong("version")))
                .optional();
    }

    /**
     * Saves the board's settings over the version that was read (-1: none was saved yet).
     *
     * @return false when someone else saved meanwhile
     */
    public boolean saveSettings(long boardId, InductionSettings settings) {
        var sql = settings.version() < 0 ? """
                INSERT IGNORE INTO induction_board_setting (board_id, mentors_outside, unpaired_days, quiet_weeks)
                VALUES (:board, :outside, :days, :weeks)""" : """
                UPDATE induction_board_setting SET mentors_outside = :outside, unpaired_days = :days,
                    quiet_weeks = :weeks, version = version + 1
                WHERE board_id = :board AND version = :version""";
        return jdbc.sql(sql).param("board", boardId).param("outside", settings.mentorsOutside())
                .param("days", settings.unpairedDays()).param("weeks", settings.quietWeeks())
                .param("version", settings.version()).update() > 0;
    }

    /** A placement with what the services check: whose it is and in which programme. */
    public record Placement(long id, long employeeId, long boardId, long programmeId, String programmeName,
                            LocalDate startedOn, @Nullable Long schoolContactId, long version) {
    }

    public Optional<Placement> find(long id) {
        return placement("p.id = :key", id);
    }

    public Optional<Placement> ofEmployee(long employeeId) {
        return placement("p.employee_id = :key", employeeId);
    }

    private Optional<Placement> placement(String condition, long key) {
        return jdbc.sql("""
                        SELECT p.id, p.employee_id, p.board_id, p.programme_id, g.name, p.started_on,
                               p.school_contact_id, p.version
                        FROM induction_placement p JOIN induction_programme g ON g.id = p.programme_id
                        WHERE %s
                        """.formatted(condition))
                .param("key", key)
                .query((rs, n) -> new Placement(rs.getLong("id"), rs.getLong("employee_id"), rs.getLong("board_id"),
                        rs.getLong("programme_id"), rs.getString("name"), rs.getDate("started_on").toLocalDate(),
                        rs.getObject("school_contact_id", Long.class), rs.getLong("version")))
                .optional();
    }

    public long insert(long employeeId, long boardId, long programmeId, LocalDate startedOn, Instant now) {
        var keys = new GeneratedKeyHolder();
        jdbc.sql("""
                        INSERT INTO induction_placement (employee_id, board_id, programme_id, started_on, created_at)
                        VALUES (:employee, :board, :programme, :started, :now)
                        """)
                .param("employee", employeeId).param("board", boardId).param("programme", programmeId)
                .param("started", Date.valueOf(startedOn)).param("now", Timestamp.from(now))
                .update(keys, "id");
        return keys.getKeyAs(Number.class).longValue();
    }

    /** The board's programmes: id and name, for HR to place a starter in. */
    public Map<Long, String> boardProgrammes(long boardId) {
        Map<Long, String> result = new LinkedHashMap<>();
        jdbc.sql("SELECT id, name FROM induction_programme WHERE board_id = :board ORDER BY name")
                .param("board", boardId)
                .query(rs -> {
                    result.put(rs.getLong("id"), rs.getString("name"));
                });
        return result;
    }

    /** The board of a programme (null for a regional template). */
    public Optional<Long> boardOfProgramme(long programmeId) {
        return jdbc.sql("SELECT board_id FROM induction_programme WHERE id = :id")
                .param("id", programmeId).query((rs, n) -> rs.getObject("board_id", Long.class)).optional();
    }

    /** An employee as placing needs them. */
    public record Employee(long id, long boardId, String name, String function, @Nullable LocalDate startedOn) {
    }

    public Optional<Employee> employee(long id) {
        return jdbc.sql("""
                        SELECT id, board_id, job_function, started_on,
                               CONCAT_WS(' ', first_name, NULLIF(name_prefix, ''), last_name) AS name
                        FROM people_employee WHERE id = :id
                        """)
                .param("id", id)
                .query((rs, n) -> new Employee(rs.getLong("id"), rs.getLong("board_id"), rs.getString("name"),
                        rs.getString("job_function"), date(rs, "started_on")))
                .optional();
    }

    /**
     * The board's employees the import marks as starters (a starting teacher or side-entrant whose employment
     * started on or after {@code since}) who are not placed in a programme yet.
     */
    public List<Employee> unplacedStarters(long boardId, LocalDate since) {
        return jdbc.sql("""
                        SELECT e.id, e.board_id, e.job_function, e.started_on,
                               CONCAT_WS(' ', e.first_name, NULLIF(e.name_prefix, ''), e.last_name) AS name
                        FROM people_employee e
                        WHERE e.board_id = :board AND e.job_function IN ('STARTENDE_LERAAR', 'ZIJ_INSTROMER')
                          AND e.started_on >= :since
                          AND NOT EXISTS (SELECT 1 FROM induction_placement p WHERE p.employee_id = e.id)
                        ORDER BY e.started_on, e.last_name, e.id
                        """)
                .param("board", boardId).param("since", Date.valueOf(since))
                .query((rs, n) -> new Employee(rs.getLong("id"), rs.getLong("board_id"), rs.getString("name"),
                        rs.getString("job_function"), date(rs, "started_on")))
                .list();
    }

    /** The facilities of a placement, per year. */
    public List<Facility> facilities(long placementId) {
        return jdbc.sql("""
                        SELECT year_no, kind, granted, used, version FROM induction_facility
                        WHERE placement_id = :placement ORDER BY year_no
                        """)
                .param("placement", placementId)
                .query((rs, n) -> new Facility(rs.getInt("year_no"), FacilityKind.valueOf(rs.getString("kind")),
                        rs.getInt("granted"), rs.getInt("used"), rs.getLong("version")))
                .list();
    }

    /** Records a year's facility as granted and used; false when someone changed it since {@code version}. */
    public boolean saveFacility(long placementId, Facility f, Instant now) {
        if (f.version() < 0) {
            return jdbc.sql("""
                            INSERT IGNORE INTO induction_facility (placement_id, year_no, kind, granted, used, updated_at)
                            VALUES (:placement, :year, :kind, :granted, :used, :now)
                            """)
                    .param("placement", placementId).param("year", f.year()).param("kind", f.kind().name())
                    .param("granted", f.granted()).param("used", f.used()).param("now", Timestamp.from(now))
                    .update() == 1;
        }
        return jdbc.sql("""
                        UPDATE induction_facility SET kind = :kind, granted = :granted, used = :used,
                               updated_at = :now, version = version + 1
                        WHERE placement_id = :placement AND year_no = :year AND version = :version
                        """)
                .param("placement", placementId).param("year", f.year()).param("kind", f.kind().name())
                .param("granted", f.granted()).param("used", f.used()).param("now", Timestamp.from(now))
                .param("version", f.version())
                .update() == 1;
    }

    public void recordDone(long placementId, long milestoneId, LocalDate on, @Nullable String note, String by,
                           Instant now) {
        jdbc.sql("""
                        INSERT INTO induction_milestone_done (placement_id, milestone_id, done_on, note, recorded_by,
                                                              created_at)
                        VALUES (:placement, :milestone, :on, :note, :by, :now)
                        """)
                .param("placement", placementId).param("milestone", milestoneId).param("on", Date.valueOf(on))
                .param("note", note).param("by", by).param("now", Timestamp.from(now)).update();
    }

    /** How many years the programme runs. */
    public int programmeYears(long programmeId) {
        return jdbc.sql("SELECT years FROM induction_programme WHERE id = :id")
                .param("id", programmeId).query(Integer.class).single();
    }

    /** Every board of the region by name. */
    public Map<Long, String> boardNames() {
        Map<Long, String> result = new LinkedHashMap<>();
        jdbc.sql("SELECT id, name FROM people_board ORDER BY name, id").query(rs -> {
            result.put(rs.getLong("id"), rs.getString("name"));
        });
        return result;
    }

    /** The programme of a milestone, if it exists. */
    public Optional<Long> programmeOfMilestone(long milestoneId) {
        return jdbc.sql("SELECT programme_id FROM induction_milestone WHERE id = :id")
                .param("id", milestoneId).query(Long.class).optional();
    }

    /** Every placement of the region (or of one board), as the coverage counts need them. */
    public List<Row> all(@Nullable Long boardId, LocalDate today) {
        return overview(boardId, StarterFilter.all(), today, 0, Integer.MAX_VALUE);
    }

    private static String text(StarterFilter filter) {
        return filter.text().isEmpty() ? "" : LikePattern.containing(filter.text());
    }

    private static @Nullable String pairing(StarterFilter filter) {
        return filter.pairing() == null ? null : filter.pairing().name();
    }

    private static @Nullable PairingStatus status(ResultSet rs) throws SQLException {
        String status = rs.getString("status");
        return status == null ? null : PairingStatus.valueOf(status);
    }

    static @Nullable LocalDate date(ResultSet rs, String column) throws SQLException {
        Date date = rs.getDate(column);
        return date == null ? null : date.toLocalDate();
    }

    static @Nullable Instant instant(@Nullable Timestamp timestamp) {
        return timestamp == null ? null : timestamp.toInstant();
    }
}

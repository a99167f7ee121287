package nl.onderwijsloket.portal.bench;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.Statement;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import javax.sql.DataSource;
import nl.onderwijsloket.portal.induction.ProgressRules;
import nl.onderwijsloket.portal.induction.StarterFilter;
import nl.onderwijsloket.portal.induction.data.MentorCandidateSql;
import nl.onderwijsloket.portal.induction.data.PlacementSql;
import nl.onderwijsloket.portal.induction.matching.CohortAssignment;
import nl.onderwijsloket.portal.induction.matching.PairingScore;
import nl.onderwijsloket.portal.induction.matching.Suggestions;
import nl.onderwijsloket.portal.induction.matching.TownDistances;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Induction on MariaDB, each figure next to a floor measured in the same run on the same data:
 * <ul>
 *   <li>suggestions for one starter among 2,000 mentors of a region (the portal's queries plus the ranking),
 *       against reading those 2,000 mentors' rows by primary key in one query;</li>
 *   <li>pairing a cohort of 300 unpaired starters with 150 mentors of another region (queries plus the optimal
 *       assignment);</li>
 *   <li>HR's induction overview of a board with 500 starters, first page of 50 with progress and signals, against
 *       reading those 50 placements by primary key in one query.</li>
 * </ul>
 * Last line: {@code induction suggest_p95_ms=N cohort_ms=N overview_p95_ms=N floor_p95_ms=N}, the floor being
 * the suggestions' (the larger read); the overview's floor is printed on the line before.
 * Run: {@code scripts/bench induction}.
 */
public final class InductionBenchmark {

    private static final String SCHEMA = "portal_bench_induction";
    private static final String[] TOWNS = {"Enschede", "Hengelo", "Almelo", "Oldenzaal", "Borne", "Haaksbergen",
        "Losser", "Rijssen", "Goor", "Delden"};
    private static final String[] SECTORS = {"PO", "VO", "SO", "MBO"};
    private static final int RUNS = 60;

    private InductionBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        try (var db = BenchDatabase.open(SCHEMA)) {
            long start = System.nanoTime();
            db.recreate();
            db.migrate();
            var data = load(db.dataSource());
            System.out.printf(Locale.ROOT, "induction: schema migrated and data loaded in %.1f s%n", seconds(start));
            JdbcClient jdbc = db.jdbc();
            var candidates = new MentorCandidateSql(jdbc);
            var placements = new PlacementSql(jdbc);
            var score = new PairingScore(TownDistances.twente());
            LocalDate today = LocalDate.now();

            double[] suggest = new double[RUNS];
            double[] floor = new double[RUNS];
            double[] overview = new double[RUNS];
            double[] overviewFloor = new double[RUNS];
            for (int warm = 0; warm < 2; warm++) {
                for (int i = 0; i < RUNS; i++) {
                    long placement = data.regionPlacements.get(i % data.regionPlacements.size());
                    suggest[i] = millis(() -> {
                        var starter = candidates.starters(data.boardA, placement, false).getFirst();
                        var mentors = MentorCandidateSql.withEarlierMentees(candidates.mentorsFor(data.boardA),
                                candidates.earlierMentees(List.of(starter.starter().employeeId())));
                        new Suggestions(score).rank(starter.starter(),
                                mentors.stream().map(MentorCandidateSql.Mentor::candidate).toList(), 10);
                    });
                    floor[i] = millis(() -> jdbc.sql("""
                                    SELECT e.id, e.board_id, e.school_id, e.job_function, e.subjects, s.town, s.sector
                                    FROM employee e LEFT JOIN school s ON s.id = e.school_id WHERE e.id IN (:ids)""")
                            .param("ids", data.mentors).query().listOfRows());
                    overview[i] = millis(() -> {
                        var rows = placements.overview(data.boardA, StarterFilter.all(), today, 0, 50);
                        var ids = rows.stream().map(PlacementSql.Row::placementId).toList();
                        var milestones = placements.milestones(rows.stream().map(PlacementSql.Row::programmeId)
                                .distinct().toList());
                        var done = placements.done(ids);
                        var evidence = placements.evidencePerYear(ids);
                        placements.thresholds();
                        for (var row : rows) {
                            ProgressRules.overdueMilestones(ProgressRules.progress(row.startedOn(), today,
                                    milestones.get(row.programmeId()), done.getOrDefault(row.placementId(), Map.of()),
                                    evidence.getOrDefault(row.placementId(), Map.of())));
                        }
                    });
                    var firstPage = data.regionPlacements.subList(0, 50);
                    overviewFloor[i] = millis(() -> jdbc.sql("""
                                    SELECT id, employee_id, board_id, programme_id, started_on FROM induction_placement
                                    WHERE id IN (:ids)""")
                            .param("ids", firstPage).query().listOfRows());
                }
            }
            double[] cohort = new double[3];
            for (int i = 0; i < cohort.length; i++) {
                cohort[i] = millis(() -> {
                    var starters = candidates.starters(data.boardC, null, true);
                    var mentors = candidates.mentorsFor(data.boardC);
                    new CohortAssignment(score).solve(starters.stream().map(MentorCandidateSql.PlacedStarter::starter)
                            .toList(), mentors.stream().map(MentorCandidateSql.Mentor::candidate).toList());
                });
            }
            Arrays.sort(cohort);
            double s95 = percentile(suggest, 95);
            double f95 = percentile(floor, 95);
            double o95 = percentile(overview, 95);
            double of95 = percentile(overviewFloor, 95);
            System.out.printf(Locale.ROOT, "induction: suggestions among %d mentors p50=%.1f p95=%.1f ms; floor p95=%.1f ms;"
                    + " ratio %.1f (target at most 5)%n", data.mentors.size(), percentile(suggest, 50), s95, f95, s95 / f95);
            System.out.printf(Locale.ROOT, "induction: cohort of %d starters with %d mentors, median of 3: %.0f ms"
                    + " (target under 2,000 ms)%n", data.cohortStarters, data.cohortMentors, cohort[1]);
            System.out.printf(Locale.ROOT, "induction: overview of %d starters, first page of 50, p50=%.1f p95=%.1f ms;"
                    + " floor (50 placements by key) p95=%.2f ms; ratio %.1f%n", data.regionPlacements.size(),
                    percentile(overview, 50), o95, of95, o95 / of95);
            System.out.printf(Locale.ROOT, "induction suggest_p95_ms=%.1f cohort_ms=%.0f overview_p95_ms=%.1f floor_p95_ms=%.1f%n",
                    s95, cohort[1], o95, f95);
        }
    }

    private record Data(long boardA, long boardC, List<Long> mentors, List<Long> regionPlacements, int cohortStarters,
                        int cohortMentors) {
    }

    /** Region 1: ten boards, 2,000 mentors, 500 starters of board A (half of them paired, with logs). Region 2: 300 x 150. */
    private static Data load(DataSource dataSource) throws Exception {
        var random = new Random(42);
        Timestamp now = Timestamp.from(Instant.now());
        try (Connection c = dataSource.getConnection()) {
            c.setAutoCommit(false);
            long region1 = insert(c, "INSERT INTO region (code, name) VALUES ('bench-1', 'Twente')");
            long region2 = insert(c, "INSERT INTO region (code, name) VALUES ('bench-2', 'Tweede regio')");
            List<Long> boards = new ArrayList<>();
            List<Long> schools = new ArrayList<>();
            for (int b = 0; b < 11; b++) {
                long board = insert(c, "INSERT INTO board (region_id, code, name) VALUES (" + (b < 10 ? region1 : region2)
                        + ", 'bench-" + b + "', 'Bestuur " + b + "')");
                boards.add(board);
                exec(c, "INSERT INTO induction_board_setting (board_id, mentors_outside) VALUES (" + board + ", TRUE)");
                for (int s = 0; s < 8; s++) {
                    schools.add(insert(c, "INSERT INTO school (board_id, brin, name, sector, town) VALUES (" + board
                            + ", 'B" + String.format(Locale.ROOT, "%02d%02d", b, s) + "X', 'School " + b + "-" + s + "', '"
                            + SECTORS[random.nextInt(SECTORS.length)] + "', '" + TOWNS[random.nextInt(TOWNS.length)] + "')"));
                }
            }
            long template = insert(c, "INSERT INTO induction_programme (kind, name, years, created_at, updated_at)"
                    + " VALUES ('STARTING_TEACHER', 'Startende leraar', 3, NOW(), NOW())");
            long programmeA = copy(c, boards.getFirst(), template);
            long programmeC = copy(c, boards.getLast(), template);
            var employees = new EmployeeWriter(c, now);
            List<Long> mentors = new ArrayList<>();
            for (int i = 0; i < 2000; i++) {
                int board = i % 10;
                long id = employees.add(boards.get(board), schools.get(board * 8 + random.nextInt(8)), "MENTOR",
                        random.nextInt(3) == 0 ? "Nederlands" : "Wiskunde,Biologie");
                mentors.add(id);
                exec(c, "INSERT INTO mentor_profile (employee_id, capacity) VALUES (" + id + ", 3)");
            }
            List<Long> placements = new ArrayList<>();
            for (int i = 0; i < 500; i++) {
                long starter = employees.add(boards.getFirst(), schools.get(random.nextInt(8)), "STARTENDE_LERAAR",
                        "Wiskunde");
                long placement = insert(c, "INSERT INTO induction_placement (employee_id, board_id, programme_id,"
                        + " started_on, created_at) VALUES (" + starter + ", " + boards.getFirst() + ", " + programmeA
                        + ", CURDATE() - INTERVAL " + random.nextInt(900) + " DAY, NOW())");
                placements.add(placement);
                if (i % 2 == 0) {
                    long mentor = mentors.get(random.nextInt(200) * 10);
                    long pairing = insert(c, "INSERT INTO mentor_pairing (placement_id, starter_id, mentor_id, board_id,"
                            + " status, proposed_at, proposed_by, accepted_at, updated_at) VALUES (" + placement + ", "
                            + starter + ", " + mentor + ", " + boards.getFirst() + ", 'ACTIVE', NOW(), 'bench', NOW(), NOW())");
                    for (int e = 0; e < 4; e++) {
                        exec(c, "INSERT INTO guidance_entry (pairing_id, met_on, topics, written_by, created_at) VALUES ("
                                + pairing + ", CURDATE() - INTERVAL " + random.nextInt(200) + " DAY, 'Gesprek', "
                                + mentor + ", NOW())");
                    }
                }
            }
            for (int i = 0; i < 150; i++) {
                long id = employees.add(boards.getLast(), schools.get(80 + random.nextInt(8)), "MENTOR", "Nederlands");
                exec(c, "INSERT INTO mentor_profile (employee_id, capacity) VALUES (" + id + ", 2)");
            }
            for (int i = 0; i < 300; i++) {
                long starter = employees.add(boards.getLast(), schools.get(80 + random.nextInt(8)), "STARTENDE_LERAAR",
                        "Nederlands");
                exec(c, "INSERT INTO induction_placement (employee_id, board_id, programme_id, started_on, created_at)"
                        + " VALUES (" + starter + ", " + boards.getLast() + ", " + programmeC + ", CURDATE(), NOW())");
            }
            c.commit();
            for (String table : List.of("employee", "induction_placement", "mentor_pairing", "guidance_entry",
                    "mentor_profile")) {
                exec(c, "ANALYZE TABLE " + table);
            }
            return new Data(boards.getFirst(), boards.getLast(), mentors, placements, 300, 150);
        }
    }

    private static long copy(Connection c, long board, long template) throws Exception {
        long copy = insert(c, "INSERT INTO induction_programme (board_id, kind, name, years, template_id,"
                + " template_revision, created_at, updated_at) VALUES (" + board + ", 'STARTING_TEACHER',"
                + " 'Startende leraar', 3, " + template + ", 1, NOW(), NOW())");
        String[][] milestones = {{"MENTOR_CONVERSATION", "6"}, {"CLASSROOM_OBSERVATION", "3"}, {"INTERVISION", "5"},
            {"REFLECTION", "1"}};
        for (int year = 1; year <= 3; year++) {
            for (int m = 0; m < milestones.length; m++) {
                exec(c, "INSERT INTO induction_milestone (programme_id, year_no, position, kind, title, required_count,"
                        + " helper, updated_at) VALUES (" + copy + ", " + year + ", " + m + ", '" + milestones[m][0]
                        + "', 'Onderdeel " + m + "', " + milestones[m][1] + ", 'MENTOR', NOW())");
            }
        }
        return copy;
    }

    /** Writes employees with unique numbers and addresses. */
    private static final class EmployeeWriter {
        private final PreparedStatement insert;
        private int next;

        EmployeeWriter(Connection c, Timestamp now) throws Exception {
            insert = c.prepareStatement("INSERT INTO employee (board_id, school_id, employee_number, first_name, last_name,"
                    + " email, job_function, subjects, created_at, updated_at) VALUES (?, ?, ?, 'Bench', ?, ?, ?, ?, ?, ?)",
                    Statement.RETURN_GENERATED_KEYS);
            insert.setTimestamp(8, now);
            insert.setTimestamp(9, now);
        }

        long add(long board, long school, String function, String subjects) throws Exception {
            int n = next++;
            insert.setLong(1, board);
            insert.setLong(2, school);
            insert.setString(3, "B" + n);
            insert.setString(4, "Persoon " + n);
            insert.setString(5, "bench" + n + "@bench.test");
            insert.setString(6, function);
            insert.setString(7, subjects);
            insert.executeUpdate();
            try (var keys = insert.getGeneratedKeys()) {
                keys.next();
                return keys.getLong(1);
            }
        }
    }

    private static long insert(Connection c, String sql) throws Exception {
        try (var statement = c.createStatement()) {
            statement.executeUpdate(sql, Statement.RETURN_GENERATED_KEYS);
            try (var keys = statement.getGeneratedKeys()) {
                keys.next();
                return keys.getLong(1);
            }
        }
    }

    private static void exec(Connection c, String sql) throws Exception {
        try (var statement = c.createStatement()) {
            statement.execute(sql);
        }
    }

    private static double millis(Runnable work) {
        long start = System.nanoTime();
        work.run();
        return (System.nanoTime() - start) / 1e6;
    }

    private static double percentile(double[] values, double p) {
        double[] sorted = values.clone();
        Arrays.sort(sorted);
        return sorted[Math.min(sorted.length - 1, (int) Math.ceil(p / 100 * sorted.length) - 1)];
    }

    private static double seconds(long startNanos) {
        return (System.nanoTime() - startNanos) / 1e9;
    }
}

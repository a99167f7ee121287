package nl.onderwijsloket.portal.bench;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import java.util.Set;
import java.util.TreeSet;
import nl.onderwijsloket.portal.induction.matching.CohortAssignment;
import nl.onderwijsloket.portal.induction.matching.MentorCandidate;
import nl.onderwijsloket.portal.induction.matching.PairingRules;
import nl.onderwijsloket.portal.induction.matching.PairingScore;
import nl.onderwijsloket.portal.induction.matching.Starter;
import nl.onderwijsloket.portal.induction.matching.Suggestion;
import nl.onderwijsloket.portal.induction.matching.Suggestions;
import nl.onderwijsloket.portal.induction.matching.TownDistances;
import nl.onderwijsloket.portal.people.JobFunction;
import nl.onderwijsloket.portal.people.Sector;

/**
 * The pure matching core of induction, in memory (no database): {@code Suggestions.rank} for one starter among
 * 2,000 mentors (the best 10), over 200 different starters, and {@code CohortAssignment.solve} for 300 starters
 * and 150 mentors with 1-3 free places each. Each figure is printed next to its floor, measured in the same run
 * on the same data: the least work any correct answer needs, which is checking every candidate against the hard
 * rules once and scoring every allowed one once (2,000 candidates for a suggestion; 300 x 150 = 45,000 pairs for
 * a cohort). Floor and figure alternate which goes first, so neither always finds the caches warm.
 *
 * <p>The last line printed is {@code induction-matching suggest_p95_ms=N cohort_ms=N floor_ms=N
 * cohort_floor_ms=N}: the p95 of the suggestions and of their floor over 200 runs, and the median of 7 cohort
 * runs and of their floor, in milliseconds.
 */
public final class InductionMatchingBenchmark {

    static final int MENTORS = 2_000;
    static final int SUGGESTION_RUNS = 200;
    static final int LIMIT = 10;
    static final int COHORT_STARTERS = 300;
    static final int COHORT_MENTORS = 150;
    static final int COHORT_RUNS = 7;
    private static final long SEED = 20261124L;

    private static final String[] TOWNS = {"Enschede", "Hengelo", "Almelo", "Oldenzaal", "Borne", "Rijssen",
            "Delden", "Haaksbergen", "Losser", "Goor", "Nijverdal", "Wierden", "Vriezenveen", "Tubbergen"};
    private static final String[] SUBJECTS = {"nederlands", "engels", "duits", "frans", "wiskunde", "natuurkunde",
            "scheikunde", "biologie", "geschiedenis", "aardrijkskunde", "economie", "lichamelijke opvoeding"};
    private static final int BOARDS = 4;
    private static final int SCHOOLS_PER_BOARD = 6;

    /** Keeps the JIT from dropping work whose result is otherwise unused. */
    private static long sink;

    private InductionMatchingBenchmark() {
    }

    public static void main(String[] args) {
        var score = new PairingScore(TownDistances.twente());
        var suggestions = new Suggestions(score);
        var cohort = new CohortAssignment(score);
        var random = new Random(SEED);
        List<MentorCandidate> mentors = mentors(random, MENTORS, 101_000, true);
        List<Starter> starters = starters(random, SUGGESTION_RUNS, 1, mentors);

        System.out.println("induction-matching: " + Runtime.version() + ", load average " + loadAverage());

        // Warm-up: let the JIT compile the scoring, the ranking and the solver.
        long warmStart = System.nanoTime();
        for (int i = 0; i < 3_000; i++) {
            Starter starter = starters.get(i % starters.size());
            sink += floor(score, starter, mentors);
            sink += suggestions.rank(starter, mentors, LIMIT).size();
        }
        System.out.printf(Locale.ROOT, "induction-matching: warm-up of the suggestions, %.1f s%n", seconds(warmStart));

        double[] suggestMillis = new double[SUGGESTION_RUNS];
        double[] floorMillis = new double[SUGGESTION_RUNS];
        int suggested = 0;
        long allocated = 0;
        for (int run = 0; run < SUGGESTION_RUNS; run++) {
            Starter starter = starters.get(run);
            if (run % 2 == 0) {
                floorMillis[run] = millis(() -> sink += floor(score, starter, mentors));
            }
            long bytes = allocatedBytes();
            long start = System.nanoTime();
            List<Suggestion> ranked = suggestions.rank(starter, mentors, LIMIT);
            suggestMillis[run] = (System.nanoTime() - start) / 1e6;
            allocated += allocatedBytes() - bytes;
            if (run % 2 == 1) {
                floorMillis[run] = millis(() -> sink += floor(score, starter, mentors));
            }
            suggested += ranked.size();
        }
        System.out.printf(Locale.ROOT, "induction-matching: suggestions among %d mentors, best %d (%.1f on average):"
                        + " p50=%.3f p95=%.3f max=%.3f ms; floor (%d candidates) p50=%.3f p95=%.3f ms; p95 ratio %.1f%n",
                MENTORS, LIMIT, (double) suggested / SUGGESTION_RUNS, percentile(suggestMillis, 50),
                percentile(suggestMillis, 95), max(suggestMillis), MENTORS, percentile(floorMillis, 50),
                percentile(floorMillis, 95), percentile(suggestMillis, 95) / percentile(floorMillis, 95));
        long floorBytes = allocatedBytes();
        for (Starter starter : starters) {
            sink += floor(score, starter, mentors);
        }
        floorBytes = allocatedBytes() - floorBytes;
        if (allocated >= 0) {
            System.out.printf(Locale.ROOT, "induction-matching: allocated per suggestion call %.1f KB (for the %d"
                            + " explanations), per floor %.1f KB%n", allocated / 1024.0 / SUGGESTION_RUNS, LIMIT,
                    floorBytes / 1024.0 / starters.size());
        }

        List<MentorCandidate> cohortMentors = mentors(random, COHORT_MENTORS, 201_000, false);
        List<Starter> cohortStarters = starters(random, COHORT_STARTERS, 200_001, cohortMentors);
        int places = cohortMentors.stream().mapToInt(MentorCandidate::freePlaces).sum();
        warmStart = System.nanoTime();
        for (int i = 0; i < 5; i++) {
            sink += cohort.solve(cohortStarters, cohortMentors).totalScore();
            sink += floor(score, cohortStarters, cohortMentors);
        }
        System.out.printf(Locale.ROOT, "induction-matching: warm-up of the cohort, %.1f s%n", seconds(warmStart));
        double[] cohortMillis = new double[COHORT_RUNS];
        double[] cohortFloorMillis = new double[COHORT_RUNS];
        CohortAssignment.Proposal proposal = null;
        for (int run = 0; run < COHORT_RUNS; run++) {
            if (run % 2 == 0) {
                cohortFloorMillis[run] = millis(() -> sink += floor(score, cohortStarters, cohortMentors));
            }
            long start = System.nanoTime();
            proposal = cohort.solve(cohortStarters, cohortMentors);
            cohortMillis[run] = (System.nanoTime() - start) / 1e6;
            if (run % 2 == 1) {
                cohortFloorMillis[run] = millis(() -> sink += floor(score, cohortStarters, cohortMentors));
            }
        }
        System.out.printf(Locale.ROOT, "induction-matching: cohort of %d starters, %d mentors with %d places: %d paired,"
                        + " %d not, total score %d; p50=%.1f max=%.1f ms; floor (%d pairs) p50=%.2f ms%n",
                COHORT_STARTERS, COHORT_MENTORS, places, proposal.pairs().size(), proposal.unassigned().size(),
                proposal.totalScore(), percentile(cohortMillis, 50), max(cohortMillis),
                COHORT_STARTERS * COHORT_MENTORS, percentile(cohortFloorMillis, 50));
        System.out.println("induction-matching: load average " + loadAverage() + "; checksum " + sink);

        System.out.printf(Locale.ROOT,
                "induction-matching suggest_p95_ms=%.3f cohort_ms=%.1f floor_ms=%.3f cohort_floor_ms=%.2f%n",
                percentile(suggestMillis, 95), percentile(cohortMillis, 50), percentile(floorMillis, 95),
                percentile(cohortFloorMillis, 50));
        System.out.flush();
    }

    /** Every candidate checked against the rules and, where allowed, scored, once: what any ranking must do. */
    private static long floor(PairingScore score, Starter starter, List<MentorCandidate> mentors) {
        long total = 0;
        for (MentorCandidate mentor : mentors) {
            if (PairingRules.exclusion(starter, mentor) == null) {
                total += score.score(starter, mentor);
            }
        }
        return total;
    }

    /** Every pair checked and, where allowed, scored, once: what any optimal assignment must at least do. */
    private static long floor(PairingScore score, List<Starter> starters, List<MentorCandidate> mentors) {
        long total = 0;
        for (Starter starter : starters) {
            total += floor(score, starter, mentors);
        }
        return total;
    }

    /**
     * Mentors over four boards of six schools each, two of which let their mentors help outside; mostly teachers
     * (with subjects in secondary and vocational education), some school leaders and assistants. With
     * {@code loaded}, some already have starters and a tenth are full; otherwise every place is free.
     */
    static List<MentorCandidate> mentors(Random random, int count, long firstId, boolean loaded) {
        var mentors = new ArrayList<MentorCandidate>(count);
        for (int j = 0; j < count; j++) {
            int board = random.nextInt(BOARDS);
            int school = random.nextInt(SCHOOLS_PER_BOARD);
            Sector sector = sector(board, school);
            int r = random.nextInt(100);
            JobFunction function = r < 50 ? JobFunction.LERAAR : r < 75 ? JobFunction.MENTOR
                    : r < 85 ? JobFunction.INTERN_BEGELEIDER : r < 95 ? JobFunction.SCHOOLLEIDER
                    : JobFunction.ONDERWIJSASSISTENT;
            int capacity = 1 + random.nextInt(3);
            int active = !loaded ? 0 : random.nextInt(10) == 0 ? capacity : random.nextInt(capacity);
            Set<Long> earlier = random.nextInt(10) == 0 ? Set.of(1L + random.nextInt(SUGGESTION_RUNS)) : Set.of();
            mentors.add(new MentorCandidate(firstId + j, 1 + board, schoolId(board, school),
                    TOWNS[(board * SCHOOLS_PER_BOARD + school) % TOWNS.length], sector, function,
                    subjects(random, sector), active, capacity, random.nextInt(5) < 2, earlier, board % 2 == 0));
        }
        return mentors;
    }

    /** Starting teachers, side-entrants and a few school leaders and assistants; a fifth with a manager known. */
    static List<Starter> starters(Random random, int count, long firstId, List<MentorCandidate> mentors) {
        var starters = new ArrayList<Starter>(count);
        for (int i = 0; i < count; i++) {
            int board = random.nextInt(BOARDS);
            int school = random.nextInt(SCHOOLS_PER_BOARD);
            Sector sector = sector(board, school);
            int r = random.nextInt(100);
            JobFunction function = r < 70 ? JobFunction.STARTENDE_LERAAR : r < 85 ? JobFunction.ZIJ_INSTROMER
                    : r < 93 ? JobFunction.ONDERWIJSASSISTENT : JobFunction.SCHOOLLEIDER;
            Long manager = random.nextInt(5) == 0 ? mentors.get(random.nextInt(mentors.size())).employeeId() : null;
            starters.add(new Starter(firstId + i, 1 + board, schoolId(board, school),
                    TOWNS[(board * SCHOOLS_PER_BOARD + school) % TOWNS.length], sector, function,
                    subjects(random, sector), manager));
        }
        return starters;
    }

    private static long schoolId(int board, int school) {
        return 1_000L + board * SCHOOLS_PER_BOARD + school;
    }

    /** Board 1 is primary, 2 secondary, 3 vocational, 4 special education with one primary school. */
    private static Sector sector(int board, int school) {
        return switch (board) {
            case 0 -> Sector.PO;
            case 1 -> Sector.VO;
            case 2 -> Sector.MBO;
            default -> school == 0 ? Sector.PO : Sector.SO;
        };
    }

    private static Set<String> subjects(Random random, Sector sector) {
        if (sector != Sector.VO && sector != Sector.MBO) {
            return Set.of();
        }
        var subjects = new TreeSet<String>();
        int count = 1 + random.nextInt(2);
        while (subjects.size() < count) {
            subjects.add(SUBJECTS[random.nextInt(SUBJECTS.length)]);
        }
        return subjects;
    }

    /** Nearest-rank percentile. */
    static double percentile(double[] values, double p) {
        double[] sorted = values.clone();
        Arrays.sort(sorted);
        int rank = (int) Math.ceil(p / 100.0 * sorted.length);
        return sorted[Math.max(0, Math.min(sorted.length - 1, rank - 1))];
    }

    private static double millis(Runnable work) {
        long start = System.nanoTime();
        work.run();
        return (System.nanoTime() - start) / 1e6;
    }

    /** Bytes this thread allocated so far, or -1 where the JVM does not tell. */
    private static long allocatedBytes() {
        if (ManagementFactory.getThreadMXBean() instanceof com.sun.management.ThreadMXBean threads) {
            return threads.getCurrentThreadAllocatedBytes();
        }
        return -1;
    }

    private static double max(double[] values) {
        return Arrays.stream(values).max().orElse(0);
    }

    private static double seconds(long startNanos) {
        return (System.nanoTime() - startNanos) / 1e9;
    }

    /** The machine's 1, 5 and 15 minute load averages, as context for the figures (Linux only). */
    private static String loadAverage() {
        try {
            String[] parts = Files.readString(Path.of("/proc/loadavg")).split(" ");
            return parts[0] + " " + parts[1] + " " + parts[2] + " (" + Runtime.getRuntime().availableProcessors()
                    + " cores)";
        } catch (IOException | RuntimeException e) {
            return "unknown";
        }
    }
}

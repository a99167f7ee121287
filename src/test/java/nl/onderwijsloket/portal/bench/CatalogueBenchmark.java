package nl.onderwijsloket.portal.bench;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Date;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.TreeSet;
import nl.onderwijsloket.portal.catalogue.CatalogueFilter;
import nl.onderwijsloket.portal.catalogue.CatalogueSort;
import nl.onderwijsloket.portal.catalogue.CourseFormat;
import nl.onderwijsloket.portal.catalogue.CourseLevel;
import nl.onderwijsloket.portal.catalogue.Theme;
import nl.onderwijsloket.portal.catalogue.data.CatalogueSearchSql;
import nl.onderwijsloket.portal.catalogue.data.CourseReadSql;
import nl.onderwijsloket.portal.people.JobFunction;
import nl.onderwijsloket.portal.people.Sector;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * {@code scripts/bench catalogue}: loads a synthetic catalogue of 50,000 courses and 150,000 editions
 * into the schema {@code portal_bench} and times a fixed, seeded mix of 200 catalogue searches, each as
 * the catalogue view issues it: {@code first(filter, today, 50)} (first page and count) for a new search,
 * and {@code count(filter, today)} plus {@code page(filter, today, offset, 50)} for a later page.
 * The last line printed is {@code catalogue p50_ms=N p95_ms=N courses=N queries=N}.
 *
 * <p>A loaded schema is reused when its generator version, row counts and migrations still match;
 * {@code --reload} loads it again. "Today" is the day the data was loaded, stored with it, so that
 * every run over the same data issues the same queries with the same results.
 */
public final class CatalogueBenchmark {

    static final String SCHEMA = "portal_bench";
    static final int COURSES = 50_000;
    static final int EDITIONS = 150_000;
    static final int PROVIDERS = 30;
    static final int QUERIES = 200;
    static final int PAGE_SIZE = 50;
    private static final long DATA_SEED = 20261123L;
    private static final long MIX_SEED = 42L;

    private CatalogueBenchmark() {
    }

    public static void main(String[] args) {
        int status;
        try {
            status = run(args);
        } catch (Exception | Error e) {
            e.printStackTrace();
            status = 1;
        }
        // The embedded server's process threads would keep the JVM alive; its shutdown hook stops it.
        System.exit(status);
    }

    private static int run(String[] args) throws Exception {
        quietLogging(Level.WARN);
        boolean reload = Arrays.asList(args).contains("--reload");
        boolean verbose = Arrays.asList(args).contains("--verbose");
        for (String arg : args) {
            if (!arg.equals("--reload") && !arg.equals("--verbose")) {
                System.err.println("usage: scripts/bench catalogue [--reload] [--verbose]");
                return 2;
            }
        }
        String figure;
        try (var db = BenchDatabase.open(SCHEMA)) {
            LocalDate today = prepare(db, reload);
            JdbcClient jdbc = db.jdbc();
            System.out.println("catalogue: database " + db.url() + " (" + (db.embedded() ? "embedded " : "")
                    + "MariaDB " + jdbc.sql("SELECT VERSION()").query(String.class).single() + ")");
            int courses = jdbc.sql("SELECT COUNT(*) FROM course").query(Integer.class).single();

            System.out.println("catalogue: load average " + loadAverage());
            var query = new CatalogueSearchSql(jdbc);
            List<Search> mix = mix(today);
            long warmStart = System.nanoTime();
            for (Search search : mix) {
                search.run(query, today);
            }
            System.out.printf(Locale.ROOT, "catalogue: warm-up, %d searches, %.1f s%n", mix.size(),
                    seconds(warmStart));

            ServerCpu cpu = ServerCpu.find(jdbc);
            double[] millis = new double[mix.size()];
            double[] cpuMillis = new double[mix.size()];
            var byShape = new LinkedHashMap<String, List<Double>>();
            for (int i = 0; i < mix.size(); i++) {
                Search search = mix.get(i);
                long cpuStart = cpu == null ? 0 : cpu.nanos();
                long start = System.nanoTime();
                Outcome outcome = search.run(query, today);
                millis[i] = (System.nanoTime() - start) / 1e6;
                cpuMillis[i] = cpu == null ? 0 : (cpu.nanos() - cpuStart) / 1e6;
                byShape.computeIfAbsent(search.shape(), s -> new ArrayList<>()).add(millis[i]);
                if (verbose) {
                    System.out.printf(Locale.ROOT, "  %7.1f ms (count %5.1f)  %6d hits  %s%n", millis[i],
                            outcome.countMillis(), outcome.total(), search);
                }
            }
            System.out.println("catalogue: load average " + loadAverage());
            System.out.println("catalogue: per shape (n, p50, max ms):");
            byShape.forEach((shape, times) -> {
                double[] t = times.stream().mapToDouble(Double::doubleValue).toArray();
                System.out.printf(Locale.ROOT, "  %-22s n=%3d p50=%6.1f max=%6.1f%n", shape, t.length,
                        percentile(t, 50), Arrays.stream(t).max().orElse(0));
            });
            if (cpu != null) {
                System.out.printf(Locale.ROOT, "catalogue: server CPU per search p50=%.1f p95=%.1f ms"
                        + " (less sensitive than wall time to other load on the machine)%n",
                        percentile(cpuMillis, 50), percentile(cpuMillis, 95));
            }
            figure = String.format(Locale.ROOT, "catalogue p50_ms=%d p95_ms=%d courses=%d queries=%d",
                    Math.round(percentile(millis, 50)), Math.round(percentile(millis, 95)), courses, mix.size());
        }
        // Nothing may follow the figure line, not even the embedded server's shutdown messages.
        quietLogging(Level.OFF);
        System.out.println(figure);
        System.out.flush();
        return 0;
    }

    /** Loads the data unless the schema already holds this generator's data; returns its "today". */
    private static LocalDate prepare(BenchDatabase db, boolean reload) throws Exception {
        if (!reload) {
            LocalDate loadedOn = loadedOn(db);
            if (loadedOn != null) {
                System.out.println("catalogue: reusing the data loaded on " + loadedOn + " (--reload to load again)");
                return loadedOn;
            }
        }
        LocalDate today = LocalDate.now();
        long start = System.nanoTime();
        db.recreate();
        db.migrate();
        System.out.printf(Locale.ROOT, "catalogue: schema %s created and migrated in %.1f s%n", SCHEMA,
                seconds(start));
        start = System.nanoTime();
        new SyntheticCatalogue(DATA_SEED, today, COURSES, EDITIONS, PROVIDERS).load(db.dataSource());
        System.out.printf(Locale.ROOT, "catalogue: loaded %d courses, %d editions in %.1f s%n", COURSES, EDITIONS,
                seconds(start));
        start = System.nanoTime();
        JdbcClient jdbc = db.jdbc();
        for (String table : List.of("provider", "course", "course_audience", "course_sector", "course_theme",
                "edition")) {
            jdbc.sql("ANALYZE TABLE " + table).query().listOfRows();
        }
        new CourseReadSql(jdbc).refreshNextStart(null, today);
        jdbc.sql("CREATE TABLE bench_info (generator INT NOT NULL, loaded_on DATE NOT NULL)").update();
        jdbc.sql("INSERT INTO bench_info VALUES (:g, :d)")
                .param("g", SyntheticCatalogue.GENERATOR_VERSION).param("d", Date.valueOf(today)).update();
        System.out.printf(Locale.ROOT, "catalogue: ANALYZE TABLE and next_start_date refresh in %.1f s%n",
                seconds(start));
        return today;
    }

    /** The day the stored data was loaded, or null when it must be loaded (again). */
    private static LocalDate loadedOn(BenchDatabase db) {
        if (!db.schemaExists() || !db.migrationsCurrent()) {
            return null;
        }
        JdbcClient jdbc = db.jdbc();
        boolean complete = jdbc.sql("SELECT COUNT(*) FROM information_schema.tables"
                        + " WHERE table_schema = DATABASE() AND table_name = 'bench_info'")
                .query(Integer.class).single() > 0;
        if (!complete) {
            return null;
        }
        var info = jdbc.sql("SELECT generator, loaded_on FROM bench_info")
                .query((rs, n) -> Map.entry(rs.getInt(1), rs.getObject(2, LocalDate.class))).optional();
        int courses = jdbc.sql("SELECT COUNT(*) FROM course").query(Integer.class).single();
        int editions = jdbc.sql("SELECT COUNT(*) FROM edition").query(Integer.class).single();
        if (info.isEmpty() || info.get().getKey() != SyntheticCatalogue.GENERATOR_VERSION
                || courses != COURSES || editions != EDITIONS) {
            return null;
        }
        return info.get().getValue();
    }

    /** What one search found, and how long its separate count took (NaN when counted with the page). */
    record Outcome(int total, double countMillis) {
    }

    /** One search of the mix: the filter, the page offset and a label of its shape. */
    record Search(String shape, CatalogueFilter filter, int offset) {

        /**
         * Runs the search as the catalogue view does: a first page with its count, as one call. A later page
         * (offset above 0) is the count plus that page, as if the visitor had just started the search; the
         * view itself asks for the page alone then, so this is the dearer of the two.
         */
        Outcome run(CatalogueSearchSql query, LocalDate today) {
            if (offset == 0) {
                return new Outcome(query.first(filter, today, PAGE_SIZE).total(), Double.NaN);
            }
            long start = System.nanoTime();
            int total = query.count(filter, today);
            double countMillis = (System.nanoTime() - start) / 1e6;
            query.page(filter, today, offset, PAGE_SIZE);
            return new Outcome(total, countMillis);
        }

        @Override
        public String toString() {
            return shape + " offset=" + offset + " " + filter;
        }
    }

    /** The fixed mix: text only, text with filters, filters only and the unfiltered catalogue. */
    static List<Search> mix(LocalDate today) {
        var random = new Random(MIX_SEED);
        var searches = new ArrayList<Search>(QUERIES);
        for (int i = 0; i < QUERIES; i++) {
            int r = random.nextInt(100);
            int offset = offset(random);
            if (r < 25) {
                CatalogueSort sort = random.nextInt(5) == 0 ? CatalogueSort.START_DATE : CatalogueSort.RELEVANCE;
                searches.add(new Search("text/" + sortName(sort), filter(searchText(random), sort), offset));
            } else if (r < 55) {
                CatalogueSort sort = random.nextInt(4) == 0 ? CatalogueSort.START_DATE : CatalogueSort.RELEVANCE;
                var builder = new FilterBuilder(searchText(random), sort);
                builder.addFilters(random, today, 1 + random.nextInt(3));
                searches.add(new Search("text+filters/" + sortName(sort), builder.build(), offset));
            } else if (r < 90) {
                CatalogueSort sort = random.nextInt(3) == 0 ? CatalogueSort.RELEVANCE : CatalogueSort.START_DATE;
                var builder = new FilterBuilder("", sort);
                builder.addFilters(random, today, 1 + random.nextInt(3));
                searches.add(new Search(builder.editionFilter ? "filters+edition" : "filters", builder.build(),
                        offset));
            } else {
                searches.add(new Search("everything", CatalogueFilter.empty()
                        .withSort(random.nextBoolean() ? CatalogueSort.START_DATE : CatalogueSort.RELEVANCE),
                        offset));
            }
        }
        return searches;
    }

    private static String sortName(CatalogueSort sort) {
        return sort == CatalogueSort.RELEVANCE ? "relevance" : "start";
    }

    /** Mostly the first page; some scroll a few pages on, a few much further. */
    private static int offset(Random random) {
        int r = random.nextInt(100);
        if (r < 75) {
            return 0;
        }
        if (r < 92) {
            return PAGE_SIZE * (1 + random.nextInt(3));
        }
        return PAGE_SIZE * (5 + random.nextInt(16));
    }

    /** What visitors type: theme words (common and rare), phrases, prefixes, provider names, typos. */
    private static String searchText(Random random) {
        int r = random.nextInt(100);
        if (r < 45) {
            List<String> words = SyntheticCatalogue.THEME_WORDS.get(Theme.values()[random.nextInt(12)]);
            return words.get(random.nextInt(words.size()));
        }
        if (r < 65) {
            List<String> a = SyntheticCatalogue.THEME_WORDS.get(Theme.values()[random.nextInt(12)]);
            String word = a.get(random.nextInt(a.size()));
            String[] extra = {"training", "cursus", "in de klas", "startende leraar", "online", "mbo", "team",
                    "coaching", "praktisch"};
            return word + " " + extra[random.nextInt(extra.length)];
        }
        if (r < 80) {
            String[] prefixes = {"lees", "reken", "taal", "gedr", "coach", "digi", "leider", "begeleid", "diff",
                    "burger", "passend", "instruc"};
            return prefixes[random.nextInt(prefixes.length)];
        }
        if (r < 90) {
            return SyntheticCatalogue.REGIONS.get(random.nextInt(SyntheticCatalogue.REGIONS.size()));
        }
        String[] rare = {"xylofoon", "kleuterbouw drama", "schaakles", "begrijpend lzen", "stagebegeleiding",
                "vakdidactiek aardrijkskunde", "Montessori", "hoogbegaafd"};
        return rare[random.nextInt(rare.length)];
    }

    private static CatalogueFilter filter(String text, CatalogueSort sort) {
        return new FilterBuilder(text, sort).build();
    }

    /** Adds filters of distinct kinds, each with one to three values, as a visitor ticks them. */
    private static final class FilterBuilder {

        private final String text;
        private final CatalogueSort sort;
        private final Set<JobFunction> audiences = EnumSet.noneOf(JobFunction.class);
        private final Set<Sector> sectors = EnumSet.noneOf(Sector.class);
        private final Set<Theme> themes = EnumSet.noneOf(Theme.class);
        private final Set<CourseFormat> formats = EnumSet.noneOf(CourseFormat.class);
        private final Set<CourseLevel> levels = EnumSet.noneOf(CourseLevel.class);
        private final Set<Long> providers = new TreeSet<>();
        private LocalDate startFrom;
        private LocalDate startUntil;
        private boolean freeSeats;
        private boolean editionFilter;

        FilterBuilder(String text, CatalogueSort sort) {
            this.text = text;
            this.sort = sort;
        }

        void addFilters(Random random, LocalDate today, int kinds) {
            var chosen = new TreeSet<Integer>();
            while (chosen.size() < kinds) {
                chosen.add(random.nextInt(9));
            }
            for (int kind : chosen) {
                switch (kind) {
                    case 0 -> add(random, JobFunction.values(), audiences, 2);
                    case 1 -> add(random, Sector.values(), sectors, 2);
                    case 2 -> add(random, Theme.values(), themes, 3);
                    case 3 -> add(random, CourseFormat.values(), formats, 2);
                    case 4 -> add(random, CourseLevel.values(), levels, 1);
                    case 5 -> {
                        int n = 1 + random.nextInt(3);
                        for (int i = 0; i < n; i++) {
                            providers.add(1L + random.nextInt(PROVIDERS));
                        }
                    }
                    case 6, 7 -> {
                        startFrom = today.plusDays(random.nextInt(60));
                        startUntil = random.nextInt(4) == 0 ? null : startFrom.plusDays(30 + random.nextInt(90));
                        editionFilter = true;
                    }
                    default -> {
                        freeSeats = true;
                        editionFilter = true;
                    }
                }
            }
        }

        private static <E> void add(Random random, E[] values, Set<E> into, int max) {
            int n = 1 + random.nextInt(max);
            for (int i = 0; i < n; i++) {
                into.add(values[random.nextInt(values.length)]);
            }
        }

        CatalogueFilter build() {
            return new CatalogueFilter(text, audiences, sectors, themes, formats, providers, levels, startFrom,
                    startUntil, freeSeats, sort);
        }
    }

    /** Nearest-rank percentile. */
    static double percentile(double[] values, double p) {
        double[] sorted = values.clone();
        Arrays.sort(sorted);
        int rank = (int) Math.ceil(p / 100.0 * sorted.length);
        return sorted[Math.max(0, Math.min(sorted.length - 1, rank - 1))];
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

    private static double seconds(long startNanos) {
        return (System.nanoTime() - startNanos) / 1e9;
    }

    private static void quietLogging(Level level) {
        if (LoggerFactory.getLogger(org.slf4j.Logger.ROOT_LOGGER_NAME) instanceof Logger root) {
            root.setLevel(level);
        }
    }
}

package nl.onderwijsloket.portal.bench;

import java.io.File;
import java.lang.management.ManagementFactory;
import java.lang.reflect.Method;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import nl.onderwijsloket.portal.Application;
import nl.onderwijsloket.portal.common.EmbeddedMariaDb;
import nl.onderwijsloket.portal.enrolment.EnrolmentService;
import nl.onderwijsloket.portal.security.PortalUser;
import nl.onderwijsloket.portal.security.PortalUserDetails;
import nl.onderwijsloket.portal.security.Role;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;

/**
 * {@code scripts/bench enrolment}: enrolment throughput on a real MariaDB through the portal's own
 * EnrolmentService (row lock, seat counter, waitlist, audit trail and mail outbox included).
 * <ol>
 *   <li>hot: 200 people enrol at once in one 20-seat edition (32 threads);</li>
 *   <li>spread: 10,000 attempts over 1,000 editions of 8 seats from 16 threads.</li>
 * </ol>
 * Checks that no edition holds more enrolled people than seats and prints as its last line
 * {@code enrolment hot_tx_s=N spread_tx_s=N p95_ms=N overbooked=0}.
 */
public final class EnrolmentBenchmark {

    private static final String SCHEMA = "portal_bench_enrolment";
    private static final int HOT_ATTEMPTS = 200;
    private static final int SPREAD_EDITIONS = 1_000;
    private static final int SPREAD_ATTEMPTS = 10_000;
    private static final int WARM_UP_EDITIONS = 200;
    private static final int WARM_UP_ATTEMPTS = 2_000;
    private static final int PEOPLE = SPREAD_ATTEMPTS / SPREAD_EDITIONS * 2 + HOT_ATTEMPTS;

    private EnrolmentBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        String server = System.getenv("SPRING_DATASOURCE_URL");
        String user = server == null ? "root" : System.getenv("SPRING_DATASOURCE_USERNAME");
        String password = server == null ? "" : System.getenv("SPRING_DATASOURCE_PASSWORD");
        boolean embedded = server == null;
        if (embedded) {
            server = EmbeddedMariaDb.start(new File("target/bench-db-enrolment"), 0);
        }
        String figure;
        try (Connection admin = DriverManager.getConnection(server, user, password)) {
            admin.createStatement().execute("DROP DATABASE IF EXISTS " + SCHEMA);
            admin.createStatement().execute("CREATE DATABASE " + SCHEMA
                    + " CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_ci");
        }
        String url = server.replaceFirst("/[^/?]*(\\?.*)?$", "/" + SCHEMA);
        try (ConfigurableApplicationContext context = new SpringApplicationBuilder(Application.class)
                .web(WebApplicationType.SERVLET)
                // Command-line arguments outrank application.properties.
                .run("--spring.datasource.url=" + url,
                        "--spring.datasource.username=" + user,
                        "--spring.datasource.password=" + (password == null ? "" : password),
                        "--spring.datasource.hikari.maximum-pool-size=40",
                        "--portal.demo-data.enabled=false",
                        "--portal.enrolment.offer-check-ms=3600000",
                        // Mails are composed after the measured runs (see composeMails), not in the middle.
                        "--portal.mail.send-interval-ms=3600000",
                        "--spring.main.banner-mode=off",
                        "--server.port=0",
                        "--vaadin.productionMode=true",
                        "--logging.level.root=warn")) {
            figure = run(context);
        }
        if (embedded) {
            EmbeddedMariaDb.stop();
        }
        // The figure line is the last line: halt, so that no shutdown hook logs after it.
        System.out.println(figure);
        System.out.flush();
        Runtime.getRuntime().halt(0);
    }

    /** Runs both measurements and returns the figure line. */
    private static String run(ConfigurableApplicationContext context) throws Exception {
        JdbcClient jdbc = context.getBean(JdbcClient.class);
        EnrolmentService enrolments = context.getBean(EnrolmentService.class);
        Fixture fixture = Fixture.load(jdbc, LocalDate.now());
        System.out.printf("loaded %d editions and %d people%n", fixture.editions.size(), fixture.people.size());

        // Warm-up on editions of their own, so the measured runs start on a warm JVM (compiled hot paths) and
        // buffer pool, as a portal that has been running is.
        attempt(enrolments, fixture, fixture.warmUp, WARM_UP_ATTEMPTS, 16);

        long start = System.nanoTime();
        double[] hot = attempt(enrolments, fixture, List.of(fixture.hot), HOT_ATTEMPTS, 32);
        double hotSeconds = (System.nanoTime() - start) / 1e9;

        ServerCpu server = ServerCpu.find(jdbc);
        long serverStart = server == null ? 0 : server.nanos();
        long portalStart = portalCpuNanos();
        long questionsStart = questions(jdbc);
        start = System.nanoTime();
        double[] spread = attempt(enrolments, fixture, fixture.editions, SPREAD_ATTEMPTS, 16);
        double spreadSeconds = (System.nanoTime() - start) / 1e9;
        double portalCpu = (portalCpuNanos() - portalStart) / 1e6 / SPREAD_ATTEMPTS;
        double statements = (questions(jdbc) - questionsStart - 1) / (double) SPREAD_ATTEMPTS;
        double serverCpu = server == null ? Double.NaN : (server.nanos() - serverStart) / 1e6 / SPREAD_ATTEMPTS;

        composeMails(context, jdbc);
        int overbooked = jdbc.sql("SELECT COUNT(*) FROM edition e WHERE e.capacity < (SELECT COUNT(*) FROM enrolment n"
                + " WHERE n.edition_id = e.id AND n.status IN ('ENROLLED', 'OFFERED'))"
                + " OR e.seats_taken > e.capacity").query(Integer.class).single();
        int hotEnrolled = jdbc.sql("SELECT COUNT(*) FROM enrolment WHERE edition_id = :e AND status = 'ENROLLED'")
                .param("e", fixture.hot).query(Integer.class).single();
        System.out.printf("hot: %d attempts in %.2f s, %d enrolled, p50 %.1f ms, p95 %.1f ms%n", HOT_ATTEMPTS,
                hotSeconds, hotEnrolled, percentile(hot, 50), percentile(hot, 95));
        System.out.printf("spread: %d attempts in %.2f s, p50 %.1f ms, p95 %.1f ms%n", SPREAD_ATTEMPTS, spreadSeconds,
                percentile(spread, 50), percentile(spread, 95));
        System.out.printf("spread: per attempt: %.1f statements to the server, CPU %.2f ms portal and %.2f ms server%n",
                statements, portalCpu, serverCpu);
        return String.format("enrolment hot_tx_s=%d spread_tx_s=%d p95_ms=%d overbooked=%d",
                Math.round(HOT_ATTEMPTS / hotSeconds), Math.round(SPREAD_ATTEMPTS / spreadSeconds),
                Math.round(percentile(spread, 95)), overbooked);
    }

    /** Runs the attempts (person i enrols in edition i mod n) and returns each attempt's latency in ms. */
    private static double[] attempt(EnrolmentService enrolments, Fixture fixture, List<Long> editions, int attempts,
                                    int threads) throws Exception {
        List<Callable<Double>> tasks = new ArrayList<>();
        for (int i = 0; i < attempts; i++) {
            long edition = editions.get(i % editions.size());
            PortalUser who = fixture.people.get(editions.size() == 1 ? i : i / editions.size());
            tasks.add(() -> {
                var details = new PortalUserDetails(who, "{noop}x", true);
                SecurityContextHolder.getContext().setAuthentication(
                        UsernamePasswordAuthenticationToken.authenticated(details, null, details.getAuthorities()));
                long t0 = System.nanoTime();
                try {
                    enrolments.enrolSelf(edition);
                } finally {
                    SecurityContextHolder.clearContext();
                }
                return (System.nanoTime() - t0) / 1e6;
            });
        }
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        try {
            double[] latencies = new double[attempts];
            int i = 0;
            for (Future<Double> result : pool.invokeAll(tasks)) {
                latencies[i++] = result.get();
            }
            return latencies;
        } finally {
            pool.shutdown();
        }
    }

    /**
     * An attempt leaves a notice of its change; the outbox job composes the mails from the notices later, so
     * that work is not part of the attempt. It is timed here on its own, as the job does it.
     */
    private static void composeMails(ConfigurableApplicationContext context, JdbcClient jdbc) throws Exception {
        int waiting = jdbc.sql("SELECT COUNT(*) FROM enrolment_notice").query(Integer.class).single();
        Object composer = context.getBean("enrolmentMails");
        Method compose = composer.getClass().getMethod("composePending");
        compose.setAccessible(true);
        long start = System.nanoTime();
        int composed = (int) compose.invoke(composer);
        double seconds = (System.nanoTime() - start) / 1e9;
        int mails = jdbc.sql("SELECT COUNT(*) FROM mail_outbox").query(Integer.class).single();
        System.out.printf("mails: %d of %d notices composed into %d outbox mails in %.2f s (%d notices per second)%n",
                composed, waiting, mails, seconds, Math.round(composed / seconds));
    }

    /** Statements the server has received (all sessions). */
    private static long questions(JdbcClient jdbc) {
        return jdbc.sql("SELECT VARIABLE_VALUE FROM information_schema.GLOBAL_STATUS WHERE VARIABLE_NAME = 'QUESTIONS'")
                .query(Long.class).single();
    }

    /** CPU time of this JVM: the portal's share of the work (it runs in this process). */
    private static long portalCpuNanos() {
        return ((com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean())
                .getProcessCpuTime();
    }

    private static double percentile(double[] values, int p) {
        double[] sorted = values.clone();
        Arrays.sort(sorted);
        return sorted[Math.min(sorted.length - 1, (int) Math.ceil(p / 100.0 * sorted.length) - 1)];
    }

    /** One board, its people (with one shared account for the audit trail), and the editions. */
    private record Fixture(long hot, List<Long> warmUp, List<Long> editions, List<PortalUser> people) {

        static Fixture load(JdbcClient jdbc, LocalDate today) throws SQLException {
            jdbc.sql("INSERT INTO region (code, name) VALUES ('bench', 'Benchregio')").update();
            jdbc.sql("INSERT INTO board (region_id, code, name) SELECT id, 'BENCH', 'Benchbestuur' FROM region").update();
            long board = jdbc.sql("SELECT id FROM board").query(Long.class).single();
            jdbc.sql("INSERT INTO provider (code, name, kind, town) VALUES ('BENCH', 'Benchacademie', 'KENNISNETWERK',"
                    + " 'Enschede')").update();
            jdbc.sql("INSERT INTO course (provider_id, code, title, summary, description, format, level,"
                    + " study_load_hours, cost_cents, search_text, created_at, updated_at) SELECT id, 'BENCH-1',"
                    + " 'Benchcursus', 'Samenvatting', 'Beschrijving', 'ON_SITE', 'INTRODUCTORY', 8, 0, '', NOW(), NOW()"
                    + " FROM provider").update();
            long course = jdbc.sql("SELECT id FROM course").query(Long.class).single();
            String edition = "INSERT INTO edition (course_id, start_date, end_date, location_name, capacity,"
                    + " enrolment_deadline, status) VALUES (:c, :start, :start, 'Benchzaal', :cap, :deadline, 'OPEN')";
            var start = java.sql.Date.valueOf(today.plusDays(60));
            var deadline = java.sql.Date.valueOf(today.plusDays(50));
            for (int i = 0; i < 1 + WARM_UP_EDITIONS + SPREAD_EDITIONS; i++) {
                jdbc.sql(edition).param("c", course).param("start", start).param("deadline", deadline)
                        .param("cap", i == 0 ? 20 : 8).update();
            }
            List<Long> all = jdbc.sql("SELECT id FROM edition ORDER BY id").query(Long.class).list();
            var values = new StringBuilder();
            for (int i = 0; i < PEOPLE; i++) {
                values.append(i == 0 ? "" : ",").append(String.format("(%d, 'B%d', 'Bench', 'Persoon%d',"
                        + " 'bench%d@example.org', 'LERAAR', NOW(), NOW())", board, i, i, i));
            }
            jdbc.sql("INSERT INTO employee (board_id, employee_number, first_name, last_name, email, job_function,"
                    + " created_at, updated_at) VALUES " + values).update();
            jdbc.sql("INSERT INTO user_account (username, password_hash, display_name) VALUES ('bench', '{noop}x',"
                    + " 'Bench')").update();
            long account = jdbc.sql("SELECT id FROM user_account").query(Long.class).single();
            List<PortalUser> people = jdbc.sql("SELECT id FROM employee ORDER BY id").query(Long.class).list().stream()
                    .map(id -> new PortalUser(account, "bench", "Bench", EnumSet.of(Role.EMPLOYEE), id, board, null))
                    .toList();
            return new Fixture(all.getFirst(), all.subList(1, 1 + WARM_UP_EDITIONS),
                    all.subList(1 + WARM_UP_EDITIONS, all.size()), people);
        }
    }
}

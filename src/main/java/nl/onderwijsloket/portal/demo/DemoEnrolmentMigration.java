package nl.onderwijsloket.portal.demo;

import java.sql.Connection;
import java.sql.Date;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import org.flywaydb.core.api.MigrationVersion;
import org.flywaydb.core.api.migration.Context;
import org.flywaydb.core.api.migration.JavaMigration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBooleanProperty;
import org.springframework.stereotype.Component;

/**
 * Flyway migration 3.1: the people behind the demo editions' taken seats. Every taken seat gets an
 * enrolment (completed for past editions, a few no-shows), full editions get a short waitlist, some
 * approval courses get requests waiting for HR, and the demo teacher "leraar" gets a history to look at:
 * an enrolment, a waitlist place, an offered seat and a completed course. Each enrolment gets its first
 * audit-trail entry. Afterwards every edition's seats_taken equals its seat-holding enrolments.
 */
@Component
@ConditionalOnBooleanProperty(name = "portal.demo-data.enabled", matchIfMissing = true)
public class DemoEnrolmentMigration implements JavaMigration {

    private static final String ACTOR = "Demogegevens";

    private final Clock clock;

    public DemoEnrolmentMigration(Clock clock) {
        this.clock = clock;
    }

    @Override
    public MigrationVersion getVersion() {
        return MigrationVersion.fromVersion("3.1");
    }

    @Override
    public String getDescription() {
        return "demo enrolments";
    }

    @Override
    public Integer getChecksum() {
        return null;
    }

    @Override
    public boolean canExecuteInTransaction() {
        return true;
    }

    private record Edition(long id, long courseId, String status, int capacity, int seatsTaken, LocalDate start,
                           LocalDate end, boolean approval, int hours) {
    }

    private record Person(long id, long boardId) {
    }

    @Override
    public void migrate(Context context) throws Exception {
        Connection connection = context.getConnection();
        var jdbc = new Jdbc(connection);
        LocalDateTime now = LocalDateTime.now(clock).truncatedTo(ChronoUnit.SECONDS);
        var random = new Random(DemoDataMigration.SEED + 3);
        List<Edition> editions = editions(connection);
        List<Person> people = people(connection);
        long teacher = employeeOf(connection, DemoAccounts.LERAAR.username());
        long starter = employeeOf(connection, DemoAccounts.STARTER.username());
        Map<Long, Set<Long>> taken = new HashMap<>();
        List<Object[]> enrolments = new ArrayList<>();
        long nextId = jdbc.nextId("enrolment");

        // The demo teacher's own history comes first, so the random fill leaves her places alone.
        Edition past = first(editions, e -> "COMPLETED".equals(e.status()) && e.seatsTaken() > 0);
        Edition upcoming = first(editions, e -> "OPEN".equals(e.status()) && e.seatsTaken() < e.capacity() - 1
                && !e.approval() && e.courseId() != past.courseId());
        Edition full = first(editions, e -> "OPEN".equals(e.status()) && e.seatsTaken() == e.capacity()
                && e.courseId() != upcoming.courseId() && e.courseId() != past.courseId());
        Edition offered = first(editions, e -> "OPEN".equals(e.status()) && e.seatsTaken() > 0
                && e.seatsTaken() < e.capacity() && !e.approval() && e.id() != upcoming.id()
                && e.courseId() != full.courseId() && e.courseId() != past.courseId()
                && e.start().isAfter(now.toLocalDate().plusDays(3)));
        Map<Long, Integer> extraSeats = new HashMap<>();
        Map<Long, Integer> waitlists = new HashMap<>();

        enrolments.add(row(nextId++, past.id(), teacher, "COMPLETED", null, null, past.hours(), past.end(), now, random));
        claim(taken, past.id(), teacher);
        enrolments.add(row(nextId++, upcoming.id(), teacher, "ENROLLED", null, null, null, null, now, random));
        claim(taken, upcoming.id(), teacher);
        extraSeats.merge(upcoming.id(), 1, Integer::sum);
        enrolments.add(row(nextId++, offered.id(), teacher, "OFFERED", null, now.plusHours(36), null, null, now, random));
        claim(taken, offered.id(), teacher);
        extraSeats.merge(offered.id(), 1, Integer::sum);
        enrolments.add(row(nextId++, full.id(), teacher, "WAITLISTED", 1, null, null, null, now, random));
        claim(taken, full.id(), teacher);
        waitlists.put(full.id(), 1);
        Edition induction = first(editions, e -> "OPEN".equals(e.status()) && e.seatsTaken() < e.capacity()
                && !taken.containsKey(e.id()) && !e.approval());
        enrolments.add(row(nextId++, induction.id(), starter, "ENROLLED", null, null, null, null, now, random));
        claim(taken, induction.id(), starter);
        extraSeats.merge(induction.id(), 1, Integer::sum);

        for (Edition edition : editions) {
            if ("CANCELLED".equals(edition.status())) {
                continue;
            }
            boolean pastEdition = "COMPLETED".equals(edition.status());
            int alreadyHolding = (int) enrolments.stream()
                    .filter(r -> (long) r[1] == edition.id() && holdsSeat((String) r[3])).count()
                    - extraSeats.getOrDefault(edition.id(), 0);
            for (int seat = alreadyHolding; seat < edition.seatsTaken(); seat++) {
                Person person = pick(people, random, taken.computeIfAbsent(edition.id(), k -> new HashSet<>()));
                String status = pastEdition ? (random.nextInt(20) == 0 ? "NO_SHOW" : "COMPLETED") : "ENROLLED";
                enrolments.add(row(nextId++, edition.id(), person.id(), status, null, null,
                        "COMPLETED".equals(status) ? edition.hours() : null,
                        "COMPLETED".equals(status) ? edition.end() : null, now, random));
            }
            if ("OPEN".equals(edition.status()) && edition.seatsTaken() == edition.capacity()) {
                int position = waitlists.getOrDefault(edition.id(), 0);
                for (int i = 0, n = 2 + random.nextInt(3); i < n; i++) {
                    Person person = pick(people, random, taken.get(edition.id()));
                    enrolments.add(row(nextId++, edition.id(), person.id(), "WAITLISTED", ++position, null, null, null,
                            now, random));
                }
            }
            if ("OPEN".equals(edition.status()) && edition.approval() && edition.seatsTaken() < edition.capacity()
                    && random.nextInt(2) == 0) {
                long firstBoard = people.getFirst().boardId();
                List<Person> ownBoard = people.stream().filter(p -> p.boardId() == firstBoard).toList();
                Person person = pick(ownBoard, random, taken.computeIfAbsent(edition.id(), k -> new HashSet<>()));
                enrolments.add(row(nextId++, edition.id(), person.id(), "AWAITING_APPROVAL", null, null, null, null,
                        now, random));
            }
        }

        jdbc.insert("INSERT INTO enrolment (id, edition_id, employee_id, status, waitlist_position, offer_expires_at,"
                + " hours_credited, completed_on, created_at, updated_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                enrolments);
        List<Object[]> events = new ArrayList<>();
        long eventId = jdbc.nextId("enrolment_event");
        Map<Long, Long> boards = new HashMap<>();
        try (var statement = connection.createStatement();
                var rs = statement.executeQuery("SELECT id, board_id FROM employee")) {
            while (rs.next()) {
                boards.put(rs.getLong(1), rs.getLong(2));
            }
        }
        for (Object[] e : enrolments) {
            events.add(new Object[] {eventId++, e[0], e[1], e[2], boards.get((Long) e[2]), null, e[3], e[4], ACTOR,
                    e[8]});
        }
        jdbc.insert("INSERT INTO enrolment_event (id, enrolment_id, edition_id, employee_id, board_id, from_status,"
                + " to_status, waitlist_position, actor_name, created_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)", events);
        for (Map.Entry<Long, Integer> seats : extraSeats.entrySet()) {
            try (var update = connection.prepareStatement(
                    "UPDATE edition SET seats_taken = seats_taken + ? WHERE id = ?")) {
                update.setInt(1, seats.getValue());
                update.setLong(2, seats.getKey());
                update.executeUpdate();
            }
        }
    }

    private static boolean holdsSeat(String status) {
        return List.of("ENROLLED", "OFFERED", "COMPLETED", "NO_SHOW").contains(status);
    }

    private static void claim(Map<Long, Set<Long>> taken, long editionId, long employeeId) {
        taken.computeIfAbsent(editionId, k -> new HashSet<>()).add(employeeId);
    }

    private static Person pick(List<Person> people, Random random, Set<Long> taken) {
        List<Person> free = new ArrayList<>(people.stream().filter(p -> !taken.contains(p.id())).toList());
        Collections.shuffle(free, random);
        Person person = free.getFirst();
        taken.add(person.id());
        return person;
    }

    private static Object[] row(long id, long editionId, long employeeId, String status, Integer position,
                                LocalDateTime offerExpires, Integer hours, LocalDate completedOn, LocalDateTime now,
                                Random random) {
        Timestamp created = Timestamp.valueOf(now.minusDays(1 + random.nextInt(60)).minusMinutes(random.nextInt(600)));
        return new Object[] {id, editionId, employeeId, status, position,
                offerExpires == null ? null : Timestamp.valueOf(offerExpires), hours,
                completedOn == null ? null : Date.valueOf(completedOn), created, created};
    }

    private static Edition first(List<Edition> editions, java.util.function.Predicate<Edition> test) {
        return editions.stream().filter(test).findFirst()
                .orElseThrow(() -> new IllegalStateException("Demo data lacks an edition for the demo teacher"));
    }

    private static List<Edition> editions(Connection connection) throws SQLException {
        var result = new ArrayList<Edition>();
        try (var statement = connection.createStatement();
                var rs = statement.executeQuery("SELECT e.id, e.course_id, e.status, e.capacity, e.seats_taken,"
                        + " e.start_date, e.end_date, c.employer_approval_required, c.study_load_hours"
                        + " FROM edition e JOIN course c ON c.id = e.course_id ORDER BY e.start_date, e.id")) {
            while (rs.next()) {
                result.add(new Edition(rs.getLong(1), rs.getLong(2), rs.getString(3), rs.getInt(4), rs.getInt(5),
                        rs.getObject(6, LocalDate.class), rs.getObject(7, LocalDate.class), rs.getBoolean(8),
                        rs.getInt(9)));
            }
        }
        return result;
    }

    private static List<Person> people(Connection connection) throws SQLException {
        var result = new ArrayList<Person>();
        try (var statement = connection.createStatement();
                var rs = statement.executeQuery("SELECT e.id, e.board_id FROM employee e"
                        + " WHERE e.school_id IS NOT NULL AND e.id NOT IN"
                        + " (SELECT employee_id FROM user_account WHERE employee_id IS NOT NULL) ORDER BY e.id")) {
            while (rs.next()) {
                result.add(new Person(rs.getLong(1), rs.getLong(2)));
            }
        }
        return result;
    }

    private static long employeeOf(Connection connection, String username) throws SQLException {
        try (var statement = connection.prepareStatement("SELECT employee_id FROM user_account WHERE username = ?")) {
            statement.setString(1, username);
            try (var rs = statement.executeQuery()) {
                rs.next();
                return rs.getLong(1);
            }
        }
    }
}

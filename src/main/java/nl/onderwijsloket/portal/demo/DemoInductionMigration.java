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
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Random;
import java.util.Set;
import org.flywaydb.core.api.MigrationVersion;
import org.flywaydb.core.api.migration.Context;
import org.flywaydb.core.api.migration.JavaMigration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBooleanProperty;
import org.springframework.stereotype.Component;

/**
 * Flyway migration 10.2: induction in practice. Every school gets its school leader as line manager of the
 * others, VO and MBO teachers get their subjects, and every board gets twenty starters placed in its
 * starting-teacher programme, spread over the programme's three years: most paired with an active mentor
 * and keeping a guidance log (some of them quiet for too long, one a poor fit), two proposals waiting for
 * the mentor, one paused pairing, one handed over to a new mentor, some ended, and four starters still
 * waiting for a mentor. Facilities and milestones done outside the log complete the picture. The demo
 * starter "starter" is in his first year with the demo mentor "mentor", who also has a second mentee and a
 * proposal to accept. The same content on every run; only the dates follow the clock.
 */
@Component
@ConditionalOnBooleanProperty(name = "portal.demo-data.enabled", matchIfMissing = true)
public class DemoInductionMigration implements JavaMigration {

    static final int STARTERS_PER_BOARD = 20;
    private static final int TEACHER_MENTORS_PER_BOARD = 6;
    private static final String ACTOR = "Demogegevens";
    private static final Set<String> LIVE = Set.of("PROPOSED", "ACTIVE", "PAUSED");

    private final Clock clock;

    public DemoInductionMigration(Clock clock) {
        this.clock = clock;
    }

    @Override
    public MigrationVersion getVersion() {
        return MigrationVersion.fromVersion("10.2");
    }

    @Override
    public String getDescription() {
        return "demo induction";
    }

    @Override
    public Integer getChecksum() {
        return null;
    }

    @Override
    public boolean canExecuteInTransaction() {
        return true;
    }

    /** What happens to a starter: one role per starter of a board, twenty in all. */
    private enum Role {
        ACTIVE, QUIET, POOR_FIT, RECENT, HANDED_OVER, AFTER_ENDED, PROPOSED, PAUSED, ENDED, UNPAIRED
    }

    private static final List<Role> ROLES = List.of(
            Role.ACTIVE, Role.ACTIVE, Role.ACTIVE, Role.ACTIVE, Role.ACTIVE, Role.ACTIVE,
            Role.QUIET, Role.QUIET, Role.POOR_FIT, Role.RECENT, Role.HANDED_OVER, Role.AFTER_ENDED,
            Role.PROPOSED, Role.PROPOSED, Role.PAUSED, Role.ENDED,
            Role.UNPAIRED, Role.UNPAIRED, Role.UNPAIRED, Role.UNPAIRED);

    /** How many days ago the four unpaired starters were placed. */
    private static final int[] UNPAIRED_DAYS = {3, 12, 38, 150};

    private record School(long id, long boardId, String name, String sector) {
    }

    private static final class Person {
        final long id;
        final long boardId;
        final Long schoolId;
        String function;
        final LocalDate startedOn;
        final boolean account;
        final boolean mentorRole;
        Long lineManager;
        String subjects;
        LocalDate newStartedOn;

        Person(long id, long boardId, Long schoolId, String function, LocalDate startedOn, boolean account,
               boolean mentorRole) {
            this.id = id;
            this.boardId = boardId;
            this.schoolId = schoolId;
            this.function = function;
            this.startedOn = startedOn;
            this.account = account;
            this.mentorRole = mentorRole;
        }
    }

    private static final class Mentor {
        final Person person;
        final int capacity;
        int live;

        Mentor(Person person, int capacity) {
            this.person = person;
            this.capacity = capacity;
        }
    }

    private static final class Pairing {
        long id;
        long placementId;
        long starterId;
        long mentorId;
        long boardId;
        String status;
        int score;
        LocalDateTime proposedAt;
        LocalDateTime acceptedAt;
        LocalDateTime endedAt;
        String endReason;
        Long handedOverTo;
        Boolean starterFit;
        Boolean mentorFit;
        LocalDateTime fitAskedAt;
        LocalDateTime updatedAt;

        Object[] row() {
            return new Object[] {id, placementId, starterId, mentorId, boardId, status, score, ts(proposedAt), ACTOR,
                    ts(acceptedAt), ts(endedAt), endReason, starterFit, mentorFit, ts(fitAskedAt), ts(updatedAt)};
        }
    }

    /** What the log's texts are about: the starter's sector, a class or group, and a subject. */
    private record Topic(boolean primary, String group, String subject) {
        String fill(String text) {
            return text.replace("{groep}", group).replace("{klas}", group).replace("{vak}", subject);
        }
    }

    private record Milestone(long id, int year, String kind, int count) {
    }

    // Working state of one run.
    private Random random;
    private LocalDate today;
    private LocalDateTime now;
    private final Map<Long, Person> people = new LinkedHashMap<>();
    private final Map<Long, School> schools = new LinkedHashMap<>();
    private final Map<Long, List<Mentor>> mentorsByBoard = new LinkedHashMap<>();
    private final Set<Long> reserved = new HashSet<>();
    private final List<Pairing> pairings = new ArrayList<>();
    private final List<Object[]> entries = new ArrayList<>();
    private long pairingId;
    private long entryId;
    private int sharedLeft;

    @Override
    public void migrate(Context context) throws Exception {
        Connection connection = context.getConnection();
        var jdbc = new Jdbc(connection);
        random = new Random(DemoDataMigration.SEED + 10);
        now = LocalDateTime.now(clock).truncatedTo(ChronoUnit.SECONDS);
        today = now.toLocalDate();
        people.clear();
        schools.clear();
        mentorsByBoard.clear();
        reserved.clear();
        pairings.clear();
        entries.clear();
        load(connection);
        long starterId = employeeOf(connection, DemoAccounts.STARTER.username());
        long mentorId = employeeOf(connection, DemoAccounts.MENTOR.username());
        List<Long> boards = longs(connection, "SELECT id FROM board ORDER BY id");
        long outsideBoard = boards.getFirst();

        assignLineManagersAndSubjects();

        List<Object[]> settings = new ArrayList<>();
        for (long board : boards) {
            settings.add(new Object[] {board, board == outsideBoard, 14, 6});
        }

        long placementId = jdbc.nextId("induction_placement");
        pairingId = jdbc.nextId("mentor_pairing");
        entryId = jdbc.nextId("guidance_entry");
        long doneId = jdbc.nextId("induction_milestone_done");
        List<Object[]> placements = new ArrayList<>();
        List<Object[]> facilities = new ArrayList<>();
        List<Object[]> done = new ArrayList<>();
        List<Object[]> meetings = new ArrayList<>();
        Map<Long, Long> successors = new LinkedHashMap<>();

        for (long board : boards) {
            long programme = longs(connection, "SELECT id FROM induction_programme WHERE board_id = " + board
                    + " AND kind = 'STARTING_TEACHER'").getFirst();
            List<Milestone> milestones = milestones(connection, programme);
            List<Person> starters = chooseStartersAndMentors(board, starterId, mentorId);
            sharedLeft = 2;
            Person marieke = people.get(mentorId);
            boolean demoBoard = marieke.boardId == board;
            boolean mariekeProposal = false;
            int unpaired = 0;
            boolean quietUnused = false;
            for (int i = 0; i < STARTERS_PER_BOARD; i++) {
                Person starter = starters.get(i);
                Role role = ROLES.get(i);
                boolean daan = starter.id == starterId;
                int daysAgo = daan ? 120 : switch (role) {
                    case ACTIVE -> 70 + random.nextInt(830);
                    case QUIET -> 200 + random.nextInt(700);
                    case POOR_FIT -> 150 + random.nextInt(450);
                    case RECENT -> 40 + random.nextInt(20);
                    case HANDED_OVER -> 420 + random.nextInt(480);
                    case AFTER_ENDED -> 400 + random.nextInt(500);
                    case PROPOSED -> 10 + random.nextInt(30);
                    case PAUSED -> 250 + random.nextInt(550);
                    case ENDED -> 300 + random.nextInt(500);
                    case UNPAIRED -> UNPAIRED_DAYS[unpaired++] + random.nextInt(4);
                };
                LocalDate start = today.minusDays(daysAgo);
                long placement = placementId++;
                placements.add(new Object[] {placement, starter.id, board, programme, Date.valueOf(start),
                        schoolContact(starter), ts(start.atTime(9, 0))});
                if (starter.startedOn == null || starter.startedOn.isAfter(start)) {
                    starter.newStartedOn = start;
                }
                School school = schools.get(starter.schoolId);
                Topic topic = topic(school, starter);

                Mentor forced = null;
                if (daan || (demoBoard && i == 1) || (demoBoard && role == Role.PROPOSED && !mariekeProposal)) {
                    forced = mentor(mentorId);
                    mariekeProposal |= role == Role.PROPOSED;
                }
                if (daan) {
                    Pairing p = demoPairing(placement, starter, forced, start);
                    meetings.add(new Object[] {p.id, Timestamp.valueOf(today.plusDays(5).atTime(15, 0)),
                            Timestamp.valueOf(today.plusDays(5).atTime(16, 0)),
                            "OBS De Esch, kamer intern begeleider", ts(now.minusDays(1))});
                } else {
                    pair(role, placement, starter, forced, start, topic, successors);
                }

                // The facility of the current year.
                int year = (int) ChronoUnit.YEARS.between(start, today) + 1;
                boolean primary = topic.primary();
                boolean fresh = role == Role.UNPAIRED && daysAgo < 20;
                if (!fresh && (primary || year < 3)) {
                    int granted = primary ? 40 : year == 1 ? 20 : 10;
                    double elapsed = ChronoUnit.DAYS.between(start.plusYears(year - 1), today) / 365.0;
                    int used = (int) Math.round(granted * elapsed * (0.6 + 0.5 * random.nextDouble()));
                    used = Math.min(used, primary ? 35 : granted);
                    // Two or three per board clearly left unused: the paused, the most recent and one quiet starter.
                    if (role == Role.PAUSED || role == Role.RECENT || (role == Role.QUIET && !quietUnused)) {
                        used = 0;
                        quietUnused |= role == Role.QUIET;
                    }
                    facilities.add(new Object[] {placement, year, primary ? "EXTRA_HOURS" : "REDUCED_LESSONS",
                            granted, used, ts(now)});
                }

                // Milestones done outside the log, in the years so far.
                for (Milestone milestone : milestones) {
                    if (milestone.year() > year) {
                        continue;
                    }
                    LocalDate from = start.plusYears(milestone.year() - 1);
                    LocalDate to = milestone.year() < year ? from.plusYears(1).minusDays(1) : today.minusDays(1);
                    int span = (int) ChronoUnit.DAYS.between(from, to);
                    if (span < 14) {
                        continue;
                    }
                    double part = Math.min(1.0, span / 365.0);
                    int times = switch (milestone.kind()) {
                        case "CLASSROOM_OBSERVATION" -> milestone.year() < year
                                ? milestone.count() - (random.nextInt(4) == 0 ? 1 : 0)
                                : Math.min(milestone.count(),
                                        (int) (milestone.count() * part * (0.5 + 0.7 * random.nextDouble())));
                        case "COURSE" -> milestone.year() < year || (part > 0.4 && random.nextDouble() < part) ? 1 : 0;
                        default -> milestone.year() < year || part > 0.85 ? 1 : 0;
                    };
                    for (int t = 0; t < times; t++) {
                        LocalDate on = "REFLECTION".equals(milestone.kind())
                                ? to.minusDays(random.nextInt(Math.min(30, span)))
                                : from.plusDays(7 + random.nextInt(span - 6));
                        done.add(new Object[] {doneId++, placement, milestone.id(), Date.valueOf(on),
                                note(milestone.kind(), topic), ACTOR, ts(on.atTime(16, 30))});
                    }
                }
            }
        }

        updateEmployees(connection);
        jdbc.insert("""
                INSERT INTO induction_board_setting (board_id, mentors_outside, unpaired_days, quiet_weeks)
                VALUES (?, ?, ?, ?)""", settings);
        jdbc.insert("""
                INSERT INTO induction_placement (id, employee_id, board_id, programme_id, started_on,
                    school_contact_id, created_at)
                VALUES (?, ?, ?, ?, ?, ?, ?)""", placements);
        List<Object[]> profiles = new ArrayList<>();
        for (List<Mentor> mentors : mentorsByBoard.values()) {
            for (Mentor mentor : mentors) {
                profiles.add(new Object[] {mentor.person.id, mentor.capacity});
            }
        }
        jdbc.insert("INSERT INTO mentor_profile (employee_id, capacity, live_pairings) VALUES (?, ?, 0)", profiles);
        jdbc.insert("""
                INSERT INTO mentor_pairing (id, placement_id, starter_id, mentor_id, board_id, status, score,
                    proposed_at, proposed_by, accepted_at, ended_at, end_reason, starter_fit, mentor_fit,
                    fit_asked_at, updated_at)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""",
                pairings.stream().map(Pairing::row).toList());
        List<Object[]> handovers = new ArrayList<>();
        successors.forEach((old, successor) -> handovers.add(new Object[] {successor, old}));
        jdbc.insert("UPDATE mentor_pairing SET handed_over_to = ? WHERE id = ?", handovers);
        jdbc.insert("""
                INSERT INTO guidance_entry (id, pairing_id, met_on, topics, agreements, next_step, written_by,
                    shared_with_hr, shared_at, created_at)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""", entries);
        jdbc.insert("""
                INSERT INTO guidance_meeting (pairing_id, starts_at, ends_at, place, created_at)
                VALUES (?, ?, ?, ?, ?)""", meetings);
        jdbc.insert("""
                INSERT INTO induction_milestone_done (id, placement_id, milestone_id, done_on, note, recorded_by,
                    created_at)
                VALUES (?, ?, ?, ?, ?, ?, ?)""", done);
        jdbc.insert("INSERT INTO induction_facility (placement_id, year_no, kind, granted, used, updated_at)"
                + " VALUES (?, ?, ?, ?, ?, ?)", facilities);
        // The mentors' places taken, counted from the pairings as the pairing service keeps them.
        try (var statement = connection.createStatement()) {
            statement.executeUpdate("""
                    UPDATE mentor_profile p SET live_pairings = (SELECT COUNT(*) FROM mentor_pairing m
                        WHERE m.mentor_id = p.employee_id AND m.status IN ('PROPOSED', 'ACTIVE', 'PAUSED'))""");
        }
    }

    // ---------------------------------------------------------------------------------------------------------
    // People

    private void assignLineManagersAndSubjects() {
        Map<Long, Person> leaders = new HashMap<>();
        for (Person person : people.values()) {
            if (person.schoolId != null && "SCHOOLLEIDER".equals(person.function)) {
                leaders.putIfAbsent(person.schoolId, person);
            }
        }
        for (Person person : people.values()) {
            if (person.schoolId == null) {
                continue;
            }
            Person leader = leaders.get(person.schoolId);
            if (leader != null && leader != person) {
                person.lineManager = leader.id;
            }
            School school = schools.get(person.schoolId);
            boolean teacher = Set.of("LERAAR", "STARTENDE_LERAAR", "ZIJ_INSTROMER", "MENTOR")
                    .contains(person.function);
            if (teacher && ("VO".equals(school.sector()) || "MBO".equals(school.sector()))) {
                List<String> offered = new ArrayList<>(subjectsOf(school));
                Collections.shuffle(offered, random);
                person.subjects = random.nextInt(3) == 0 ? offered.get(0) + ", " + offered.get(1) : offered.get(0);
            }
        }
    }

    private static List<String> subjectsOf(School school) {
        if ("VO".equals(school.sector())) {
            return school.name().startsWith("Praktijkschool")
                    ? List.of("Nederlands", "Rekenen", "Praktijkvakken", "Burgerschap", "Lichamelijke opvoeding")
                    : List.of("Nederlands", "Engels", "Duits", "Frans", "Wiskunde", "Biologie", "Natuurkunde",
                            "Scheikunde", "Geschiedenis", "Aardrijkskunde", "Economie", "Lichamelijke opvoeding",
                            "Kunst en cultuur");
        }
        if (school.name().contains("Zorg")) {
            return List.of("Verpleegkunde", "Anatomie en fysiologie", "Zorg en welzijn", "Nederlands",
                    "Burgerschap");
        }
        if (school.name().contains("Techniek")) {
            return List.of("Elektrotechniek", "Werktuigbouwkunde", "Installatietechniek", "Rekenen",
                    "Nederlands");
        }
        return List.of("Pedagogiek", "Ontwikkelingspsychologie", "Kinderopvang", "Nederlands", "Burgerschap");
    }

    /**
     * The board's twenty starters, the demo starter first, and its mentors: the mentors by function or role and
     * the board's most experienced teachers. Starting teachers and side entrants come first; where there are
     * fewer than twenty, the most recently started teachers join them as starting teachers.
     */
    private List<Person> chooseStartersAndMentors(long board, long demoStarter, long demoMentor) {
        List<Person> own = people.values().stream().filter(p -> p.boardId == board && p.schoolId != null).toList();
        List<Person> starters = new ArrayList<>(own.stream()
                .filter(p -> p.id == demoStarter || (!p.account
                        && (p.function.equals("STARTENDE_LERAAR") || p.function.equals("ZIJ_INSTROMER"))))
                .sorted(Comparator.comparing((Person p) -> p.id != demoStarter).thenComparing(p -> p.id))
                .toList());
        if (starters.size() > STARTERS_PER_BOARD) {
            starters = new ArrayList<>(starters.subList(0, STARTERS_PER_BOARD));
        }
        List<Person> teachers = new ArrayList<>(own.stream()
                .filter(p -> !p.account && p.function.equals("LERAAR"))
                .sorted(Comparator.comparing((Person p) -> p.startedOn, Comparator.reverseOrder())
                        .thenComparing(p -> p.id))
                .toList());
        int missing = STARTERS_PER_BOARD - starters.size();
        if (teachers.size() < missing) {
            throw new IllegalStateException("Board " + board + " has only " + (starters.size() + teachers.size())
                    + " possible starters");
        }
        for (Person teacher : teachers.subList(0, missing)) {
            teacher.function = "STARTENDE_LERAAR";
            starters.add(teacher);
        }
        List<Person> experienced = new ArrayList<>(teachers.subList(missing, teachers.size()));
        Collections.reverse(experienced);

        List<Mentor> mentors = new ArrayList<>();
        for (Person person : own) {
            if ((person.function.equals("MENTOR") || person.mentorRole) && (!person.account || person.id == demoMentor)) {
                mentors.add(new Mentor(person, person.id == demoMentor ? 3 : 2 + random.nextInt(2)));
            }
        }
        for (Person teacher : experienced.subList(0, Math.min(TEACHER_MENTORS_PER_BOARD, experienced.size()))) {
            mentors.add(new Mentor(teacher, 2 + random.nextInt(2)));
        }
        mentorsByBoard.put(board, mentors);
        if (mentors.stream().anyMatch(m -> m.person.id == demoMentor)) {
            reserved.add(demoMentor);
        }

        Person first = starters.getFirst().id == demoStarter ? starters.removeFirst() : null;
        Collections.shuffle(starters, random);
        if (first != null) {
            starters.addFirst(first);
        }
        return starters;
    }

    private Long schoolContact(Person starter) {
        return people.values().stream()
                .filter(p -> Objects.equals(p.schoolId, starter.schoolId) && p.function.equals("INTERN_BEGELEIDER"))
                .map(p -> p.id).findFirst().orElse(starter.lineManager);
    }

    private Mentor mentor(long id) {
        return mentorsByBoard.values().stream().flatMap(List::stream).filter(m -> m.person.id == id).findFirst()
                .orElseThrow();
    }

    /**
     * A mentor for the starter: never the starter nor their line manager, never one already excluded, and for a
     * live pairing one with a free place. From the starter's own school if possible, else the board, else a
     * board whose mentors may help outside it.
     */
    private Mentor pickMentor(Person starter, boolean live, Set<Long> excluded) {
        List<Mentor> candidates = new ArrayList<>(mentorsByBoard.get(starter.boardId));
        Collections.shuffle(candidates, random);
        candidates.sort(Comparator.comparing((Mentor m) -> !Objects.equals(m.person.schoolId, starter.schoolId))
                .thenComparing(m -> m.live));
        for (Mentor mentor : candidates) {
            if (fits(mentor, starter, live, excluded)) {
                return mentor;
            }
        }
        List<Mentor> outside = mentorsByBoard.values().iterator().next();
        for (Mentor mentor : outside) {
            if (mentor.person.boardId != starter.boardId && fits(mentor, starter, live, excluded)) {
                return mentor;
            }
        }
        throw new IllegalStateException("No mentor left for starter " + starter.id);
    }

    private boolean fits(Mentor mentor, Person starter, boolean live, Set<Long> excluded) {
        return mentor.person.id != starter.id && !Objects.equals(mentor.person.id, starter.lineManager)
                && !excluded.contains(mentor.person.id) && !reserved.contains(mentor.person.id)
                && (!live || mentor.live < mentor.capacity);
    }

    // ---------------------------------------------------------------------------------------------------------
    // Pairings and the log

    private void pair(Role role, long placement, Person starter, Mentor forced, LocalDate start, Topic topic,
                      Map<Long, Long> successors) {
        if (role == Role.UNPAIRED) {
            return;
        }
        Mentor mentor = forced != null ? forced : pickMentor(starter, true, Set.of());
        if (mentor.person.id == starter.id || Objects.equals(mentor.person.id, starter.lineManager)) {
            throw new IllegalStateException("Starter " + starter.id + " cannot be mentored by " + mentor.person.id);
        }
        LocalDateTime proposed = start.plusDays(5 + random.nextInt(15)).atTime(10, 30);
        switch (role) {
            case PROPOSED -> {
                Pairing p = pairing(placement, starter, mentor, "PROPOSED",
                        today.minusDays(1 + random.nextInt(5)).atTime(11, 15), false);
                p.updatedAt = p.proposedAt;
            }
            case ACTIVE, QUIET, POOR_FIT, RECENT -> {
                Pairing p = pairing(placement, starter, mentor, "ACTIVE", proposed, true);
                LocalDate last = role == Role.QUIET ? today.minusDays(45 + random.nextInt(35))
                        : today.minusDays(2 + random.nextInt(18));
                log(p, starter, topic, 2 + random.nextInt(7), last, role == Role.ACTIVE);
                if (role != Role.RECENT) {
                    fit(p, true, role != Role.POOR_FIT);
                }
            }
            case PAUSED -> {
                Pairing p = pairing(placement, starter, mentor, "PAUSED", proposed, true);
                LocalDate paused = today.minusDays(20 + random.nextInt(30));
                log(p, starter, topic, 2 + random.nextInt(4), paused.minusDays(7), false);
                p.endReason = "Zwangerschapsverlof mentor";
                p.updatedAt = paused.atTime(14, 0);
                fit(p, true, true);
            }
            case ENDED -> {
                Pairing p = pairing(placement, starter, mentor, "ENDED", proposed, false);
                LocalDate ended = today.minusDays(20 + random.nextInt(40));
                log(p, starter, topic, 3 + random.nextInt(4), ended.minusDays(5), false);
                p.endedAt = ended.atTime(15, 0);
                fit(p, true, true);
                p.endReason = "Mentor stopt met begeleiden wegens een andere taak; een nieuwe mentor wordt gezocht";
                p.updatedAt = p.endedAt;
            }
            case HANDED_OVER, AFTER_ENDED -> {
                boolean handover = role == Role.HANDED_OVER;
                Mentor before = pickMentor(starter, false, Set.of(mentor.person.id));
                Pairing old = pairing(placement, starter, before, handover ? "HANDED_OVER" : "ENDED", proposed,
                        false);
                LocalDate ended = handover ? today.minusDays(100 + random.nextInt(100))
                        : old.acceptedAt.toLocalDate().plusDays(60 + random.nextInt(60));
                log(old, starter, topic, 3 + random.nextInt(3), ended.minusDays(4), false);
                old.endedAt = ended.atTime(16, 0);
                old.updatedAt = old.endedAt;
                if (handover) {
                    fit(old, true, true);
                    old.endReason = "Mentor vertrekt naar andere school";
                } else {
                    fit(old, false, true);
                    old.endReason = "Op verzoek van de starter beëindigd: andere begeleidingsbehoefte";
                }
                LocalDateTime again = handover ? old.endedAt : ended.plusDays(7 + random.nextInt(14)).atTime(10, 0);
                Pairing p = pairing(placement, starter, mentor, "ACTIVE", again, true);
                log(p, starter, topic, 2 + random.nextInt(3), today.minusDays(2 + random.nextInt(18)), false);
                fit(p, true, true);
                if (handover) {
                    successors.put(old.id, p.id);
                }
            }
            default -> throw new IllegalStateException(role.name());
        }
    }

    private Pairing pairing(long placement, Person starter, Mentor mentor, String status, LocalDateTime proposed,
                            boolean accepted) {
        Pairing p = new Pairing();
        p.id = pairingId++;
        p.placementId = placement;
        p.starterId = starter.id;
        p.mentorId = mentor.person.id;
        p.boardId = starter.boardId;
        p.status = status;
        p.score = 40 + random.nextInt(51);
        p.proposedAt = proposed;
        if (accepted || !status.equals("PROPOSED")) {
            p.acceptedAt = proposed.plusDays(1 + random.nextInt(4)).withHour(13);
        }
        p.updatedAt = p.acceptedAt;
        if (LIVE.contains(status)) {
            mentor.live++;
        }
        pairings.add(p);
        return p;
    }

    /** The fit question six weeks after acceptance, answered by both. */
    private void fit(Pairing p, boolean starterFit, boolean mentorFit) {
        LocalDateTime asked = p.acceptedAt.plusWeeks(6).withHour(8);
        LocalDateTime limit = p.endedAt != null ? p.endedAt
                : "PAUSED".equals(p.status) ? p.updatedAt : now.minusDays(1);
        if (asked.isBefore(limit)) {
            p.fitAskedAt = asked;
            p.starterFit = starterFit;
            p.mentorFit = mentorFit;
        }
    }

    /** Up to {@code count} entries, from just after acceptance to {@code last}, spread evenly. */
    private void log(Pairing p, Person starter, Topic topic, int count, LocalDate last, boolean mayShare) {
        LocalDate first = p.acceptedAt.toLocalDate().plusDays(3);
        if (last.isBefore(first)) {
            last = first;
        }
        int span = (int) ChronoUnit.DAYS.between(first, last);
        int n = Math.max(1, Math.min(count, 1 + span / 10));
        int share = mayShare && sharedLeft > 0 ? random.nextInt(n) : -1;
        if (share >= 0) {
            sharedLeft--;
        }
        for (int i = 0; i < n; i++) {
            LocalDate met = n == 1 ? last : first.plusDays((long) span * i / (n - 1));
            if (i > 0 && i < n - 1) {
                met = met.plusDays(random.nextInt(5) - 2);
            }
            long author = random.nextInt(3) == 0 ? starter.id : p.mentorId;
            String topics = topic.fill(pick(topic.primary() ? PRIMARY_TOPICS : SECONDARY_TOPICS));
            String agreement = random.nextInt(6) == 0 ? null
                    : topic.fill(pick(topic.primary() ? PRIMARY_AGREEMENTS : SECONDARY_AGREEMENTS));
            String next = random.nextInt(5) == 0 ? null : pick(NEXT_STEPS);
            entry(p, met, topics, agreement, next, author, i == share);
        }
    }

    private void entry(Pairing p, LocalDate met, String topics, String agreement, String next, long author,
                       boolean shared) {
        LocalDateTime created = met.atTime(17, 0);
        if (created.isAfter(now)) {
            created = now;
        }
        LocalDateTime sharedAt = shared ? created.plusDays(1) : null;
        if (sharedAt != null && sharedAt.isAfter(now)) {
            sharedAt = now;
        }
        entries.add(new Object[] {entryId++, p.id, Date.valueOf(met), topics, agreement, next, author, shared,
                ts(sharedAt), ts(created)});
    }

    /** The demo starter and the demo mentor: accepted a week after placement, three entries, fit still open. */
    private Pairing demoPairing(long placement, Person starter, Mentor mentor, LocalDate start) {
        Pairing p = pairing(placement, starter, mentor, "ACTIVE", start.plusDays(3).atTime(10, 30), true);
        p.acceptedAt = start.plusDays(6).atTime(13, 0);
        p.score = 84;
        entry(p, start.plusDays(10), "Startgesprek: kennismaking, verwachtingen en de eerste weken in groep 5",
                "Afspraak: elke twee weken een begeleidingsgesprek op dinsdag na schooltijd",
                "Daan noteert waar hij tegenaan loopt bij de start van de dag", mentor.person.id, false);
        entry(p, today.minusDays(58), "Klassenmanagement in groep 5: de overgang na de pauze",
                "Afspraak: lesbezoek bij rekenen volgende week",
                "Een vaste routine met de timer uitproberen en na een week evalueren", starter.id, false);
        LocalDate last = today.minusDays(14);
        entry(p, last, "Nabespreking lesbezoek rekenen: instructie op drie niveaus",
                "Afspraak: de verlengde instructie aan de instructietafel, de rest werkt met het weektaakbord",
                "Volgende keer: de voorbereiding van de oudergesprekken", mentor.person.id, false);
        p.fitAskedAt = last.plusDays(1).atTime(8, 0);
        p.mentorFit = true;
        p.updatedAt = last.plusDays(2).atTime(16, 0);
        return p;
    }

    private Topic topic(School school, Person starter) {
        boolean primary = "PO".equals(school.sector()) || "SO".equals(school.sector());
        if (primary) {
            return new Topic(true, "groep " + (3 + random.nextInt(6)), "rekenen");
        }
        String[] classes = "MBO".equals(school.sector())
                ? new String[] {"de eerstejaars van niveau 4", "de groep niveau 2", "de tweedejaars BOL"}
                : new String[] {"2 havo", "3 vwo", "1 mavo", "4 havo", "2 vmbo-b"};
        String subject = starter.subjects == null ? "Nederlands" : starter.subjects.split(", ")[0];
        return new Topic(false, classes[random.nextInt(classes.length)], subject);
    }

    private String note(String kind, Topic topic) {
        return switch (kind) {
            case "CLASSROOM_OBSERVATION" -> topic.fill(topic.primary()
                    ? "Lesbezoek in {groep}, nagesprek gevoerd" : "Lesbezoek {vak} in {klas}, nagesprek gevoerd");
            case "COURSE" -> "Afgerond met certificaat";
            default -> "Verslag besproken met de mentor";
        };
    }

    private String pick(List<String> texts) {
        return texts.get(random.nextInt(texts.size()));
    }

    private static final List<String> PRIMARY_TOPICS = List.of(
            "Klassenmanagement in {groep}: de overgang na de pauze",
            "Instructie volgens het directe-instructiemodel bij rekenen",
            "Omgaan met onrust tijdens het zelfstandig werken in {groep}",
            "Voorbereiding van het oudergesprek over een leerling met leesproblemen",
            "Differentiëren bij begrijpend lezen: drie niveaus in één les",
            "Werkdruk en het bijhouden van het leerlingvolgsysteem",
            "Het eerste rapport: observaties en toetsresultaten van {groep} bespreken",
            "Samenwerken met de onderwijsassistent in de klas",
            "Gedragsaanpak voor een leerling die veel aandacht vraagt",
            "Nabespreking lesbezoek: de start van de dag en de dagplanning op het bord",
            "Afstemming met de intern begeleider over het groepsplan van {groep}",
            "Een thema voor wereldoriëntatie opzetten");

    private static final List<String> SECONDARY_TOPICS = List.of(
            "Orde en rust in {klas} bij de start van de les {vak}",
            "Differentiëren in de les {vak}: werken met niveaukaarten",
            "Formatief toetsen bij {vak}: exit tickets aan het eind van de les",
            "Een toets voorbereiden: de toetsmatrijs voor {vak} in {klas}",
            "Mentoraat van de eigen klas: het eerste oudergesprek",
            "Nabespreking lesbezoek: activerende werkvormen bij {vak}",
            "Werkdruk: nakijken plannen naast de lessen",
            "Omgaan met telefoongebruik in {klas}",
            "Samenwerken in de sectie {vak}: afspraken over het PTA",
            "Begeleiden van leerlingen met een dyslexieverklaring");

    private static final List<String> PRIMARY_AGREEMENTS = List.of(
            "Afspraak: lesbezoek bij rekenen volgende week",
            "Afspraak: een vaste routine met de timer voor de overgangen in {groep}",
            "Afspraak: samen het groepsoverzicht voorbereiden voor de groepsbespreking",
            "Afspraak: het oudergesprek voorbereiden met een korte gespreksopzet",
            "Afspraak: de mentor deelt haar aanpakken voor zelfstandig werken",
            "Afspraak: één middag per week zonder nakijkwerk mee naar huis");

    private static final List<String> SECONDARY_AGREEMENTS = List.of(
            "Afspraak: lesbezoek bij {vak} in {klas} volgende week",
            "Afspraak: de eerste vijf minuten van elke les een vaste startopdracht",
            "Afspraak: nakijkwerk in twee vaste blokken per week plannen",
            "Afspraak: samen de toetsmatrijs doorlopen vóór de toetsweek",
            "Afspraak: meekijken in de les {vak} van een ervaren sectiecollega",
            "Afspraak: de telefoonregel van de school consequent toepassen, ook in het laatste uur");

    private static final List<String> NEXT_STEPS = List.of(
            "Volgende keer: bespreken hoe de nieuwe routine werkt",
            "Reflectie schrijven op het lesbezoek en meenemen naar het volgende gesprek",
            "Meekijken in de les van een ervaren collega",
            "Een doel voor de komende weken opnemen in het ontwikkelplan",
            "Cursus klassenmanagement aanvragen via de catalogus",
            "Terugblik op de afgelopen periode en het reflectieverslag voorbereiden");

    // ---------------------------------------------------------------------------------------------------------
    // Reading and writing

    private void load(Connection connection) throws SQLException {
        try (var statement = connection.createStatement();
                var rs = statement.executeQuery("SELECT id, board_id, name, sector FROM school ORDER BY id")) {
            while (rs.next()) {
                schools.put(rs.getLong(1), new School(rs.getLong(1), rs.getLong(2), rs.getString(3), rs.getString(4)));
            }
        }
        try (var statement = connection.createStatement();
                var rs = statement.executeQuery("""
                        SELECT e.id, e.board_id, e.school_id, e.job_function, e.started_on,
                               EXISTS (SELECT 1 FROM user_account u WHERE u.employee_id = e.id),
                               EXISTS (SELECT 1 FROM user_account u JOIN user_account_role r
                                   ON r.user_account_id = u.id WHERE u.employee_id = e.id AND r.role = 'MENTOR')
                        FROM employee e ORDER BY e.id""")) {
            while (rs.next()) {
                people.put(rs.getLong(1), new Person(rs.getLong(1), rs.getLong(2), rs.getObject(3, Long.class),
                        rs.getString(4), rs.getObject(5, LocalDate.class), rs.getBoolean(6), rs.getBoolean(7)));
            }
        }
    }

    private void updateEmployees(Connection connection) throws SQLException {
        List<Object[]> rows = new ArrayList<>();
        for (Person p : people.values()) {
            rows.add(new Object[] {p.lineManager, p.subjects, p.function,
                    p.newStartedOn == null ? (p.startedOn == null ? null : Date.valueOf(p.startedOn))
                            : Date.valueOf(p.newStartedOn), p.id});
        }
        new Jdbc(connection).insert("UPDATE employee SET line_manager_id = ?, subjects = ?, job_function = ?,"
                + " started_on = ? WHERE id = ?", rows);
    }

    private static List<Milestone> milestones(Connection connection, long programme) throws SQLException {
        List<Milestone> result = new ArrayList<>();
        try (var statement = connection.prepareStatement("""
                SELECT id, year_no, kind, required_count FROM induction_milestone
                WHERE programme_id = ? AND removed_in_revision IS NULL
                  AND kind IN ('CLASSROOM_OBSERVATION', 'REFLECTION', 'COURSE')
                ORDER BY year_no, position, id""")) {
            statement.setLong(1, programme);
            try (var rs = statement.executeQuery()) {
                while (rs.next()) {
                    result.add(new Milestone(rs.getLong(1), rs.getInt(2), rs.getString(3), rs.getInt(4)));
                }
            }
        }
        return result;
    }

    private static List<Long> longs(Connection connection, String sql) throws SQLException {
        List<Long> ids = new ArrayList<>();
        try (var statement = connection.createStatement(); var rs = statement.executeQuery(sql)) {
            while (rs.next()) {
                ids.add(rs.getLong(1));
            }
        }
        return ids;
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

    private static Timestamp ts(LocalDateTime time) {
        return time == null ? null : Timestamp.valueOf(time);
    }
}

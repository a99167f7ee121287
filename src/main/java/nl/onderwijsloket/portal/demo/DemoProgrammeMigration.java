package nl.onderwijsloket.portal.demo;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.LocalDateTime;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import org.flywaydb.core.api.MigrationVersion;
import org.flywaydb.core.api.migration.Context;
import org.flywaydb.core.api.migration.JavaMigration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBooleanProperty;
import org.springframework.stereotype.Component;

/**
 * Flyway migration 10.1: the desk's four regional induction templates, with milestones per year along the
 * five strands of the VO induction agreement of 2023 (less workload, settling in, professional development,
 * observation and guidance, intervision). Every demo board adopts the starting-teacher template and tailors
 * it a little; afterwards the desk changes that template once (revision 2 adds a conversation about
 * workload), so each board's review panel has a change to take over. Runs after V10, whose columns it fills;
 * the same content on every run, only the timestamps follow the clock.
 */
@Component
@ConditionalOnBooleanProperty(name = "portal.demo-data.enabled", matchIfMissing = true)
public class DemoProgrammeMigration implements JavaMigration {

    private final Clock clock;

    public DemoProgrammeMigration(Clock clock) {
        this.clock = clock;
    }

    @Override
    public MigrationVersion getVersion() {
        return MigrationVersion.fromVersion("10.1");
    }

    @Override
    public String getDescription() {
        return "demo induction programmes";
    }

    @Override
    public Integer getChecksum() {
        return null;
    }

    @Override
    public boolean canExecuteInTransaction() {
        return true;
    }

    /** A milestone of a template: year, kind, title, how often, who helps. */
    private record Spec(int year, String kind, String title, int count, String helper) {
    }

    private record Template(String kind, String name, int years, List<Spec> milestones) {
    }

    private static final String COACH = "Begeleidingsgesprek met je coach";
    private static final String VISIT = "Lesbezoek met nagesprek";

    static final Template STARTING_TEACHER = new Template("STARTING_TEACHER",
            "Begeleidingsprogramma startende leraren", 3, List.of(
            new Spec(1, "MENTOR_CONVERSATION", "Startgesprek met je coach", 1, "MENTOR"),
            new Spec(1, "MENTOR_CONVERSATION", "Inwerkgesprek met je leidinggevende over taken en rooster", 1,
                    "SCHOOL_CONTACT"),
            new Spec(1, "MENTOR_CONVERSATION", COACH, 6, "MENTOR"),
            new Spec(1, "CLASSROOM_OBSERVATION", VISIT, 3, "MENTOR"),
            new Spec(1, "INTERVISION", "Intervisie met startende collega's", 5, "DESK"),
            new Spec(1, "COURSE", "Cursus klassenmanagement", 1, "HR"),
            new Spec(1, "REFLECTION", "Reflectieverslag", 1, "MENTOR"),
            new Spec(2, "MENTOR_CONVERSATION", COACH, 4, "MENTOR"),
            new Spec(2, "CLASSROOM_OBSERVATION", VISIT, 2, "MENTOR"),
            new Spec(2, "CLASSROOM_OBSERVATION", "Meekijken in de les van een ervaren collega", 2, "SCHOOL_CONTACT"),
            new Spec(2, "INTERVISION", "Intervisie met startende collega's", 4, "DESK"),
            new Spec(2, "COURSE", "Cursus differentiëren in de les", 1, "HR"),
            new Spec(2, "REFLECTION", "Reflectieverslag", 1, "MENTOR"),
            new Spec(3, "MENTOR_CONVERSATION", COACH, 3, "MENTOR"),
            new Spec(3, "CLASSROOM_OBSERVATION", VISIT, 1, "MENTOR"),
            new Spec(3, "INTERVISION", "Intervisie met startende collega's", 3, "DESK"),
            new Spec(3, "COURSE", "Cursus of leerroute naar keuze uit de catalogus", 1, "HR"),
            new Spec(3, "REFLECTION", "Eindreflectie en persoonlijk ontwikkelplan", 1, "MENTOR")));

    private static final List<Template> OTHERS = List.of(
            new Template("SCHOOL_LEADER", "Inductieprogramma startende schoolleiders", 2, List.of(
                    new Spec(1, "MENTOR_CONVERSATION", "Gesprek met je coach, een ervaren schoolleider", 5, "MENTOR"),
                    new Spec(1, "CLASSROOM_OBSERVATION", "Werkbezoek bij een collega-schoolleider", 2,
                            "SCHOOL_CONTACT"),
                    new Spec(1, "INTERVISION", "Intervisie met startende schoolleiders", 4, "DESK"),
                    new Spec(1, "COURSE", "Cursus leidinggeven aan een schoolteam", 1, "HR"),
                    new Spec(1, "REFLECTION", "Reflectie op je eerste jaar als schoolleider", 1, "MENTOR"),
                    new Spec(2, "MENTOR_CONVERSATION", "Gesprek met je coach, een ervaren schoolleider", 3, "MENTOR"),
                    new Spec(2, "INTERVISION", "Intervisie met startende schoolleiders", 4, "DESK"),
                    new Spec(2, "COURSE", "Leerroute schoolleider basisbekwaam", 1, "HR"),
                    new Spec(2, "REFLECTION", "Ontwikkelplan voor de jaren hierna", 1, "MENTOR"))),
            new Template("TEACHING_ASSISTANT", "Inwerkprogramma onderwijsassistenten", 1, List.of(
                    new Spec(1, "MENTOR_CONVERSATION", "Gesprek met je werkbegeleider", 4, "MENTOR"),
                    new Spec(1, "CLASSROOM_OBSERVATION", "Meekijken in de klas met nagesprek", 2, "MENTOR"),
                    new Spec(1, "INTERVISION", "Intervisie met onderwijsassistenten", 3, "DESK"),
                    new Spec(1, "COURSE", "Cursus begeleiden van kleine groepen", 1, "HR"),
                    new Spec(1, "REFLECTION", "Reflectie op je eerste jaar", 1, "MENTOR"))),
            new Template("SIDE_ENTRANT", "Begeleidingsprogramma zij-instromers", 2, List.of(
                    new Spec(1, "MENTOR_CONVERSATION", COACH, 8, "MENTOR"),
                    new Spec(1, "MENTOR_CONVERSATION", "Voortgangsgesprek met opleiding en school", 2, "HR"),
                    new Spec(1, "CLASSROOM_OBSERVATION", VISIT, 4, "MENTOR"),
                    new Spec(1, "INTERVISION", "Intervisie met zij-instromers", 5, "DESK"),
                    new Spec(1, "COURSE", "Cursus pedagogisch-didactische basis", 1, "HR"),
                    new Spec(1, "REFLECTION", "Reflectieverslag", 1, "MENTOR"),
                    new Spec(2, "MENTOR_CONVERSATION", COACH, 5, "MENTOR"),
                    new Spec(2, "CLASSROOM_OBSERVATION", VISIT, 3, "MENTOR"),
                    new Spec(2, "INTERVISION", "Intervisie met zij-instromers", 4, "DESK"),
                    new Spec(2, "REFLECTION", "Eindreflectie en bekwaamheidsdossier", 1, "MENTOR"))));

    /** What the desk adds to the starting-teacher template after the boards adopted it: revision 2. */
    static final Spec ADDED_IN_REVISION_2 = new Spec(1, "MENTOR_CONVERSATION",
            "Gesprek over werkdruk en taakbelasting", 2, "SCHOOL_CONTACT");

    @Override
    public void migrate(Context context) throws Exception {
        Connection connection = context.getConnection();
        var jdbc = new Jdbc(connection);
        Timestamp now = Timestamp.valueOf(LocalDateTime.now(clock).truncatedTo(ChronoUnit.SECONDS));
        long programmeId = jdbc.nextId("induction_programme");
        long milestoneId = jdbc.nextId("induction_milestone");
        List<Object[]> programmes = new ArrayList<>();
        List<Object[]> milestones = new ArrayList<>();

        long startingTeacher = programmeId;
        List<Long> startingTeacherMilestones = new ArrayList<>();
        for (Template template : concat(STARTING_TEACHER, OTHERS)) {
            long id = programmeId++;
            programmes.add(new Object[] {id, null, template.kind(), template.name(), template.years(), null, null,
                    template == STARTING_TEACHER ? 2 : 1, now, now});
            int[] positions = new int[template.years() + 1];
            for (Spec spec : template.milestones()) {
                if (template == STARTING_TEACHER) {
                    startingTeacherMilestones.add(milestoneId);
                }
                milestones.add(milestone(milestoneId++, id, null, ++positions[spec.year()], spec, 1, null, now));
            }
        }

        // Each board adopts the starting-teacher template at revision 1 and tailors it.
        List<Long> boards = boards(connection);
        for (int b = 0; b < boards.size(); b++) {
            long copy = programmeId++;
            programmes.add(new Object[] {copy, boards.get(b), STARTING_TEACHER.kind(), STARTING_TEACHER.name(),
                    STARTING_TEACHER.years(), startingTeacher, 1, 1, now, now});
            int[] positions = new int[STARTING_TEACHER.years() + 1];
            for (int i = 0; i < STARTING_TEACHER.milestones().size(); i++) {
                Spec spec = STARTING_TEACHER.milestones().get(i);
                Spec mine = tailored(b, spec);
                if (mine != null) {
                    milestones.add(milestone(milestoneId++, copy, startingTeacherMilestones.get(i),
                            ++positions[mine.year()], mine, 1, spec, now));
                }
            }
            if (b % 3 == 0) {
                milestones.add(milestone(milestoneId++, copy, null, ++positions[1], new Spec(1, "COURSE",
                        "Kennismaking met de bestuursacademie", 1, "HR"), 1, null, now));
            }
        }

        // Revision 2 of the template, after the boards adopted revision 1.
        int lastInYear1 = (int) STARTING_TEACHER.milestones().stream().filter(s -> s.year() == 1).count();
        milestones.add(milestone(milestoneId, startingTeacher, null, lastInYear1 + 1, ADDED_IN_REVISION_2, 2, null,
                now));

        jdbc.insert("""
                INSERT INTO induction_programme (id, board_id, kind, name, years, template_id, template_revision,
                    revision, created_at, updated_at)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""", programmes);
        jdbc.insert("""
                INSERT INTO induction_milestone (id, programme_id, origin_id, year_no, position, kind, title,
                    required_count, helper, added_in_revision, base_year_no, base_kind, base_title,
                    base_required_count, base_helper, updated_at)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""", milestones);
    }

    /**
     * How board number {@code b} tailors a template milestone: the second board asks for a fourth lesson
     * visit in year 1, the third has the school contact lead the intervision of year 2 and drops the
     * lesson at a colleague's; null means the board removed it.
     */
    private static Spec tailored(int b, Spec spec) {
        if (b % 3 == 1 && spec.year() == 1 && spec.title().equals(VISIT)) {
            return new Spec(spec.year(), spec.kind(), spec.title(), 4, spec.helper());
        }
        if (b % 3 == 2 && spec.year() == 2 && spec.kind().equals("INTERVISION")) {
            return new Spec(spec.year(), spec.kind(), spec.title(), spec.count(), "SCHOOL_CONTACT");
        }
        if (b % 3 == 2 && spec.title().startsWith("Meekijken")) {
            return null;
        }
        return spec;
    }

    private static Object[] milestone(long id, long programme, Long origin, int position, Spec spec, int added,
                                      Spec base, Timestamp now) {
        return new Object[] {id, programme, origin, spec.year(), position, spec.kind(), spec.title(), spec.count(),
                spec.helper(), added, base == null ? null : base.year(), base == null ? null : base.kind(),
                base == null ? null : base.title(), base == null ? null : base.count(),
                base == null ? null : base.helper(), now};
    }

    private static List<Template> concat(Template first, List<Template> rest) {
        List<Template> all = new ArrayList<>(List.of(first));
        all.addAll(rest);
        return all;
    }

    private static List<Long> boards(Connection connection) throws SQLException {
        List<Long> ids = new ArrayList<>();
        try (var statement = connection.createStatement();
                var result = statement.executeQuery("SELECT id FROM board ORDER BY id")) {
            while (result.next()) {
                ids.add(result.getLong(1));
            }
        }
        return ids;
    }
}

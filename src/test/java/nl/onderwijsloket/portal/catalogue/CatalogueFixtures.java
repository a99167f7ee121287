package nl.onderwijsloket.portal.catalogue;

import java.sql.Date;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import nl.onderwijsloket.portal.catalogue.data.CourseReadSql;
import nl.onderwijsloket.portal.people.JobFunction;
import nl.onderwijsloket.portal.people.Sector;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;

/**
 * Writes small, recognisable catalogue data for a test and removes it afterwards. Rows are committed
 * (FULLTEXT only sees committed rows), so every test that uses this calls {@link #removeAll()}.
 */
public class CatalogueFixtures {

    private final JdbcClient jdbc;
    private final CourseReadSql readSql;
    private final LocalDate today;
    private final List<Long> courses = new ArrayList<>();
    private final List<Long> providers = new ArrayList<>();
    private final List<Long> pathways = new ArrayList<>();
    private int sequence;

    public CatalogueFixtures(JdbcClient jdbc, CourseReadSql readSql, LocalDate today) {
        this.jdbc = jdbc;
        this.readSql = readSql;
        this.today = today;
    }

    public long provider(String name) {
        var keys = new GeneratedKeyHolder();
        jdbc.sql("INSERT INTO provider (code, name, kind, town) VALUES (:code, :name, 'KENNISNETWERK', 'Enschede')")
                .param("code", "TEST-P-" + System.nanoTime())
                .param("name", name)
                .update(keys);
        long id = keys.getKey().longValue();
        providers.add(id);
        return id;
    }

    /** A published course; search text holds the provider name and the theme labels, as the portal keeps it. */
    public long course(long providerId, String title, String summary, CourseFormat format, CourseLevel level,
                       Set<JobFunction> audiences, Set<Sector> sectors, Set<Theme> themes) {
        var keys = new GeneratedKeyHolder();
        String providerName = jdbc.sql("SELECT name FROM provider WHERE id = :id").param("id", providerId)
                .query(String.class).single();
        jdbc.sql("INSERT INTO course (provider_id, code, title, summary, description, format, level,"
                        + " study_load_hours, cost_cents, language, employer_approval_required, published,"
                        + " search_text, created_at, updated_at)"
                        + " VALUES (:provider, :code, :title, :summary, :description, :format, :level, 12, 0, 'nl',"
                        + " FALSE, TRUE, :search, :now, :now)")
                .param("provider", providerId)
                .param("code", "TEST-C-" + System.nanoTime() + "-" + (++sequence))
                .param("title", title)
                .param("summary", summary)
                .param("description", summary + " Uitgebreide beschrijving.")
                .param("format", format.name())
                .param("level", level.name())
                .param("search", providerName + " " + String.join(" ", themes.stream().map(Enum::name).toList()))
                .param("now", java.sql.Timestamp.from(Instant.now()))
                .update(keys);
        long id = keys.getKey().longValue();
        courses.add(id);
        audiences.forEach(a -> jdbc.sql("INSERT INTO course_audience VALUES (:c, :v)")
                .param("c", id).param("v", a.name()).update());
        sectors.forEach(s -> jdbc.sql("INSERT INTO course_sector VALUES (:c, :v)")
                .param("c", id).param("v", s.name()).update());
        themes.forEach(t -> jdbc.sql("INSERT INTO course_theme VALUES (:c, :v)")
                .param("c", id).param("v", t.name()).update());
        return id;
    }

    /** Makes a course need the employer's approval before a seat is given. */
    public void requireApproval(long courseId) {
        jdbc.sql("UPDATE course SET employer_approval_required = TRUE WHERE id = :id").param("id", courseId).update();
    }

    /** An on-site edition starting {@code daysFromToday} from today, with its enrolment deadline a week before. */
    public long edition(long courseId, int daysFromToday, int capacity, int seatsTaken, EditionStatus status) {
        LocalDate start = today.plusDays(daysFromToday);
        var keys = new GeneratedKeyHolder();
        jdbc.sql("INSERT INTO edition (course_id, start_date, end_date, online, location_name, location_town,"
                        + " capacity, seats_taken, enrolment_deadline, status)"
                        + " VALUES (:course, :start, :end, FALSE, 'Testlocatie', 'Hengelo', :capacity, :taken,"
                        + " :deadline, :status)")
                .param("course", courseId)
                .param("start", Date.valueOf(start))
                .param("end", Date.valueOf(start.plusDays(14)))
                .param("capacity", capacity)
                .param("taken", seatsTaken)
                .param("deadline", Date.valueOf(start.minusDays(7)))
                .param("status", status.name())
                .update(keys);
        long id = keys.getKey().longValue();
        jdbc.sql("INSERT INTO meeting (edition_id, seq, starts_at, ends_at, topic)"
                        + " VALUES (:e, 1, :s, :t, 'Kennismaking')")
                .param("e", id)
                .param("s", java.sql.Timestamp.valueOf(start.atTime(15, 30)))
                .param("t", java.sql.Timestamp.valueOf(start.atTime(17, 30)))
                .update();
        readSql.refreshNextStart(courseId, today);
        return id;
    }

    /** A pathway with the given courses as steps, followed by a closing milestone. */
    public String pathway(String title, List<Long> courseIds) {
        String code = "test-route-" + System.nanoTime();
        var keys = new GeneratedKeyHolder();
        jdbc.sql("INSERT INTO pathway (code, title, summary, description, duration_months, outcome)"
                        + " VALUES (:code, :title, 'Samenvatting', 'Beschrijving', 12, 'Een certificaat')")
                .param("code", code).param("title", title).update(keys);
        long id = keys.getKey().longValue();
        pathways.add(id);
        jdbc.sql("INSERT INTO pathway_audience VALUES (:p, 'ONDERWIJSASSISTENT')").param("p", id).update();
        int position = 0;
        for (long courseId : courseIds) {
            position++;
            jdbc.sql("INSERT INTO pathway_step (pathway_id, position, kind, course_id, title, planned_month)"
                            + " VALUES (:p, :pos, 'COURSE', :c, (SELECT title FROM course WHERE id = :c), :pos)")
                    .param("p", id).param("pos", position).param("c", courseId).update();
        }
        jdbc.sql("INSERT INTO pathway_step (pathway_id, position, kind, title, description, planned_month)"
                        + " VALUES (:p, :pos, 'MILESTONE', 'Eindgesprek', 'Terugblik en vervolg', 12)")
                .param("p", id).param("pos", position + 1).update();
        return code;
    }

    public void removeAll() {
        pathways.forEach(id -> jdbc.sql("DELETE FROM pathway WHERE id = :id").param("id", id).update());
        courses.forEach(id -> {
            jdbc.sql("DELETE FROM enrolment_event WHERE edition_id IN (SELECT id FROM edition WHERE course_id = :id)")
                    .param("id", id).update();
            jdbc.sql("DELETE FROM enrolment WHERE edition_id IN (SELECT id FROM edition WHERE course_id = :id)")
                    .param("id", id).update();
            jdbc.sql("DELETE FROM edition WHERE course_id = :id").param("id", id).update();
            jdbc.sql("DELETE FROM course WHERE id = :id").param("id", id).update();
        });
        providers.forEach(id -> jdbc.sql("DELETE FROM provider WHERE id = :id").param("id", id).update());
        pathways.clear();
        courses.clear();
        providers.clear();
    }
}

package nl.onderwijsloket.portal.catalogue.data;

import java.sql.Date;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import nl.onderwijsloket.portal.catalogue.EditionStatus;
import nl.onderwijsloket.portal.catalogue.EditionView;
import nl.onderwijsloket.portal.catalogue.PathwayDetails;
import nl.onderwijsloket.portal.catalogue.PathwaySummary;
import nl.onderwijsloket.portal.catalogue.StepKind;
import nl.onderwijsloket.portal.people.JobFunction;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Read models of the course and pathway pages: a fixed, small number of queries per page. */
@Repository
public class CourseReadSql {

    private final JdbcClient jdbc;

    public CourseReadSql(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Editions of a course that end on or after {@code since}, in date order, with their meetings. */
    public List<EditionView> editions(long courseId, LocalDate since) {
        Map<Long, List<EditionView.Meeting>> meetings = new HashMap<>();
        jdbc.sql("""
                        SELECT m.edition_id, m.seq, m.starts_at, m.ends_at, m.topic FROM meeting m
                        JOIN edition e ON e.id = m.edition_id
                        WHERE e.course_id = :course AND e.end_date >= :since ORDER BY m.edition_id, m.seq""")
                .param("course", courseId).param("since", Date.valueOf(since))
                .query(rs -> {
                    meetings.computeIfAbsent(rs.getLong("edition_id"), id -> new ArrayList<>())
                            .add(new EditionView.Meeting(rs.getInt("seq"),
                                    rs.getTimestamp("starts_at").toLocalDateTime(),
                                    rs.getTimestamp("ends_at").toLocalDateTime(), rs.getString("topic")));
                });
        return jdbc.sql("""
                        SELECT id, start_date, end_date, online, location_name, location_town, capacity,
                               seats_taken, enrolment_deadline, status FROM edition
                        WHERE course_id = :course AND end_date >= :since ORDER BY start_date, id""")
                .param("course", courseId).param("since", Date.valueOf(since))
                .query((rs, n) -> new EditionView(rs.getLong("id"),
                        rs.getObject("start_date", LocalDate.class), rs.getObject("end_date", LocalDate.class),
                        rs.getBoolean("online"), rs.getString("location_name"), rs.getString("location_town"),
                        rs.getInt("capacity"), rs.getInt("seats_taken"),
                        rs.getObject("enrolment_deadline", LocalDate.class),
                        EditionStatus.valueOf(rs.getString("status")),
                        List.copyOf(meetings.getOrDefault(rs.getLong("id"), List.of()))))
                .list();
    }

    /** All pathways, in title order. */
    public List<PathwaySummary> pathways() {
        return summaries("", Map.of());
    }

    /** The pathways that contain the course as a step. */
    public List<PathwaySummary> pathwaysWithCourse(long courseId) {
        return summaries(" WHERE p.id IN (SELECT pathway_id FROM pathway_step WHERE course_id = :course)",
                Map.of("course", courseId));
    }

    private List<PathwaySummary> summaries(String where, Map<String, Object> params) {
        Map<Long, Set<JobFunction>> audiences = audiences();
        return jdbc.sql("""
                        SELECT p.id, p.code, p.title, p.summary, p.duration_months,
                               (SELECT COUNT(*) FROM pathway_step s WHERE s.pathway_id = p.id) AS steps
                        FROM pathway p%s ORDER BY p.title""".formatted(where))
                .params(params)
                .query((rs, n) -> new PathwaySummary(rs.getString("code"), rs.getString("title"),
                        rs.getString("summary"), rs.getInt("duration_months"),
                        audiences.getOrDefault(rs.getLong("id"), Set.of()), rs.getInt("steps")))
                .list();
    }

    private Map<Long, Set<JobFunction>> audiences() {
        Map<Long, Set<JobFunction>> result = new HashMap<>();
        jdbc.sql("SELECT pathway_id, job_function FROM pathway_audience").query(rs -> {
            result.computeIfAbsent(rs.getLong("pathway_id"), id -> EnumSet.noneOf(JobFunction.class))
                    .add(JobFunction.valueOf(rs.getString("job_function")));
        });
        return result;
    }

    public Optional<PathwayDetails> pathway(String code, LocalDate today) {
        record Head(long id, String title, String summary, String description, int months, String outcome) {
        }
        Optional<Head> head = jdbc.sql("""
                        SELECT id, title, summary, description, duration_months, outcome
                        FROM pathway WHERE code = :code""")
                .param("code", code)
                .query((rs, n) -> new Head(rs.getLong("id"), rs.getString("title"), rs.getString("summary"),
                        rs.getString("description"), rs.getInt("duration_months"), rs.getString("outcome")))
                .optional();
        return head.map(h -> {
            List<PathwayDetails.Step> steps = jdbc.sql("""
                            SELECT s.position, s.kind, s.title, s.description,
                                   s.planned_month, s.course_id, c.title AS course_title, c.next_start_date
                            FROM pathway_step s LEFT JOIN course c ON c.id = s.course_id
                            WHERE s.pathway_id = :id ORDER BY s.position""")
                    .param("id", h.id())
                    .query((rs, n) -> new PathwayDetails.Step(rs.getInt("position"),
                            StepKind.valueOf(rs.getString("kind")), rs.getString("title"),
                            rs.getString("description"), rs.getInt("planned_month"),
                            rs.getObject("course_id", Long.class), rs.getString("course_title"),
                            rs.getObject("next_start_date", LocalDate.class)))
                    .list();
            Set<JobFunction> audiences = audiences().getOrDefault(h.id(), Set.of());
            return new PathwayDetails(code, h.title(), h.summary(), h.description(), h.months(), h.outcome(),
                    audiences, steps);
        });
    }

    /**
     * Recomputes {@code course.next_start_date} from the editions: for one course, or for all when
     * {@code courseId} is null. Idempotent, so running it on several nodes at once is harmless.
     */
    public int refreshNextStart(Long courseId, LocalDate today) {
        return jdbc.sql("""
                        UPDATE course c SET c.next_start_date = (SELECT MIN(e.start_date) FROM edition e
                            WHERE e.course_id = c.id AND e.status IN ('OPEN', 'PLANNED')
                            AND e.start_date >= :today)%s"""
                        .formatted(courseId == null ? "" : " WHERE c.id = :course"))
                .param("today", Date.valueOf(today))
                .params(courseId == null ? Map.of() : Map.of("course", courseId))
                .update();
    }
}

package nl.onderwijsloket.portal.enrolment.data;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import nl.onderwijsloket.portal.catalogue.EditionStatus;
import nl.onderwijsloket.portal.enrolment.EnrolmentStatus;
import nl.onderwijsloket.portal.enrolment.MyLearning;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** "My learning" in SQL: projections of one person's enrolments, meetings, pathways and credited hours. */
@Repository
public class LearningSql {

    private static final String ACTIVE = "('REQUESTED', 'AWAITING_APPROVAL', 'ENROLLED', 'WAITLISTED', 'OFFERED')";
    private static final String COMPLETED = """
            SELECT n.id, c.id AS course_id, c.title, p.name AS provider_name,
                   n.completed_on, COALESCE(n.hours_credited, 0) AS hours
            FROM enrolment n
            JOIN catalogue_edition e ON e.id = n.edition_id
            JOIN catalogue_course c ON c.id = e.course_id
            JOIN catalogue_provider p ON p.id = c.provider_id
            WHERE n.employee_id = :me AND n.status = 'COMPLETED'
            """;

    private final JdbcClient jdbc;

    public LearningSql(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Her enrolments: the active ones first, soonest start first; then the rest, latest start first. */
    public List<MyLearning.Enrolment> enrolments(long employeeId, int offset, int limit) {
        return jdbc.sql("""
                        SELECT n.id, c.id AS course_id, c.title, p.name AS provider_name, e.start_date, e.end_date,
                               e.online, e.location_name, e.location_town, n.status, n.waitlist_position,
                               n.offer_expires_at, n.reason
                        FROM enrolment n
                        JOIN catalogue_edition e ON e.id = n.edition_id
                        JOIN catalogue_course c ON c.id = e.course_id
                        JOIN catalogue_provider p ON p.id = c.provider_id
                        WHERE n.employee_id = :me
                        ORDER BY n.status NOT IN %1$s,
                                 CASE WHEN n.status IN %1$s THEN e.start_date END,
                                 e.start_date DESC, n.id DESC
                        LIMIT :limit OFFSET :offset
                        """.formatted(ACTIVE))
                .param("me", employeeId).param("limit", limit).param("offset", offset)
                .query((rs, n) -> {
                    Timestamp expires = rs.getTimestamp("offer_expires_at");
                    return new MyLearning.Enrolment(rs.getLong("id"), rs.getLong("course_id"), rs.getString("title"),
                            rs.getString("provider_name"), date(rs, "start_date"), date(rs, "end_date"),
                            rs.getBoolean("online"), rs.getString("location_name"), rs.getString("location_town"),
                            EnrolmentStatus.valueOf(rs.getString("status")),
                            rs.getObject("waitlist_position", Integer.class),
                            expires == null ? null : expires.toInstant(), rs.getString("reason"));
                })
                .list();
    }

    public int countEnrolments(long employeeId) {
        return jdbc.sql("SELECT COUNT(*) FROM enrolment WHERE employee_id = :me").param("me", employeeId)
                .query(Integer.class).single();
    }

    /** Meetings of editions she holds a seat in (enrolled) that end after {@code now}, soonest first. */
    public List<MyLearning.Meeting> upcomingMeetings(long employeeId, LocalDateTime now, int limit) {
        return jdbc.sql("""
                        SELECT m.id, m.starts_at, m.ends_at, m.topic, c.id AS course_id, c.title, e.online,
                               e.location_name, e.location_town
                        FROM enrolment n
                        JOIN catalogue_edition e ON e.id = n.edition_id
                        JOIN catalogue_course c ON c.id = e.course_id
                        JOIN catalogue_meeting m ON m.edition_id = e.id
                        WHERE n.employee_id = :me AND n.status = 'ENROLLED' AND e.status <> :cancelled
                          AND m.ends_at > :now
                        ORDER BY m.starts_at, m.id
                        LIMIT :limit
                        """)
                .param("me", employeeId).param("cancelled", EditionStatus.CANCELLED.name()).param("now", Timestamp.valueOf(now)).param("limit", limit)
                .query((rs, n) -> new MyLearning.Meeting(rs.getLong("id"),
                        rs.getTimestamp("starts_at").toLocalDateTime(), rs.getTimestamp("ends_at").toLocalDateTime(),
                        rs.getString("topic"), rs.getLong("course_id"), rs.getString("title"), rs.getBoolean("online"),
                        rs.getString("location_name"), rs.getString("location_town")))
                .list();
    }

    /**
     * Her progress through every pathway that has a course step she is enrolled in or completed: one
     * statement over the steps of those pathways, joined to her best state per course.
     */
    public List<MyLearning.PathwayProgress> pathways(long employeeId) {
        record Step(long pathwayId, String code, String title, int position, String stepTitle, long courseId,
                    int state) {
        }
        List<Step> steps = jdbc.sql("""
                        SELECT p.id, p.code, p.title, s.position, s.title AS step_title, s.course_id,
                               COALESCE(mine.state, 0) AS state
                        FROM catalogue_pathway p
                        JOIN catalogue_pathway_step s ON s.pathway_id = p.id AND s.kind = 'COURSE'
                        LEFT JOIN (SELECT e.course_id,
                                          MAX(CASE n.status WHEN 'COMPLETED' THEN 2 WHEN 'ENROLLED' THEN 1 ELSE 0 END)
                                              AS state
                                   FROM enrolment n JOIN catalogue_edition e ON e.id = n.edition_id
                                   WHERE n.employee_id = :me
                                   GROUP BY e.course_id) mine ON mine.course_id = s.course_id
                        WHERE p.id IN (SELECT s2.pathway_id FROM catalogue_pathway_step s2
                                       JOIN catalogue_edition e2 ON e2.course_id = s2.course_id
                                       JOIN enrolment n2 ON n2.edition_id = e2.id
                                       WHERE n2.employee_id = :me AND n2.status IN ('ENROLLED', 'COMPLETED'))
                        ORDER BY p.title, p.id, s.position
                        """)
                .param("me", employeeId)
                .query((rs, n) -> new Step(rs.getLong("id"), rs.getString("code"), rs.getString("title"),
                        rs.getInt("position"), rs.getString("step_title"), rs.getLong("course_id"), rs.getInt("state")))
                .list();
        Map<Long, List<Step>> byPathway = new LinkedHashMap<>();
        steps.forEach(step -> byPathway.computeIfAbsent(step.pathwayId(), id -> new ArrayList<>()).add(step));
        return byPathway.values().stream().map(list -> {
            Step first = list.getFirst();
            int completed = (int) list.stream().filter(s -> s.state() == 2).count();
            MyLearning.NextStep next = list.stream().filter(s -> s.state() < 2).findFirst()
                    .map(s -> new MyLearning.NextStep(s.position(), s.stepTitle(), s.courseId(), s.state() == 1))
                    .orElse(null);
            return new MyLearning.PathwayProgress(first.code(), first.title(), completed, list.size(), next);
        }).toList();
    }

    /** Her completed courses, latest first. */
    public List<MyLearning.CompletedCourse> completed(long employeeId, int offset, int limit) {
        return jdbc.sql(COMPLETED + "ORDER BY n.completed_on DESC, n.id DESC LIMIT :limit OFFSET :offset")
                .param("me", employeeId).param("limit", limit).param("offset", offset)
                .query(LearningSql::completed).list();
    }

    /** All her completed courses, oldest first (for the export). */
    public List<MyLearning.CompletedCourse> allCompleted(long employeeId) {
        return jdbc.sql(COMPLETED + "ORDER BY n.completed_on, n.id").param("me", employeeId)
                .query(LearningSql::completed).list();
    }

    public int countCompleted(long employeeId) {
        return jdbc.sql("SELECT COUNT(*) FROM enrolment WHERE employee_id = :me AND status = 'COMPLETED'")
                .param("me", employeeId).query(Integer.class).single();
    }

    /** One completed course of hers; empty when the enrolment is not hers or not completed. */
    public Optional<MyLearning.CompletedCourse> completedCourse(long employeeId, long enrolmentId) {
        return jdbc.sql(COMPLETED + "AND n.id = :id").param("me", employeeId).param("id", enrolmentId)
                .query(LearningSql::completed).optional();
    }

    /** Hours credited per calendar year of completion, latest year first. */
    public List<MyLearning.YearTotal> hoursPerYear(long employeeId) {
        return jdbc.sql("""
                        SELECT YEAR(completed_on) AS y, SUM(COALESCE(hours_credited, 0)) AS hours, COUNT(*) AS courses
                        FROM enrolment
                        WHERE employee_id = :me AND status = 'COMPLETED'
                        GROUP BY YEAR(completed_on)
                        ORDER BY y DESC
                        """)
                .param("me", employeeId)
                .query((rs, n) -> new MyLearning.YearTotal(rs.getInt("y"), rs.getInt("hours"), rs.getInt("courses")))
                .list();
    }

    /** The person's full name, as a certificate names her. */
    public String fullName(long employeeId) {
        return jdbc.sql("SELECT first_name, name_prefix, last_name FROM people_employee WHERE id = :me")
                .param("me", employeeId)
                .query((rs, n) -> PersonRef.fullName(rs.getString("first_name"), rs.getString("name_prefix"),
                        rs.getString("last_name")))
                .single();
    }

    private static MyLearning.CompletedCourse completed(ResultSet rs, int n) throws SQLException {
        return new MyLearning.CompletedCourse(rs.getLong("id"), rs.getLong("course_id"), rs.getString("title"),
                rs.getString("provider_name"), date(rs, "completed_on"), rs.getInt("hours"));
    }

    private static LocalDate date(ResultSet rs, String column) throws SQLException {
        return rs.getObject(column, LocalDate.class);
    }
}

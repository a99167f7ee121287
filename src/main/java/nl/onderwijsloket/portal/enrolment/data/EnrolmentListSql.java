package nl.onderwijsloket.portal.enrolment.data;

import java.sql.Timestamp;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import nl.onderwijsloket.portal.catalogue.EditionStatus;
import nl.onderwijsloket.portal.common.LikePattern;
import nl.onderwijsloket.portal.enrolment.AuditEntry;
import nl.onderwijsloket.portal.enrolment.BoardEnrolment;
import nl.onderwijsloket.portal.enrolment.CourseChoice;
import nl.onderwijsloket.portal.enrolment.EditionInfo;
import nl.onderwijsloket.portal.enrolment.EnrolmentSearch;
import nl.onderwijsloket.portal.enrolment.EnrolmentStatus;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Read models of the enrolment screens: projections, filtered and paged in the database. */
@Repository
public class EnrolmentListSql {

    private static final String EDITION = """
            SELECT e.id, e.course_id, c.title, e.start_date, e.end_date, e.enrolment_deadline, e.status, e.capacity,
                   e.seats_taken,
                   (SELECT COUNT(*) FROM enrolment n WHERE n.edition_id = e.id AND n.status = 'WAITLISTED') AS waitlisted
            FROM catalogue_edition e JOIN catalogue_course c ON c.id = e.course_id
            """;

    /** Edition statuses in which one can ask for a place. */
    private static final List<String> ENROLLABLE = List.of(EditionStatus.OPEN.name(), EditionStatus.PLANNED.name());

    private final JdbcClient jdbc;

    public EnrolmentListSql(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public Optional<EditionInfo> edition(long id) {
        return jdbc.sql(EDITION + "WHERE e.id = :id").param("id", id).query(EnrolmentListSql::edition).optional();
    }

    /** Editions open for enrolment from today, soonest first, optionally matching words of the course title. */
    public List<EditionInfo> openEditions(String text, LocalDate today, int offset, int limit) {
        return jdbc.sql(EDITION + """
                        WHERE e.status IN (:enrollable) AND e.enrolment_deadline >= :today
                          AND c.title LIKE :text %s
                        ORDER BY e.start_date, c.title, e.id
                        LIMIT :limit OFFSET :offset
                        """.formatted(LikePattern.ESCAPE))
                .param("enrollable", ENROLLABLE).param("today", java.sql.Date.valueOf(today)).param("text", LikePattern.containing(text))
                .param("limit", limit).param("offset", offset)
                .query(EnrolmentListSql::edition).list();
    }

    public int countOpenEditions(String text, LocalDate today) {
        return jdbc.sql("""
                        SELECT COUNT(*) FROM catalogue_edition e JOIN catalogue_course c ON c.id = e.course_id
                        WHERE e.status IN (:enrollable) AND e.enrolment_deadline >= :today
                          AND c.title LIKE :text %s
                        """.formatted(LikePattern.ESCAPE))
                .param("enrollable", ENROLLABLE).param("today", java.sql.Date.valueOf(today)).param("text", LikePattern.containing(text))
                .query(Integer.class).single();
    }

    public List<BoardEnrolment> enrolments(EnrolmentSearch search, @Nullable Long boardId, int offset, int limit) {
        var where = where(search, boardId);
        Map<String, Object> params = new HashMap<>(where.params());
        params.put("limit", limit);
        params.put("offset", offset);
        return jdbc.sql("""
                        SELECT n.id, m.first_name, m.name_prefix, m.last_name, b.name AS board, c.title,
                               e.start_date, n.status, n.waitlist_position, n.offer_expires_at, n.reason, n.updated_at
                        """ + FROM + where.sql() + " ORDER BY n.updated_at DESC, n.id DESC LIMIT :limit OFFSET :offset")
                .params(params)
                .query((rs, i) -> {
                    Timestamp expires = rs.getTimestamp("offer_expires_at");
                    return new BoardEnrolment(rs.getLong("id"), PersonRef.fullName(rs.getString("first_name"),
                            rs.getString("name_prefix"), rs.getString("last_name")), rs.getString("board"),
                            rs.getString("title"), rs.getObject("start_date", LocalDate.class),
                            EnrolmentStatus.valueOf(rs.getString("status")),
                            rs.getObject("waitlist_position", Integer.class),
                            expires == null ? null : expires.toInstant(), rs.getString("reason"),
                            rs.getTimestamp("updated_at").toInstant());
                })
                .list();
    }

    public int countEnrolments(EnrolmentSearch search, @Nullable Long boardId) {
        var where = where(search, boardId);
        return jdbc.sql("SELECT COUNT(*)" + FROM + where.sql()).params(where.params()).query(Integer.class).single();
    }

    public List<AuditEntry> history(long enrolmentId) {
        return jdbc.sql("""
                        SELECT created_at, actor_name, from_status, to_status, waitlist_position, reason
                        FROM enrolment_event WHERE enrolment_id = :id ORDER BY id
                        """)
                .param("id", enrolmentId)
                .query((rs, i) -> new AuditEntry(rs.getTimestamp("created_at").toInstant(), rs.getString("actor_name"),
                        rs.getString("from_status") == null ? null : EnrolmentStatus.valueOf(rs.getString("from_status")),
                        EnrolmentStatus.valueOf(rs.getString("to_status")),
                        rs.getObject("waitlist_position", Integer.class), rs.getString("reason")))
                .list();
    }

    /** Courses with at least one enrolment of the board (null = any board), titles containing the text. */
    public List<CourseChoice> enrolledCourses(String text, @Nullable Long boardId, int offset, int limit) {
        return jdbc.sql("""
                        SELECT c.id, c.title FROM catalogue_course c
                        WHERE c.title LIKE :text %s AND EXISTS (%s)
                        ORDER BY c.title, c.id LIMIT :limit OFFSET :offset""".formatted(LikePattern.ESCAPE,
                        enrolledIn(boardId)))
                .param("text", LikePattern.containing(text)).param("board", boardId)
                .param("limit", limit).param("offset", offset)
                .query((rs, i) -> new CourseChoice(rs.getLong("id"), rs.getString("title")))
                .list();
    }

    public int countEnrolledCourses(String text, @Nullable Long boardId) {
        return jdbc.sql("SELECT COUNT(*) FROM catalogue_course c WHERE c.title LIKE :text %s AND EXISTS (%s)"
                        .formatted(LikePattern.ESCAPE, enrolledIn(boardId)))
                .param("text", LikePattern.containing(text)).param("board", boardId)
                .query(Integer.class).single();
    }

    public Optional<CourseChoice> courseChoice(long courseId) {
        return jdbc.sql("SELECT id, title FROM catalogue_course WHERE id = :id").param("id", courseId)
                .query((rs, i) -> new CourseChoice(rs.getLong("id"), rs.getString("title"))).optional();
    }

    private static String enrolledIn(@Nullable Long boardId) {
        return """
                SELECT 1 FROM catalogue_edition e JOIN enrolment n ON n.edition_id = e.id
                JOIN people_employee m ON m.id = n.employee_id
                WHERE e.course_id = c.id""" + (boardId == null ? "" : " AND m.board_id = :board");
    }

    private static final String FROM = """
            FROM enrolment n
            JOIN people_employee m ON m.id = n.employee_id
            JOIN people_board b ON b.id = m.board_id
            JOIN catalogue_edition e ON e.id = n.edition_id
            JOIN catalogue_course c ON c.id = e.course_id
            """;

    private record Where(String sql, Map<String, Object> params) {
    }

    private static Where where(EnrolmentSearch search, @Nullable Long boardId) {
        var sql = new StringBuilder(" WHERE 1 = 1");
        Map<String, Object> params = new HashMap<>();
        if (boardId != null) {
            sql.append(" AND m.board_id = :board");
            params.put("board", boardId);
        }
        if (search.courseId() != null) {
            sql.append(" AND e.course_id = :course");
            params.put("course", search.courseId());
        }
        if (!search.statuses().isEmpty()) {
            sql.append(" AND n.status IN (:statuses)");
            params.put("statuses", search.statuses().stream().map(Enum::name).toList());
        }
        int i = 0;
        for (String word : search.text().split("\\s+")) {
            if (!word.isBlank()) {
                String name = "w" + i++;
                sql.append(" AND CONCAT_WS(' ', m.first_name, m.name_prefix, m.last_name, c.title) LIKE :").append(name)
                        .append(LikePattern.ESCAPE);
                params.put(name, LikePattern.containing(word));
            }
        }
        return new Where(sql.toString(), params);
    }

    private static EditionInfo edition(java.sql.ResultSet rs, int row) throws java.sql.SQLException {
        return new EditionInfo(rs.getLong("id"), rs.getLong("course_id"), rs.getString("title"),
                rs.getObject("start_date", LocalDate.class), rs.getObject("end_date", LocalDate.class),
                rs.getObject("enrolment_deadline", LocalDate.class), EditionStatus.valueOf(rs.getString("status")), rs.getInt("capacity"),
                rs.getInt("seats_taken"), rs.getInt("waitlisted"));
    }
}

package nl.onderwijsloket.portal.enrolment.data;

import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import nl.onderwijsloket.portal.catalogue.EditionStatus;
import nl.onderwijsloket.portal.common.LikePattern;
import nl.onderwijsloket.portal.enrolment.EditionChoice;
import nl.onderwijsloket.portal.enrolment.EnrolmentStatus;
import nl.onderwijsloket.portal.enrolment.ParticipantList;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * Participant lists and attendance in SQL: one query for the edition, one for its meetings, one for its
 * people and one for their attendance, whatever the number of people. Attendance is written while the
 * caller holds the edition's row lock.
 */
@Repository
public class ParticipantSql {

    /** Who sees which editions and people: a provider its own courses, HR its own board, a coordinator all. */
    public record Scope(@Nullable Long providerId, @Nullable Long boardId) {

        public static final Scope ALL = new Scope(null, null);

        public static Scope provider(long providerId) {
            return new Scope(providerId, null);
        }

        public static Scope board(long boardId) {
            return new Scope(null, boardId);
        }
    }

    private final JdbcClient jdbc;

    public ParticipantSql(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public Optional<ParticipantList.Edition> edition(long editionId) {
        return jdbc.sql("""
                        SELECT e.id, e.course_id, c.title, p.name AS provider_name, e.start_date, e.end_date,
                               e.capacity, e.seats_taken, e.status, c.study_load_hours
                        FROM catalogue_edition e
                        JOIN catalogue_course c ON c.id = e.course_id
                        JOIN catalogue_provider p ON p.id = c.provider_id
                        WHERE e.id = :id
                        """)
                .param("id", editionId)
                .query((rs, n) -> new ParticipantList.Edition(rs.getLong("id"), rs.getLong("course_id"),
                        rs.getString("title"), rs.getString("provider_name"),
                        rs.getObject("start_date", LocalDate.class), rs.getObject("end_date", LocalDate.class),
                        rs.getInt("capacity"), rs.getInt("seats_taken"), EditionStatus.valueOf(rs.getString("status")),
                        rs.getInt("study_load_hours")))
                .optional();
    }

    /** The provider whose course the edition is an edition of. */
    public Optional<Long> providerOf(long editionId) {
        return jdbc.sql("""
                        SELECT c.provider_id FROM catalogue_edition e JOIN catalogue_course c ON c.id = e.course_id
                        WHERE e.id = :id
                        """)
                .param("id", editionId).query(Long.class).optional();
    }

    public List<ParticipantList.Meeting> meetings(long editionId) {
        return jdbc.sql("""
                        SELECT id, seq, starts_at, ends_at, topic FROM catalogue_meeting WHERE edition_id = :id ORDER BY seq
                        """)
                .param("id", editionId)
                .query((rs, n) -> new ParticipantList.Meeting(rs.getLong("id"), rs.getInt("seq"),
                        rs.getTimestamp("starts_at").toLocalDateTime(), rs.getTimestamp("ends_at").toLocalDateTime(),
                        rs.getString("topic")))
                .list();
    }

    /**
     * The edition's people (of one board, when {@code boardId} is given): seat holders first, then those
     * waiting for approval or for the edition to open, the waitlist in order, the cancelled last; by name.
     */
    public List<ParticipantList.Participant> participants(long editionId, @Nullable Long boardId) {
        return jdbc.sql("""
                        SELECT n.id, m.first_name, m.name_prefix, m.last_name, s.name AS school, b.name AS board,
                               n.status, n.waitlist_position, n.offer_expires_at, n.hours_credited, n.completed_on
                        FROM enrolment n
                        JOIN people_employee m ON m.id = n.employee_id
                        JOIN people_board b ON b.id = m.board_id
                        LEFT JOIN people_school s ON s.id = m.school_id
                        WHERE n.edition_id = :id %s
                        ORDER BY CASE n.status WHEN 'ENROLLED' THEN 0 WHEN 'COMPLETED' THEN 0 WHEN 'NO_SHOW' THEN 0
                                     WHEN 'OFFERED' THEN 1 WHEN 'AWAITING_APPROVAL' THEN 2 WHEN 'REQUESTED' THEN 2
                                     WHEN 'WAITLISTED' THEN 3 ELSE 4 END,
                                 n.waitlist_position, m.last_name, m.first_name, n.id
                        """.formatted(boardId == null ? "" : "AND m.board_id = :board"))
                .param("id", editionId)
                .params(boardId == null ? Map.of() : Map.of("board", boardId))
                .query((rs, n) -> {
                    Timestamp expires = rs.getTimestamp("offer_expires_at");
                    return new ParticipantList.Participant(rs.getLong("id"),
                            PersonRef.fullName(rs.getString("first_name"), rs.getString("name_prefix"),
                                    rs.getString("last_name")),
                            rs.getString("school"), rs.getString("board"), EnrolmentStatus.valueOf(rs.getString("status")),
                            rs.getObject("waitlist_position", Integer.class),
                            expires == null ? null : expires.toInstant(),
                            rs.getObject("hours_credited", Integer.class),
                            rs.getObject("completed_on", LocalDate.class));
                })
                .list();
    }

    /** The (meeting, enrolment) pairs of the edition marked present. */
    public Set<ParticipantList.Presence> present(long editionId) {
        Set<ParticipantList.Presence> present = new HashSet<>();
        jdbc.sql("""
                        SELECT a.meeting_id, a.enrolment_id
                        FROM attendance a JOIN catalogue_meeting m ON m.id = a.meeting_id
                        WHERE m.edition_id = :id AND a.present
                        """)
                .param("id", editionId)
                .query(rs -> {
                    present.add(new ParticipantList.Presence(rs.getLong("meeting_id"), rs.getLong("enrolment_id")));
                });
        return present;
    }

    /** A meeting's edition and start. */
    public record MeetingRef(long editionId, LocalDateTime startsAt) {
    }

    public Optional<MeetingRef> meeting(long meetingId) {
        return jdbc.sql("SELECT edition_id, starts_at FROM catalogue_meeting WHERE id = :id").param("id", meetingId)
                .query((rs, n) -> new MeetingRef(rs.getLong("edition_id"), rs.getTimestamp("starts_at").toLocalDateTime()))
                .optional();
    }

    /** Records whether the person was at the meeting; a second registration replaces the first. */
    public void recordAttendance(long meetingId, long enrolmentId, boolean present, long recordedBy, Instant now) {
        jdbc.sql("""
                        INSERT INTO attendance (meeting_id, enrolment_id, present, recorded_by, recorded_at)
                        VALUES (:meeting, :enrolment, :present, :by, :now)
                        ON DUPLICATE KEY UPDATE present = VALUES(present), recorded_by = VALUES(recorded_by),
                                                recorded_at = VALUES(recorded_at)
                        """)
                .param("meeting", meetingId).param("enrolment", enrolmentId).param("present", present)
                .param("by", recordedBy).param("now", Timestamp.from(now))
                .update();
    }

    /** Whether anybody of the board has (or had) an enrolment in the edition. */
    public boolean hasPeopleOf(long editionId, long boardId) {
        return jdbc.sql("""
                        SELECT EXISTS (SELECT 1 FROM enrolment n JOIN people_employee m ON m.id = n.employee_id
                                       WHERE n.edition_id = :edition AND m.board_id = :board)""")
                .param("edition", editionId).param("board", boardId).query(Boolean.class).single();
    }

    /** Editions in the scope whose course title contains the text, the latest start first. */
    public List<EditionChoice> editions(Scope scope, String text, int offset, int limit) {
        return jdbc.sql("SELECT e.id, c.title, p.name, e.start_date, e.end_date" + editionsFrom(scope)
                        + "ORDER BY e.start_date DESC, e.id DESC LIMIT :limit OFFSET :offset")
                .params(editionParams(scope, text)).param("limit", limit).param("offset", offset)
                .query((rs, n) -> new EditionChoice(rs.getLong("id"), rs.getString("title"), rs.getString("name"),
                        rs.getObject("start_date", LocalDate.class), rs.getObject("end_date", LocalDate.class)))
                .list();
    }

    public int countEditions(Scope scope, String text) {
        return jdbc.sql("SELECT COUNT(*)" + editionsFrom(scope)).params(editionParams(scope, text))
                .query(Integer.class).single();
    }

    public Optional<EditionChoice> editionChoice(long editionId) {
        return jdbc.sql("""
                        SELECT e.id, c.title, p.name, e.start_date, e.end_date
                        FROM catalogue_edition e
                        JOIN catalogue_course c ON c.id = e.course_id
                        JOIN catalogue_provider p ON p.id = c.provider_id
                        WHERE e.id = :id
                        """)
                .param("id", editionId)
                .query((rs, n) -> new EditionChoice(rs.getLong("id"), rs.getString("title"), rs.getString("name"),
                        rs.getObject("start_date", LocalDate.class), rs.getObject("end_date", LocalDate.class)))
                .optional();
    }

    private static String editionsFrom(Scope scope) {
        return """
                 FROM catalogue_edition e
                JOIN catalogue_course c ON c.id = e.course_id
                JOIN catalogue_provider p ON p.id = c.provider_id
                WHERE c.title LIKE :text %s %s %s
                """.formatted(LikePattern.ESCAPE,
                scope.providerId() != null ? "AND c.provider_id = :provider" : "",
                scope.boardId() != null ? """
                        AND EXISTS (SELECT 1 FROM enrolment n JOIN people_employee m ON m.id = n.employee_id
                                    WHERE n.edition_id = e.id AND m.board_id = :board)""" : "");
    }

    private static Map<String, Object> editionParams(Scope scope, String text) {
        var params = new HashMap<String, Object>();
        params.put("text", LikePattern.containing(text));
        if (scope.providerId() != null) {
            params.put("provider", scope.providerId());
        }
        if (scope.boardId() != null) {
            params.put("board", scope.boardId());
        }
        return params;
    }
}

package nl.onderwijsloket.portal.enrolment.mail;

import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDateTime;
import java.util.Collection;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * The {@code meeting_notice} table: meetings a provider changed, added or removed, whose mails to the
 * enrolled participants are still to be written. Added in the provider's transaction; claimed, composed and
 * deleted as {@link EnrolmentNoticeSql} are.
 */
@Repository
class MeetingNoticeSql {

    enum Kind { CHANGED, ADDED, REMOVED }

    /**
     * A claimed notice. For a removed meeting {@code startsAt}, {@code endsAt} and {@code topic} say what it
     * was; for the others the meeting is read as it stands when the mail is composed.
     */
    record Notice(long id, long editionId, long meetingId, Kind kind, @Nullable LocalDateTime startsAt,
                  @Nullable LocalDateTime endsAt, @Nullable String topic) {
    }

    private final JdbcClient jdbc;

    MeetingNoticeSql(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    void add(long editionId, long meetingId, Kind kind, @Nullable LocalDateTime startsAt,
             @Nullable LocalDateTime endsAt, @Nullable String topic, Instant now) {
        jdbc.sql("""
                        INSERT INTO meeting_notice (edition_id, meeting_id, change_kind, starts_at, ends_at, topic, created_at)
                        VALUES (:edition, :meeting, :kind, :starts, :ends, :topic, :now)""")
                .param("edition", editionId).param("meeting", meetingId).param("kind", kind.name())
                .param("starts", startsAt == null ? null : Timestamp.valueOf(startsAt))
                .param("ends", endsAt == null ? null : Timestamp.valueOf(endsAt))
                .param("topic", topic).param("now", Timestamp.from(now))
                .update();
    }

    /** Locks and returns up to {@code limit} notices, oldest first, that no other transaction holds. */
    List<Notice> claim(int limit) {
        return jdbc.sql("""
                        SELECT id, edition_id, meeting_id, change_kind, starts_at, ends_at, topic
                        FROM meeting_notice ORDER BY id LIMIT :limit FOR UPDATE SKIP LOCKED""")
                .param("limit", limit)
                .query((rs, n) -> new Notice(rs.getLong("id"), rs.getLong("edition_id"), rs.getLong("meeting_id"),
                        Kind.valueOf(rs.getString("change_kind")), rs.getObject("starts_at", LocalDateTime.class),
                        rs.getObject("ends_at", LocalDateTime.class), rs.getString("topic")))
                .list();
    }

    void delete(Collection<Long> ids) {
        if (!ids.isEmpty()) {
            jdbc.sql("DELETE FROM meeting_notice WHERE id IN (:ids)").param("ids", ids).update();
        }
    }
}

package nl.onderwijsloket.portal.enrolment.mail;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.Collection;
import java.util.List;
import nl.onderwijsloket.portal.enrolment.EnrolmentChanged;
import nl.onderwijsloket.portal.enrolment.EnrolmentStatus;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * The {@code enrolment_notice} table: enrolment changes whose mails are still to be composed. A row is added
 * in the change's own transaction; the composer claims rows with their row locks (skipping rows another
 * transaction holds), writes their mails to the outbox and deletes them in one transaction.
 */
@Repository
class EnrolmentNoticeSql {

    /** A claimed notice: its row id and the change it reports. */
    record Notice(long id, EnrolmentChanged change) {
    }

    private final JdbcClient jdbc;

    EnrolmentNoticeSql(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    void add(EnrolmentChanged change, Instant now) {
        jdbc.sql("""
                        INSERT INTO enrolment_notice (enrolment_id, event_id, edition_id, employee_id, from_status,
                                                      to_status, waitlist_position, offer_expires_at, reason, created_at)
                        VALUES (:enrolment, :event, :edition, :employee, :from, :to, :position, :expires, :reason, :now)""")
                .param("enrolment", change.enrolmentId()).param("event", change.eventId())
                .param("edition", change.editionId()).param("employee", change.employeeId())
                .param("from", change.from() == null ? null : change.from().name()).param("to", change.to().name())
                .param("position", change.waitlistPosition())
                .param("expires", change.offerExpiresAt() == null ? null : Timestamp.from(change.offerExpiresAt()))
                .param("reason", change.reason()).param("now", Timestamp.from(now))
                .update();
    }

    /** Locks and returns up to {@code limit} notices, oldest first, that no other transaction holds. */
    List<Notice> claim(int limit) {
        return jdbc.sql("""
                        SELECT id, enrolment_id, event_id, edition_id, employee_id, from_status, to_status,
                               waitlist_position, offer_expires_at, reason
                        FROM enrolment_notice ORDER BY id LIMIT :limit FOR UPDATE SKIP LOCKED""")
                .param("limit", limit)
                .query((rs, n) -> {
                    String from = rs.getString("from_status");
                    Timestamp expires = rs.getTimestamp("offer_expires_at");
                    return new Notice(rs.getLong("id"), new EnrolmentChanged(rs.getLong("enrolment_id"),
                            rs.getLong("event_id"), rs.getLong("edition_id"), rs.getLong("employee_id"),
                            from == null ? null : EnrolmentStatus.valueOf(from),
                            EnrolmentStatus.valueOf(rs.getString("to_status")),
                            rs.getObject("waitlist_position", Integer.class),
                            expires == null ? null : expires.toInstant(), rs.getString("reason")));
                })
                .list();
    }

    void delete(Collection<Long> ids) {
        if (!ids.isEmpty()) {
            jdbc.sql("DELETE FROM enrolment_notice WHERE id IN (:ids)").param("ids", ids).update();
        }
    }
}

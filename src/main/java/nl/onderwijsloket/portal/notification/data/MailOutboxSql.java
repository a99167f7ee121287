package nl.onderwijsloket.portal.notification.data;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * The {@code mail_outbox} table: rows are added in the transaction of the change they report and sent
 * later by a job. A row being sent is claimed by its row lock ({@link #claimNext}), which the sender holds
 * until it has recorded the outcome, so two portal nodes never send the same row.
 */
@Repository
public class MailOutboxSql {

    private static final int ERROR_LENGTH = 500;
    private static final int SUBJECT_LENGTH = 255;
    private static final int RECIPIENT_LENGTH = 190;

    private final JdbcClient jdbc;

    public MailOutboxSql(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public void add(String recipient, String subject, String body, @Nullable String ics, Instant now) {
        if (recipient.length() > RECIPIENT_LENGTH) {
            throw new IllegalArgumentException("Recipient address too long: " + recipient);
        }
        jdbc.sql("""
                        INSERT INTO mail_outbox (recipient, subject, body, ics, status, attempts, created_at)
                        VALUES (:recipient, :subject, :body, :ics, 'PENDING', 0, :now)
                        """)
                .param("recipient", recipient).param("subject", cut(subject, SUBJECT_LENGTH)).param("body", body)
                .param("ics", ics).param("now", Timestamp.from(now))
                .update();
    }

    public boolean hasPending() {
        return jdbc.sql("SELECT EXISTS (SELECT 1 FROM mail_outbox WHERE status = 'PENDING')")
                .query(Boolean.class).single();
    }

    /**
     * Locks and returns the first pending row after {@code afterId} that no other transaction holds; rows
     * another node is sending are skipped, not waited for. Call inside a transaction: the lock is the claim.
     */
    public Optional<PendingMail> claimNext(long afterId) {
        return jdbc.sql("""
                        SELECT id, recipient, subject, body, ics, attempts FROM mail_outbox
                        WHERE status = 'PENDING' AND id > :after ORDER BY id LIMIT 1 FOR UPDATE SKIP LOCKED
                        """)
                .param("after", afterId)
                .query((rs, n) -> new PendingMail(rs.getLong("id"), rs.getString("recipient"),
                        rs.getString("subject"), rs.getString("body"), rs.getString("ics"), rs.getInt("attempts")))
                .optional();
    }

    public void sent(long id, Instant now) {
        jdbc.sql("""
                        UPDATE mail_outbox SET status = 'SENT', sent_at = :now, attempts = attempts + 1, last_error = NULL
                        WHERE id = :id AND status = 'PENDING'
                        """)
                .param("id", id).param("now", Timestamp.from(now)).update();
    }

    /** Counts a failed attempt; after {@code maxAttempts} the row is FAILED and no longer tried. */
    public void failed(long id, String error, int maxAttempts) {
        // status is assigned first: MariaDB evaluates SET left to right, so it must see the old attempts.
        jdbc.sql("""
                        UPDATE mail_outbox SET status = CASE WHEN attempts + 1 >= :max THEN 'FAILED' ELSE 'PENDING' END,
                               attempts = attempts + 1, last_error = :error
                        WHERE id = :id AND status = 'PENDING'
                        """)
                .param("id", id).param("max", maxAttempts).param("error", cut(error, ERROR_LENGTH)).update();
    }

    private static String cut(String text, int length) {
        return text.length() <= length ? text : text.substring(0, length - 1) + "…";
    }
}

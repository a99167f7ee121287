package nl.onderwijsloket.portal.induction.data;

import java.sql.Date;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Optional;
import nl.onderwijsloket.portal.induction.GuidanceEntry;
import nl.onderwijsloket.portal.induction.PlannedMeeting;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Repository;

/**
 * The guidance log and planned guidance meetings. The services decide who reads which of these; the queries
 * that return contents take the pairing (or, for HR, only entries the starter shared).
 */
@Repository
public class GuidanceSql {

    private static final String ENTRY = """
            SELECT g.id, g.pairing_id, g.met_on, g.topics, g.agreements, g.next_step, g.shared_with_hr, g.shared_at,
                   g.written_by = mp.mentor_id AS by_mentor, g.version
            FROM guidance_entry g JOIN mentor_pairing mp ON mp.id = g.pairing_id
            """;

    private final JdbcClient jdbc;

    public GuidanceSql(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** The log of every pairing of the placement (a handed-over starter keeps their history), newest first. */
    public List<GuidanceEntry> entriesOfPlacement(long placementId) {
        return jdbc.sql("""
                        %s
                        WHERE mp.placement_id = :placement
                        ORDER BY g.met_on DESC, g.id DESC
                        """.formatted(ENTRY))
                .param("placement", placementId).query(GuidanceSql::entry).list();
    }

    /** The log of one pairing, newest first. */
    public List<GuidanceEntry> entriesOfPairing(long pairingId) {
        return jdbc.sql("""
                        %s
                        WHERE g.pairing_id = :pairing
                        ORDER BY g.met_on DESC, g.id DESC
                        """.formatted(ENTRY))
                .param("pairing", pairingId).query(GuidanceSql::entry).list();
    }

    /** Only what the starter shared with HR, newest first. */
    public List<GuidanceEntry> sharedOfPlacement(long placementId) {
        return jdbc.sql("""
                        %s
                        WHERE mp.placement_id = :placement AND g.shared_with_hr
                        ORDER BY g.met_on DESC, g.id DESC
                        """.formatted(ENTRY))
                .param("placement", placementId).query(GuidanceSql::entry).list();
    }

    /** The pairing an entry belongs to. */
    public Optional<Long> pairingOf(long entryId) {
        return jdbc.sql("SELECT pairing_id FROM guidance_entry WHERE id = :id")
                .param("id", entryId).query(Long.class).optional();
    }

    public long insert(long pairingId, LocalDate metOn, String topics, @Nullable String agreements,
                       @Nullable String nextStep, long writtenBy, Instant now) {
        var keys = new GeneratedKeyHolder();
        jdbc.sql("""
                        INSERT INTO guidance_entry (pairing_id, met_on, topics, agreements, next_step, written_by,
                                                    created_at)
                        VALUES (:pairing, :met, :topics, :agreements, :next, :by, :now)
                        """)
                .param("pairing", pairingId).param("met", Date.valueOf(metOn)).param("topics", topics)
                .param("agreements", agreements).param("next", nextStep).param("by", writtenBy)
                .param("now", Timestamp.from(now))
                .update(keys, "id");
        return keys.getKeyAs(Number.class).longValue();
    }

    /** Shares an entry with HR or takes the sharing back. */
    public void share(long entryId, boolean shared, Instant now) {
        jdbc.sql("""
                        UPDATE guidance_entry
                        SET shared_with_hr = :shared, shared_at = CASE WHEN :shared THEN :now END, version = version + 1
                        WHERE id = :id
                        """)
                .param("id", entryId).param("shared", shared).param("now", Timestamp.from(now)).update();
    }

    public long insertMeeting(long pairingId, LocalDateTime start, LocalDateTime end, String place, Instant now) {
        var keys = new GeneratedKeyHolder();
        jdbc.sql("""
                        INSERT INTO guidance_meeting (pairing_id, starts_at, ends_at, place, created_at)
                        VALUES (:pairing, :start, :end, :place, :now)
                        """)
                .param("pairing", pairingId).param("start", Timestamp.valueOf(start))
                .param("end", Timestamp.valueOf(end)).param("place", place).param("now", Timestamp.from(now))
                .update(keys, "id");
        return keys.getKeyAs(Number.class).longValue();
    }

    /** A planned meeting that is not cancelled. */
    public Optional<PlannedMeeting> meeting(long meetingId) {
        return jdbc.sql("SELECT id, starts_at, ends_at, place FROM guidance_meeting WHERE id = :id AND NOT cancelled")
                .param("id", meetingId)
                .query((rs, n) -> new PlannedMeeting(rs.getLong("id"), rs.getTimestamp("starts_at").toLocalDateTime(),
                        rs.getTimestamp("ends_at").toLocalDateTime(), rs.getString("place")))
                .optional();
    }

    public Optional<Long> pairingOfMeeting(long meetingId) {
        return jdbc.sql("SELECT pairing_id FROM guidance_meeting WHERE id = :id").param("id", meetingId)
                .query(Long.class).optional();
    }

    /** Moves a meeting still to come; false when it was cancelled or has begun meanwhile. */
    public boolean moveMeeting(long meetingId, LocalDateTime start, LocalDateTime end, String place,
                               LocalDateTime now) {
        return jdbc.sql("""
                        UPDATE guidance_meeting SET starts_at = :start, ends_at = :end, place = :place,
                            version = version + 1
                        WHERE id = :id AND NOT cancelled AND starts_at > :now""")
                .param("id", meetingId).param("start", start).param("end", end).param("place", place)
                .param("now", now).update() > 0;
    }

    /** Cancels a meeting still to come; false when it was cancelled or has begun meanwhile. */
    public boolean cancelMeeting(long meetingId, LocalDateTime now) {
        return jdbc.sql("""
                        UPDATE guidance_meeting SET cancelled = TRUE, version = version + 1
                        WHERE id = :id AND NOT cancelled AND starts_at > :now""")
                .param("id", meetingId).param("now", now).update() > 0;
    }

    /** The pairing's meetings still to come, soonest first. */
    public List<PlannedMeeting> upcomingMeetings(long pairingId, LocalDateTime from) {
        return jdbc.sql("""
                        SELECT id, starts_at, ends_at, place FROM guidance_meeting
                        WHERE pairing_id = :pairing AND NOT cancelled AND ends_at > :from
                        ORDER BY starts_at, id
                        """)
                .param("pairing", pairingId).param("from", Timestamp.valueOf(from))
                .query((rs, n) -> new PlannedMeeting(rs.getLong("id"), rs.getTimestamp("starts_at").toLocalDateTime(),
                        rs.getTimestamp("ends_at").toLocalDateTime(), rs.getString("place")))
                .list();
    }

    /** Per pairing, its next meeting still to come. */
    public java.util.Map<Long, PlannedMeeting> nextMeetings(List<Long> pairingIds, LocalDateTime from) {
        var result = new java.util.HashMap<Long, PlannedMeeting>();
        if (pairingIds.isEmpty()) {
            return result;
        }
        jdbc.sql("""
                        SELECT pairing_id, id, starts_at, ends_at, place FROM guidance_meeting
                        WHERE pairing_id IN (:pairings) AND NOT cancelled AND ends_at > :from
                        ORDER BY starts_at DESC, id DESC
                        """)
                .param("pairings", pairingIds).param("from", Timestamp.valueOf(from))
                .query(rs -> {
                    result.put(rs.getLong("pairing_id"), new PlannedMeeting(rs.getLong("id"),
                            rs.getTimestamp("starts_at").toLocalDateTime(), rs.getTimestamp("ends_at").toLocalDateTime(),
                            rs.getString("place")));
                });
        return result;
    }

    private static GuidanceEntry entry(java.sql.ResultSet rs, int n) throws java.sql.SQLException {
        Timestamp sharedAt = rs.getTimestamp("shared_at");
        return new GuidanceEntry(rs.getLong("id"), rs.getLong("pairing_id"), rs.getDate("met_on").toLocalDate(),
                rs.getString("topics"), rs.getString("agreements"), rs.getString("next_step"),
                rs.getBoolean("by_mentor"), rs.getBoolean("shared_with_hr"),
                sharedAt == null ? null : sharedAt.toInstant(), rs.getLong("version"));
    }
}

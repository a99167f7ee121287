package nl.onderwijsloket.portal.induction.data;

import java.sql.Date;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import nl.onderwijsloket.portal.induction.PairingHistory;
import nl.onderwijsloket.portal.induction.PairingStatus;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Repository;

/**
 * Mentor pairings and the mentors' places. A place is taken with a conditional update of the mentor's profile
 * ({@code live_pairings < capacity}); the row lock it takes makes a second HR officer wait for the first one's
 * commit and then find the place gone, so no mentor is ever paired beyond their capacity.
 */
@Repository
public class PairingSql {

    /** Capacity of a mentor whose board has not set one. */
    public static final int DEFAULT_CAPACITY = 2;

    private final JdbcClient jdbc;

    public PairingSql(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** A pairing as the services check it. */
    public record Pairing(long id, long placementId, long starterId, long mentorId, long boardId,
                          PairingStatus status, @Nullable Instant acceptedAt, @Nullable Boolean starterFit,
                          @Nullable Boolean mentorFit, @Nullable Instant fitAskedAt, long version) {
    }

    /**
     * Takes one of the mentor's places; false when none is free. The conditional update comes first: an
     * {@code INSERT IGNORE} on an existing profile would take a shared lock, and two transactions that both hold
     * one deadlock when they then update the row. The profile is created (with the default capacity) only for a
     * mentor who has none yet.
     */
    public boolean takePlace(long mentorId) {
        if (incrementIfFree(mentorId)) {
            return true;
        }
        boolean exists = jdbc.sql("SELECT COUNT(*) FROM mentor_profile WHERE employee_id = :mentor")
                .param("mentor", mentorId).query(Integer.class).single() > 0;
        if (exists) {
            return false;
        }
        jdbc.sql("INSERT IGNORE INTO mentor_profile (employee_id, capacity) VALUES (:mentor, :capacity)")
                .param("mentor", mentorId).param("capacity", DEFAULT_CAPACITY).update();
        return incrementIfFree(mentorId);
    }

    private boolean incrementIfFree(long mentorId) {
        return jdbc.sql("""
                        UPDATE mentor_profile SET live_pairings = live_pairings + 1, version = version + 1
                        WHERE employee_id = :mentor AND live_pairings < capacity
                        """)
                .param("mentor", mentorId).update() == 1;
    }

    /** Gives a place back when a pairing stops being live. */
    public void releasePlace(long mentorId) {
        jdbc.sql("""
                        UPDATE mentor_profile SET live_pairings = live_pairings - 1, version = version + 1
                        WHERE employee_id = :mentor AND live_pairings > 0
                        """)
                .param("mentor", mentorId).update();
    }

    /** Sets how many starters the mentor takes at most; fewer than they have now only stops new pairings. */
    /**
     * Sets a mentor's capacity, unless they guide more starters than that now; checked in the same statement,
     * so a pairing saved at the same moment cannot slip past it.
     *
     * @return whether it was set
     */
    public boolean setCapacity(long mentorId, int capacity) {
        int updated = jdbc.sql("""
                        UPDATE mentor_profile SET capacity = :capacity, version = version + 1
                        WHERE employee_id = :mentor AND live_pairings <= :capacity
                        """)
                .param("mentor", mentorId).param("capacity", capacity).update();
        if (updated > 0) {
            return true;
        }
        return jdbc.sql("INSERT IGNORE INTO mentor_profile (employee_id, capacity) VALUES (:mentor, :capacity)")
                .param("mentor", mentorId).param("capacity", capacity).update() > 0;
    }

    public long insert(long placementId, long starterId, long mentorId, long boardId, @Nullable Integer score,
                       Instant now, String proposedBy) {
        var keys = new GeneratedKeyHolder();
        jdbc.sql("""
                        INSERT INTO mentor_pairing (placement_id, starter_id, mentor_id, board_id, status, score,
                                                    proposed_at, proposed_by, updated_at)
                        VALUES (:placement, :starter, :mentor, :board, 'PROPOSED', :score, :now, :by, :now)
                        """)
                .param("placement", placementId).param("starter", starterId).param("mentor", mentorId)
                .param("board", boardId).param("score", score).param("now", Timestamp.from(now))
                .param("by", proposedBy)
                .update(keys, "id");
        return keys.getKeyAs(Number.class).longValue();
    }

    public Optional<Pairing> find(long id) {
        return jdbc.sql("""
                        SELECT id, placement_id, starter_id, mentor_id, board_id, status, accepted_at, starter_fit,
                               mentor_fit, fit_asked_at, version
                        FROM mentor_pairing WHERE id = :id
                        """)
                .param("id", id)
                .query((rs, n) -> new Pairing(rs.getLong("id"), rs.getLong("placement_id"), rs.getLong("starter_id"),
                        rs.getLong("mentor_id"), rs.getLong("board_id"), PairingStatus.valueOf(rs.getString("status")),
                        instant(rs.getTimestamp("accepted_at")), rs.getObject("starter_fit", Boolean.class),
                        rs.getObject("mentor_fit", Boolean.class), instant(rs.getTimestamp("fit_asked_at")),
                        rs.getLong("version")))
                .optional();
    }

    /** The starter's live pairing, if any. */
    public Optional<Long> liveOf(long starterId) {
        return jdbc.sql("SELECT id FROM mentor_pairing WHERE live_starter_id = :starter")
                .param("starter", starterId).query(Long.class).optional();
    }

    /** Moves the pairing from {@code from} to {@code to}, if it is still at that version; false otherwise. */
    public boolean changeStatus(long id, long version, PairingStatus from, PairingStatus to, Instant now,
                                @Nullable String reason) {
        return jdbc.sql("""
                        UPDATE mentor_pairing
                        SET status = :to, version = version + 1, updated_at = :now,
                            accepted_at = CASE WHEN :to = 'ACTIVE' AND accepted_at IS NULL THEN :now ELSE accepted_at END,
                            ended_at = CASE WHEN :to IN ('ENDED', 'HANDED_OVER') THEN :now ELSE ended_at END,
                            end_reason = COALESCE(:reason, end_reason)
                        WHERE id = :id AND version = :version AND status = :from
                        """)
                .param("id", id).param("version", version).param("from", from.name()).param("to", to.name())
                .param("now", Timestamp.from(now)).param("reason", reason)
                .update() == 1;
    }

    public void linkSuccessor(long id, long successorId) {
        jdbc.sql("UPDATE mentor_pairing SET handed_over_to = :next WHERE id = :id")
                .param("id", id).param("next", successorId).update();
    }

    /** Records one side's answer to the fit question; false when that side has answered already. */
    public boolean answerFit(long id, boolean mentorSide, boolean fits, Instant now) {
        return jdbc.sql(mentorSide ? """
                        UPDATE mentor_pairing SET mentor_fit = :fits, version = version + 1, updated_at = :now
                        WHERE id = :id AND mentor_fit IS NULL
                        """ : """
                        UPDATE mentor_pairing SET starter_fit = :fits, version = version + 1, updated_at = :now
                        WHERE id = :id AND starter_fit IS NULL
                        """)
                .param("id", id).param("fits", fits).param("now", Timestamp.from(now)).update() == 1;
    }

    /** Marks that the fit question was asked; false when it had been asked before. */
    public boolean markFitAsked(long id, Instant now) {
        return jdbc.sql("UPDATE mentor_pairing SET fit_asked_at = :now WHERE id = :id AND fit_asked_at IS NULL")
                .param("id", id).param("now", Timestamp.from(now)).update() == 1;
    }

    /** The pairings of a placement, newest first: the history HR and the starter see. */
    public List<PairingHistory> history(long placementId) {
        return jdbc.sql("""
                        SELECT mp.id, mp.status, mp.proposed_at, mp.accepted_at, mp.ended_at, mp.end_reason,
                               CONCAT_WS(' ', e.first_name, NULLIF(e.name_prefix, ''), e.last_name) AS mentor_name
                        FROM mentor_pairing mp JOIN people_employee e ON e.id = mp.mentor_id
                        WHERE mp.placement_id = :placement
                        ORDER BY mp.id DESC
                        """)
                .param("placement", placementId)
                .query((rs, n) -> new PairingHistory(rs.getLong("id"), PairingStatus.valueOf(rs.getString("status")),
                        rs.getString("mentor_name"), instant(rs.getTimestamp("proposed_at")),
                        instant(rs.getTimestamp("accepted_at")), instant(rs.getTimestamp("ended_at")),
                        rs.getString("end_reason")))
                .list();
    }

    /** A live pairing of a mentor, with what "Mijn starters" shows (progress is added by the service). */
    public record MenteeRow(long pairingId, PairingStatus status, long placementId, long programmeId,
                            LocalDate startedOn, String starterName, @Nullable String schoolName,
                            String programmeName, int meetings, @Nullable LocalDate lastMeeting,
                            boolean fitQuestionOpen) {
    }

    /** The mentor's live pairings, proposals first, then by the starter's name. */
    public List<MenteeRow> menteesOf(long mentorId) {
        return jdbc.sql("""
                        SELECT mp.id, mp.status, p.id AS placement_id, p.programme_id, p.started_on, g.name AS programme,
                               CONCAT_WS(' ', e.first_name, NULLIF(e.name_prefix, ''), e.last_name) AS starter_name,
                               s.name AS school_name,
                               (SELECT COUNT(*) FROM guidance_entry ge WHERE ge.pairing_id = mp.id) AS meetings,
                               (SELECT MAX(ge.met_on) FROM guidance_entry ge WHERE ge.pairing_id = mp.id) AS last_meeting,
                               (mp.fit_asked_at IS NOT NULL AND mp.mentor_fit IS NULL) AS fit_open
                        FROM mentor_pairing mp
                        JOIN induction_placement p ON p.id = mp.placement_id
                        JOIN induction_programme g ON g.id = p.programme_id
                        JOIN people_employee e ON e.id = mp.starter_id
                        LEFT JOIN people_school s ON s.id = e.school_id
                        WHERE mp.mentor_id = :mentor AND mp.status IN ('PROPOSED', 'ACTIVE', 'PAUSED')
                        ORDER BY mp.status <> 'PROPOSED', e.last_name, e.first_name, mp.id
                        """)
                .param("mentor", mentorId)
                .query((rs, n) -> {
                    Date last = rs.getDate("last_meeting");
                    return new MenteeRow(rs.getLong("id"), PairingStatus.valueOf(rs.getString("status")),
                            rs.getLong("placement_id"), rs.getLong("programme_id"),
                            rs.getDate("started_on").toLocalDate(), rs.getString("starter_name"),
                            rs.getString("school_name"), rs.getString("programme"), rs.getInt("meetings"),
                            last == null ? null : last.toLocalDate(), rs.getBoolean("fit_open"));
                })
                .list();
    }

    /** The mentor of the starter's live pairing and whether the starter still has to answer the fit question. */
    public record Live(long pairingId, long mentorId, PairingStatus status, boolean starterFitOpen) {
    }

    public Optional<Live> live(long starterId) {
        return jdbc.sql("""
                        SELECT id, mentor_id, status, (fit_asked_at IS NOT NULL AND starter_fit IS NULL) AS fit_open
                        FROM mentor_pairing WHERE live_starter_id = :starter
                        """)
                .param("starter", starterId)
                .query((rs, n) -> new Live(rs.getLong("id"), rs.getLong("mentor_id"),
                        PairingStatus.valueOf(rs.getString("status")), rs.getBoolean("fit_open")))
                .optional();
    }

    static @Nullable Instant instant(@Nullable Timestamp timestamp) {
        return timestamp == null ? null : timestamp.toInstant();
    }
}

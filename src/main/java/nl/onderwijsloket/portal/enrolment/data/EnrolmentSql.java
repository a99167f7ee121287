package nl.onderwijsloket.portal.enrolment.data;

import java.sql.Date;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import nl.onderwijsloket.portal.catalogue.EditionStatus;
import nl.onderwijsloket.portal.enrolment.EnrolmentStatus;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Repository;

/**
 * The SQL of enrolment. Every change to seats or waitlist positions happens while the caller holds the
 * edition's row lock ({@link #lockEdition}), so capacity and gapless positions hold under concurrency; the
 * CHECK and UNIQUE constraints of V3 are the last guard.
 */
@Repository
public class EnrolmentSql {

    private final JdbcClient jdbc;

    public EnrolmentSql(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /**
     * The edition as it stands, its row locked until the transaction ends (a locking read, so it sees the
     * latest committed seats even when the transaction read other rows before). Only the edition row is
     * locked: the course's facts are read apart, since locking the course row as well would queue the
     * enrolments of every edition of a course behind each other.
     */
    public Optional<EditionState> lockEdition(long editionId) {
        return lockRow(editionId).map(e -> jdbc.sql("SELECT " + COURSE_FACTS + " FROM catalogue_course c WHERE c.id = :id")
                .param("id", e.courseId())
                .query((rs, n) -> e.withCourse(rs))
                .single());
    }

    /**
     * As {@link #lockEdition}, together with the people asking for a place in it: each with their earlier
     * enrolment in this edition and whether they completed the course before. The course's facts and all
     * the people come in one query after the lock.
     */
    public Optional<Enrolling> lockForEnrolment(long editionId, Collection<Long> employeeIds) {
        return lockRow(editionId).map(e -> {
            var applicants = new ArrayList<Applicant>();
            EditionState[] edition = {null};
            jdbc.sql("""
                            SELECT %s, m.id, m.board_id, m.first_name, m.name_prefix, m.last_name,
                                   m.email, m.preferred_locale, n.id AS enrolment_id, n.status, n.waitlist_position,
                                   n.offer_expires_at, n.reason,
                                   EXISTS (SELECT 1 FROM enrolment d JOIN catalogue_edition de ON de.id = d.edition_id
                                           WHERE d.employee_id = m.id AND d.status = 'COMPLETED'
                                             AND de.course_id = c.id) AS completed
                            FROM catalogue_course c
                            LEFT JOIN people_employee m ON m.id IN (:ids)
                            LEFT JOIN enrolment n ON n.edition_id = :edition AND n.employee_id = m.id
                            WHERE c.id = :course
                            """.formatted(COURSE_FACTS))
                    .param("edition", editionId).param("course", e.courseId())
                    .param("ids", employeeIds.isEmpty() ? List.of(0L) : employeeIds)
                    .query(rs -> {
                        edition[0] = e.withCourse(rs);
                        rs.getLong("id");
                        if (!rs.wasNull()) {
                            applicants.add(applicant(rs, editionId));
                        }
                    });
            return new Enrolling(edition[0], applicants);
        });
    }

    private static final String COURSE_FACTS =
            "c.employer_approval_required, c.provider_id, c.title, c.study_load_hours";

    /** The edition's own columns, read with its row lock. */
    private record LockedRow(long id, long courseId, int capacity, int seatsTaken, EditionStatus status, LocalDate start,
                             LocalDate end, LocalDate enrolmentDeadline, LocalDate cancellationDeadline) {

        EditionState withCourse(ResultSet rs) throws SQLException {
            return new EditionState(id, courseId, capacity, seatsTaken, status, start, end, enrolmentDeadline,
                    cancellationDeadline, rs.getBoolean("employer_approval_required"), rs.getLong("provider_id"),
                    rs.getString("title"), rs.getInt("study_load_hours"));
        }
    }

    private Optional<LockedRow> lockRow(long editionId) {
        return jdbc.sql("""
                        SELECT id, course_id, capacity, seats_taken, status, start_date, end_date, enrolment_deadline,
                               COALESCE(cancellation_deadline, enrolment_deadline) AS cancellation_deadline
                        FROM catalogue_edition WHERE id = :id FOR UPDATE
                        """)
                .param("id", editionId)
                .query((rs, n) -> new LockedRow(rs.getLong("id"), rs.getLong("course_id"), rs.getInt("capacity"),
                        rs.getInt("seats_taken"), EditionStatus.valueOf(rs.getString("status")), date(rs, "start_date"),
                        date(rs, "end_date"), date(rs, "enrolment_deadline"), date(rs, "cancellation_deadline")))
                .optional();
    }

    /** Takes a seat if one is free; false when the edition is full. */
    public boolean takeSeat(long editionId) {
        return jdbc.sql("""
                        UPDATE catalogue_edition_seats SET seats_taken = seats_taken + 1
                        WHERE id = :id AND seats_taken < capacity
                        """)
                .param("id", editionId).update() == 1;
    }

    public void releaseSeat(long editionId) {
        int updated = jdbc.sql("""
                        UPDATE catalogue_edition_seats SET seats_taken = seats_taken - 1
                        WHERE id = :id AND seats_taken > 0
                        """)
                .param("id", editionId).update();
        if (updated != 1) {
            throw new IllegalStateException("Edition " + editionId + " has no taken seat to release");
        }
    }

    public int nextWaitlistPosition(long editionId) {
        return jdbc.sql("SELECT COALESCE(MAX(waitlist_position), 0) + 1 FROM enrolment WHERE edition_id = :id")
                .param("id", editionId).query(Integer.class).single();
    }

    /** Moves everybody behind {@code position} one place up, so positions stay 1..n. */
    public void closeWaitlistGap(long editionId, int position) {
        jdbc.sql("""
                        UPDATE enrolment SET waitlist_position = waitlist_position - 1
                        WHERE edition_id = :id AND waitlist_position > :position ORDER BY waitlist_position
                        """)
                .param("id", editionId).param("position", position).update();
    }

    public Optional<EnrolmentRow> firstOnWaitlist(long editionId) {
        return select("WHERE n.edition_id = :id AND n.waitlist_position = 1", "id", editionId).stream().findFirst();
    }

    public Optional<EnrolmentRow> find(long id) {
        return select("WHERE n.id = :id", "id", id).stream().findFirst();
    }

    public List<EnrolmentRow> ofPersonInEditions(long employeeId, Collection<Long> editionIds) {
        return jdbc.sql(SELECT + "WHERE n.employee_id = :employee AND n.edition_id IN (:editions)")
                .param("employee", employeeId).param("editions", editionIds)
                .query(EnrolmentSql::row).list();
    }

    /** REQUESTED enrolments of an edition, first asked first. */
    public List<EnrolmentRow> requested(long editionId) {
        return jdbc.sql(SELECT + "WHERE n.edition_id = :id AND n.status = 'REQUESTED' ORDER BY n.created_at, n.id")
                .param("id", editionId).query(EnrolmentSql::row).list();
    }

    /** Active enrolments of an edition, the waitlist from its end first (so leaving keeps positions gapless). */
    public List<EnrolmentRow> active(long editionId) {
        return jdbc.sql(SELECT + """
                        WHERE n.edition_id = :id
                          AND n.status IN ('REQUESTED', 'AWAITING_APPROVAL', 'ENROLLED', 'WAITLISTED', 'OFFERED')
                        ORDER BY n.waitlist_position IS NULL, n.waitlist_position DESC, n.id
                        """)
                .param("id", editionId).query(EnrolmentSql::row).list();
    }

    /** Offers whose acceptance window has passed, oldest first. */
    public List<Long> expiredOffers(Instant now, int limit) {
        return jdbc.sql("""
                        SELECT id FROM enrolment WHERE status = 'OFFERED' AND offer_expires_at <= :now
                        ORDER BY offer_expires_at LIMIT :limit
                        """)
                .param("now", Timestamp.from(now)).param("limit", limit).query(Long.class).list();
    }

    public long insert(long editionId, long employeeId, EnrolmentStatus status, @Nullable Integer position,
                       @Nullable Long bookedBy, Instant now) {
        var keys = new GeneratedKeyHolder();
        jdbc.sql("""
                        INSERT INTO enrolment (edition_id, employee_id, status, waitlist_position, booked_by,
                                               created_at, updated_at)
                        VALUES (:edition, :employee, :status, :position, :bookedBy, :now, :now)
                        """)
                .param("edition", editionId).param("employee", employeeId).param("status", status.name())
                .param("position", position).param("bookedBy", bookedBy).param("now", Timestamp.from(now))
                .update(keys);
        return keys.getKey().longValue();
    }

    /**
     * Re-opens an ended enrolment for a new request (one row per person and edition), only if it is still in
     * the status the caller saw; false when it changed meanwhile.
     */
    public boolean reopen(long id, EnrolmentStatus from, EnrolmentStatus status, @Nullable Integer position,
                          @Nullable Long bookedBy, Instant now) {
        return jdbc.sql("""
                        UPDATE enrolment SET status = :status, waitlist_position = :position, offer_expires_at = NULL,
                               reason = NULL, booked_by = :bookedBy, created_at = :now, updated_at = :now,
                               version = version + 1
                        WHERE id = :id AND status = :from
                        """)
                .param("id", id).param("from", from.name()).param("status", status.name()).param("position", position)
                .param("bookedBy", bookedBy).param("now", Timestamp.from(now)).update() == 1;
    }

    /** Moves an enrolment on, only if it is still in the status the caller saw. */
    public boolean transition(long id, EnrolmentStatus from, EnrolmentStatus to, @Nullable Integer position,
                              @Nullable Instant offerExpiresAt, @Nullable String reason, Instant now) {
        return jdbc.sql("""
                        UPDATE enrolment SET status = :to, waitlist_position = :position,
                               offer_expires_at = :expires, reason = COALESCE(:reason, reason), updated_at = :now,
                               version = version + 1
                        WHERE id = :id AND status = :from
                        """)
                .param("id", id).param("from", from.name()).param("to", to.name()).param("position", position)
                .param("expires", offerExpiresAt == null ? null : Timestamp.from(offerExpiresAt))
                .param("reason", reason).param("now", Timestamp.from(now))
                .update() == 1;
    }

    /** Marks an enrolled person as having completed the edition, crediting the hours; false when not enrolled. */
    public boolean complete(long id, int hours, LocalDate on, Instant now) {
        return jdbc.sql("""
                        UPDATE enrolment SET status = 'COMPLETED', hours_credited = :hours, completed_on = :on,
                               updated_at = :now, version = version + 1
                        WHERE id = :id AND status = 'ENROLLED'
                        """)
                .param("id", id).param("hours", hours).param("on", Date.valueOf(on)).param("now", Timestamp.from(now))
                .update() == 1;
    }

    /** Adds a row to the audit trail; returns its id. */
    public long event(EnrolmentRow enrolment, @Nullable EnrolmentStatus from, EnrolmentStatus to,
                      @Nullable Integer position, @Nullable Long actorId, String actorName, @Nullable String reason,
                      Instant now) {
        var keys = new GeneratedKeyHolder();
        jdbc.sql("""
                        INSERT INTO enrolment_event (enrolment_id, edition_id, employee_id, board_id, from_status,
                                                     to_status, waitlist_position, actor_id, actor_name, reason,
                                                     created_at)
                        VALUES (:enrolment, :edition, :employee, :board, :from, :to, :position, :actor, :actorName,
                                :reason, :now)
                        """)
                .param("enrolment", enrolment.id()).param("edition", enrolment.editionId())
                .param("employee", enrolment.employeeId()).param("board", enrolment.boardId())
                .param("from", from == null ? null : from.name()).param("to", to.name()).param("position", position)
                .param("actor", actorId).param("actorName", actorName).param("reason", reason)
                .param("now", Timestamp.from(now))
                .update(keys);
        return keys.getKey().longValue();
    }

    private static Applicant applicant(ResultSet rs, long editionId) throws SQLException {
        PersonRef person = person(rs);
        long enrolmentId = rs.getLong("enrolment_id");
        EnrolmentRow existing = rs.wasNull() ? null : new EnrolmentRow(enrolmentId, editionId, person.id(),
                person.boardId(), EnrolmentStatus.valueOf(rs.getString("status")),
                rs.getObject("waitlist_position", Integer.class), instant(rs, "offer_expires_at"),
                rs.getString("reason"));
        return new Applicant(person, existing, rs.getBoolean("completed"));
    }

    private static PersonRef person(ResultSet rs) throws SQLException {
        return new PersonRef(rs.getLong("id"), rs.getLong("board_id"),
                PersonRef.fullName(rs.getString("first_name"), rs.getString("name_prefix"), rs.getString("last_name")),
                rs.getString("email"), rs.getString("preferred_locale"));
    }

    private static final String SELECT = """
            SELECT n.id, n.edition_id, n.employee_id, m.board_id, n.status, n.waitlist_position, n.offer_expires_at,
                   n.reason
            FROM enrolment n JOIN people_employee m ON m.id = n.employee_id
            """;

    private List<EnrolmentRow> select(String where, String name, Object value) {
        return jdbc.sql(SELECT + where).param(name, value).query(EnrolmentSql::row).list();
    }

    private static EnrolmentRow row(ResultSet rs, int n) throws SQLException {
        return new EnrolmentRow(rs.getLong("id"), rs.getLong("edition_id"), rs.getLong("employee_id"),
                rs.getLong("board_id"), EnrolmentStatus.valueOf(rs.getString("status")),
                rs.getObject("waitlist_position", Integer.class), instant(rs, "offer_expires_at"),
                rs.getString("reason"));
    }

    private static @Nullable Instant instant(ResultSet rs, String column) throws SQLException {
        Timestamp timestamp = rs.getTimestamp(column);
        return timestamp == null ? null : timestamp.toInstant();
    }

    private static LocalDate date(ResultSet rs, String column) throws SQLException {
        return rs.getObject(column, LocalDate.class);
    }
}

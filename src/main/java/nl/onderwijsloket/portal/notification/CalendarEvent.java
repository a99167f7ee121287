package nl.onderwijsloket.portal.notification;

import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * One entry in a calendar part. {@code uid} names the entry for as long as it lives (take it from
 * {@link CalendarUids}), so that a later REQUEST replaces it and a CANCEL removes it. Times are the wall-clock
 * times of the region ({@link #ZONE}), as the portal stores them; the entry is written with that zone and its
 * VTIMEZONE. The SEQUENCE is not chosen by the caller: the outbox takes the next one for the UID each time
 * it writes the entry.
 *
 * <p>Recurring entries (intervision) will add a recurrence rule to this record; the writer builds the entry
 * with ical4j, which writes RRULE and EXDATE, so that is an addition here and in the writer, not a rewrite.
 */
public record CalendarEvent(
        String uid,
        LocalDateTime start,
        LocalDateTime end,
        String summary,
        @Nullable String location,
        @Nullable String description) {

    /** The zone of every calendar entry the portal writes. */
    public static final ZoneId ZONE = ZoneId.of("Europe/Amsterdam");

    /** A UID fits the {@code calendar_sequence} table's key. */
    static final int UID_LENGTH = 255;

    public CalendarEvent {
        Objects.requireNonNull(uid, "uid");
        Objects.requireNonNull(start, "start");
        Objects.requireNonNull(end, "end");
        Objects.requireNonNull(summary, "summary");
        if (uid.isBlank() || uid.length() > UID_LENGTH) {
            throw new IllegalArgumentException("A UID needs 1 to " + UID_LENGTH + " characters: " + uid);
        }
        if (end.isBefore(start)) {
            throw new IllegalArgumentException("Entry " + uid + " ends before it starts");
        }
    }
}

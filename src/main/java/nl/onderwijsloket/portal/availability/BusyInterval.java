package nl.onderwijsloket.portal.availability;

import java.time.LocalDateTime;
import java.util.Objects;

/**
 * A time someone is busy, half-open {@code [start, end)} in the region's wall-clock time (Europe/Amsterdam, as the
 * portal stores times), so a session that starts when a lesson block ends does not conflict with it.
 *
 * @param label what it is, as the person would recognise it ("Klassenmanagement, bijeenkomst 2", "Herfstvakantie")
 */
public record BusyInterval(long employeeId, LocalDateTime start, LocalDateTime end, BusyKind kind, String label) {

    public BusyInterval {
        Objects.requireNonNull(start, "start");
        Objects.requireNonNull(end, "end");
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(label, "label");
        if (!end.isAfter(start)) {
            throw new IllegalArgumentException("A busy interval ends after it starts: " + start + " – " + end);
        }
    }

    /** Whether this overlaps {@code [from, to)}: touching ends do not. */
    public boolean overlaps(LocalDateTime from, LocalDateTime to) {
        return start.isBefore(to) && from.isBefore(end);
    }
}

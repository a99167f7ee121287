package nl.onderwijsloket.portal.availability;

import java.time.LocalDateTime;
import java.util.Objects;

/**
 * A time someone is busy, half-open {@code [start, end)} in the region's wall-clock time (Europe/Amsterdam, as the
 * portal stores times), so a session that starts when a lesson block ends does not conflict with it.
 *
 * @param label what it is, as the person would recognise it ("Klassenmanagement, bijeenkomst 2", "Herfstvakantie")
 * @param ref   what it comes from ({@code intervision-session-12}), so a planner can leave out the very session it is
 *              moving; empty when nothing needs to refer to it
 */
public record BusyInterval(long employeeId, LocalDateTime start, LocalDateTime end, BusyKind kind, String label,
                           String ref) {

    public BusyInterval(long employeeId, LocalDateTime start, LocalDateTime end, BusyKind kind, String label) {
        this(employeeId, start, end, kind, label, "");
    }

    public BusyInterval {
        Objects.requireNonNull(ref, "ref");
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

package nl.onderwijsloket.portal.intervision.planning;

import java.time.LocalDateTime;
import java.util.List;
import java.util.Objects;

/**
 * One session of a proposed series, half-open {@code [start, end)}, with the members it is blocked for (one
 * blocker per busy interval in the way, so a member may appear more than once). Empty means free for everyone.
 */
public record Slot(LocalDateTime start, LocalDateTime end, List<Blocker> blockers) {

    public Slot {
        Objects.requireNonNull(start, "start");
        Objects.requireNonNull(end, "end");
        blockers = List.copyOf(blockers);
        if (!end.isAfter(start)) {
            throw new IllegalArgumentException("A session ends after it starts: " + start + " – " + end);
        }
    }

    public boolean free() {
        return blockers.isEmpty();
    }

    /** How many distinct members cannot come. */
    public int blockedMembers() {
        return (int) blockers.stream().mapToLong(Blocker::employeeId).distinct().count();
    }
}

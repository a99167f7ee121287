package nl.onderwijsloket.portal.intervision.planning;

import java.util.List;

/** A proposed series of sessions in date order, with its score (higher is better, see {@link SeriesSearch}). */
public record Series(List<Slot> sessions, int score) {

    public Series {
        sessions = List.copyOf(sessions);
        if (sessions.isEmpty()) {
            throw new IllegalArgumentException("A series has at least one session");
        }
    }

    /** The sum over the sessions of the distinct members blocked for it. */
    public int blockedCount() {
        return sessions.stream().mapToInt(Slot::blockedMembers).sum();
    }

    public boolean conflictFree() {
        return sessions.stream().allMatch(Slot::free);
    }
}

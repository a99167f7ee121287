package nl.onderwijsloket.portal.catalogue;

import java.util.List;

/**
 * An edition as its provider edits it: the plan, the version it was read at (sent back with a change, so
 * a change made meanwhile by somebody else is not overwritten), the seats already taken and the meetings.
 */
public record EditionDetails(
        long id,
        long courseId,
        String courseTitle,
        long version,
        int seatsTaken,
        EditionPlan plan,
        List<PlannedMeeting> meetings) {

    /** A meeting with its id and the version it was read at. */
    public record PlannedMeeting(long id, long version, int seq, MeetingPlan plan) {
    }
}

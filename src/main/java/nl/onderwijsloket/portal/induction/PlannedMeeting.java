package nl.onderwijsloket.portal.induction;

import java.time.LocalDateTime;

/** A guidance meeting planned ahead, in the region's wall-clock time. */
public record PlannedMeeting(long id, LocalDateTime startsAt, LocalDateTime endsAt, String place) {
}

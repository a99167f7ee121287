package nl.onderwijsloket.portal.catalogue;

import java.time.LocalDateTime;
import java.util.List;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * A provider changed an edition's meetings: {@code changed} moved in time, got another topic, or take place
 * elsewhere because the edition's place changed; {@code added} are new; {@code removed} are gone, with what
 * they were (their rows no longer exist). Times are local Europe/Amsterdam, as stored. Published inside the
 * transaction of the change, while the edition's row is locked. A cancelled edition publishes
 * {@link EditionCancelled} instead.
 */
public record MeetingsChanged(long editionId, Set<Long> changed, Set<Long> added, List<RemovedMeeting> removed) {

    public MeetingsChanged {
        changed = Set.copyOf(changed);
        added = Set.copyOf(added);
        removed = List.copyOf(removed);
    }

    /** A removed meeting as it was planned. */
    public record RemovedMeeting(long id, LocalDateTime startsAt, LocalDateTime endsAt, @Nullable String topic) {
    }

    static MeetingsChanged changed(long editionId, Set<Long> meetingIds) {
        return new MeetingsChanged(editionId, meetingIds, Set.of(), List.of());
    }

    static MeetingsChanged added(long editionId, long meetingId) {
        return new MeetingsChanged(editionId, Set.of(), Set.of(meetingId), List.of());
    }

    static MeetingsChanged removed(long editionId, RemovedMeeting meeting) {
        return new MeetingsChanged(editionId, Set.of(), Set.of(), List.of(meeting));
    }
}

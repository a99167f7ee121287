package nl.onderwijsloket.portal.enrolment;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Set;
import nl.onderwijsloket.portal.catalogue.EditionStatus;
import org.jspecify.annotations.Nullable;

/**
 * The people of one edition as a user with a right to see them sees them: the course's provider (who may
 * also register attendance and completion, {@code manage}), a coordinator (everybody, read-only) or HR
 * (only the board's own people, read-only). Attendance is given as the (meeting, enrolment) pairs marked
 * present.
 */
public record ParticipantList(
        Edition edition,
        boolean manage,
        List<Meeting> meetings,
        List<Participant> participants,
        Set<Presence> present) {

    public boolean wasPresent(long meetingId, long enrolmentId) {
        return present.contains(new Presence(meetingId, enrolmentId));
    }

    /** The edition with its course. */
    public record Edition(long id, long courseId, String courseTitle, String providerName, LocalDate startDate,
                          LocalDate endDate, int capacity, int seatsTaken, EditionStatus status, int studyLoadHours) {

        public String statusLabelKey() {
            return status.labelKey();
        }
    }

    public record Meeting(long id, int seq, LocalDateTime startsAt, LocalDateTime endsAt, @Nullable String topic) {
    }

    public record Participant(long enrolmentId, String name, @Nullable String school, String board,
                              EnrolmentStatus status, @Nullable Integer waitlistPosition,
                              @Nullable Instant offerExpiresAt, @Nullable Integer hoursCredited,
                              @Nullable LocalDate completedOn) {

        /** Whether attendance can be registered for this person: enrolled or completed. */
        public boolean attends() {
            return status == EnrolmentStatus.ENROLLED || status == EnrolmentStatus.COMPLETED;
        }
    }

    public record Presence(long meetingId, long enrolmentId) {
    }
}

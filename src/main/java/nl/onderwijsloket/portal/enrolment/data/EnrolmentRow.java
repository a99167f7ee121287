package nl.onderwijsloket.portal.enrolment.data;

import java.time.Instant;
import nl.onderwijsloket.portal.enrolment.EnrolmentStatus;
import org.jspecify.annotations.Nullable;

/** One enrolment with the board of its person (for scope checks). */
public record EnrolmentRow(
        long id,
        long editionId,
        long employeeId,
        long boardId,
        EnrolmentStatus status,
        @Nullable Integer waitlistPosition,
        @Nullable Instant offerExpiresAt,
        @Nullable String reason) {
    /** The same enrolment after a change to {@code status}; {@code reason} is the change's own (or null). */
    public EnrolmentRow after(EnrolmentStatus status, @Nullable Integer waitlistPosition,
                              @Nullable Instant offerExpiresAt, @Nullable String reason) {
        return new EnrolmentRow(id, editionId, employeeId, boardId, status, waitlistPosition, offerExpiresAt, reason);
    }
}

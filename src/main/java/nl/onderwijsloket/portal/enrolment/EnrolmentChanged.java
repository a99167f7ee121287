package nl.onderwijsloket.portal.enrolment;

import java.time.Instant;
import org.jspecify.annotations.Nullable;

/**
 * Published inside the transaction of every enrolment status change, so that listeners (mail, calendar)
 * record their work atomically with the change. {@code eventId} is the change's row in the audit trail.
 */
public record EnrolmentChanged(
        long enrolmentId,
        long eventId,
        long editionId,
        long employeeId,
        @Nullable EnrolmentStatus from,
        EnrolmentStatus to,
        @Nullable Integer waitlistPosition,
        @Nullable Instant offerExpiresAt,
        @Nullable String reason) {
}

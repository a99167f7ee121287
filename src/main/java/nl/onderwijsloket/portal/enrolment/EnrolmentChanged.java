package nl.onderwijsloket.portal.enrolment;

import java.time.Instant;
import org.jspecify.annotations.Nullable;

/**
 * Published inside the transaction of every enrolment status change, so that listeners (mail, calendar)
 * record their work atomically with the change.
 */
public record EnrolmentChanged(
        long enrolmentId,
        long editionId,
        long employeeId,
        @Nullable EnrolmentStatus from,
        EnrolmentStatus to,
        @Nullable Integer waitlistPosition,
        @Nullable Instant offerExpiresAt,
        @Nullable String reason) {
}

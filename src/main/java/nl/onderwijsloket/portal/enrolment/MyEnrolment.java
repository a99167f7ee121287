package nl.onderwijsloket.portal.enrolment;

import java.time.Instant;
import org.jspecify.annotations.Nullable;

/** The signed-in person's own enrolment in an edition. */
public record MyEnrolment(
        long id,
        long editionId,
        EnrolmentStatus status,
        @Nullable Integer waitlistPosition,
        @Nullable Instant offerExpiresAt,
        @Nullable String reason) {
}

package nl.onderwijsloket.portal.enrolment;

import java.time.Instant;
import java.time.LocalDate;
import org.jspecify.annotations.Nullable;

/** One enrolment as HR and coordinators list them. */
public record BoardEnrolment(
        long id,
        String personName,
        String boardName,
        String courseTitle,
        LocalDate startDate,
        EnrolmentStatus status,
        @Nullable Integer waitlistPosition,
        @Nullable Instant offerExpiresAt,
        @Nullable String reason,
        Instant updatedAt) {
}

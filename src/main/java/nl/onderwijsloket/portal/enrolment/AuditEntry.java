package nl.onderwijsloket.portal.enrolment;

import java.time.Instant;
import org.jspecify.annotations.Nullable;

/** One line of an enrolment's audit trail: who changed what, when and why. */
public record AuditEntry(
        Instant at,
        String actor,
        @Nullable EnrolmentStatus from,
        EnrolmentStatus to,
        @Nullable Integer waitlistPosition,
        @Nullable String reason) {
}

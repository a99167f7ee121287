package nl.onderwijsloket.portal.catalogue;

import java.time.LocalDate;
import org.jspecify.annotations.Nullable;

/**
 * What a provider plans for an edition: its period, deadlines, where it takes place, its seats and where
 * it stands. {@code cancellationDeadline} null means participants may cancel until the enrolment deadline.
 */
public record EditionPlan(
        LocalDate startDate,
        LocalDate endDate,
        LocalDate enrolmentDeadline,
        @Nullable LocalDate cancellationDeadline,
        boolean online,
        @Nullable String locationName,
        @Nullable String locationTown,
        int capacity,
        EditionStatus status) {
}

package nl.onderwijsloket.portal.catalogue;

import java.time.LocalDate;
import org.jspecify.annotations.Nullable;

/**
 * A row of a provider's own offer: one current or upcoming edition of one of their courses, or a course
 * that has none (then every edition field is null).
 *
 * @param published whether the course shows in the public catalogue
 */
public record ProviderEditionRow(
        long courseId,
        String courseCode,
        String courseTitle,
        boolean published,
        @Nullable Long editionId,
        @Nullable LocalDate startDate,
        @Nullable LocalDate endDate,
        boolean online,
        @Nullable String locationName,
        @Nullable String locationTown,
        int capacity,
        int seatsTaken,
        @Nullable LocalDate enrolmentDeadline,
        @Nullable EditionStatus status) {

    public boolean hasEdition() {
        return editionId != null;
    }
}

package nl.onderwijsloket.portal.enrolment.data;

import java.time.LocalDate;
import nl.onderwijsloket.portal.catalogue.EditionStatus;

/** An edition as enrolment sees it, read under its row lock. */
public record EditionState(
        long id,
        long courseId,
        int capacity,
        int seatsTaken,
        EditionStatus status,
        LocalDate startDate,
        LocalDate endDate,
        LocalDate enrolmentDeadline,
        LocalDate cancellationDeadline,
        boolean approvalRequired,
        long providerId,
        String courseTitle,
        int studyLoadHours) {

    public boolean hasFreeSeat() {
        return seatsTaken < capacity;
    }
}

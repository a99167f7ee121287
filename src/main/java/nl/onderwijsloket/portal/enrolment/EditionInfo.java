package nl.onderwijsloket.portal.enrolment;

import java.time.LocalDate;
import nl.onderwijsloket.portal.catalogue.EditionStatus;

/** An edition as booking screens show it: what, when, and how full. */
public record EditionInfo(
        long id,
        long courseId,
        String courseTitle,
        LocalDate startDate,
        LocalDate endDate,
        LocalDate enrolmentDeadline,
        EditionStatus status,
        int capacity,
        int seatsTaken,
        int waitlisted) {

    public int seatsLeft() {
        return capacity - seatsTaken;
    }
}

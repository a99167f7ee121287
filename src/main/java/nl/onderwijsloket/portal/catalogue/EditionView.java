package nl.onderwijsloket.portal.catalogue;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import org.jspecify.annotations.Nullable;

/** An edition as visitors see it, with its meetings. */
public record EditionView(
        long id,
        LocalDate startDate,
        LocalDate endDate,
        boolean online,
        @Nullable String locationName,
        @Nullable String locationTown,
        int capacity,
        int seatsTaken,
        LocalDate enrolmentDeadline,
        EditionStatus status,
        List<Meeting> meetings) {

    public int seatsLeft() {
        return capacity - seatsTaken;
    }

    /** Whether a visitor can still ask for a seat (or a waitlist place) on the given day. */
    public boolean openForEnrolment(LocalDate today) {
        return status == EditionStatus.OPEN && !today.isAfter(enrolmentDeadline);
    }

    public record Meeting(int seq, LocalDateTime startsAt, LocalDateTime endsAt, @Nullable String topic) {
    }
}

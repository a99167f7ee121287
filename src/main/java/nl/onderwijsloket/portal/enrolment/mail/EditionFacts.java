package nl.onderwijsloket.portal.enrolment.mail;

import java.time.LocalDate;
import java.util.List;
import org.jspecify.annotations.Nullable;

/** What a mail says about an edition: course, provider, period, place and meetings in order. */
record EditionFacts(
        long courseId,
        String courseTitle,
        String providerName,
        LocalDate startDate,
        LocalDate endDate,
        boolean online,
        @Nullable String locationName,
        @Nullable String locationTown,
        List<MeetingFacts> meetings) {
}

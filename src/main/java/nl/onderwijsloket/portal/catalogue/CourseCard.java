package nl.onderwijsloket.portal.catalogue;

import java.time.LocalDate;
import org.jspecify.annotations.Nullable;

/**
 * One catalogue result: what a list shows of a course, without loading the course.
 *
 * @param nextStart  start of the first upcoming edition that fits the search (its period, free seats), if any
 * @param nextSeatsLeft free seats in that edition
 * @param upcomingEditions number of upcoming open or planned editions
 */
public record CourseCard(
        long id,
        String title,
        String summary,
        String providerName,
        CourseFormat format,
        CourseLevel level,
        int studyLoadHours,
        int costCents,
        @Nullable LocalDate nextStart,
        @Nullable Integer nextSeatsLeft,
        int upcomingEditions) {
}

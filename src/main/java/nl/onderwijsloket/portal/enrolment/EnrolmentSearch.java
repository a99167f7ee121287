package nl.onderwijsloket.portal.enrolment;

import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * What HR or a coordinator looks for among enrolments: words in the person's name or the course title,
 * statuses (empty = all), one course (null = all) and, for coordinators, one board (null = the region).
 * HR's board comes from the account, never from here: the service ignores {@code boardId} for HR.
 */
public record EnrolmentSearch(String text, Set<EnrolmentStatus> statuses, @Nullable Long courseId,
                              @Nullable Long boardId) {

    public EnrolmentSearch {
        text = text == null ? "" : text.strip();
        statuses = Set.copyOf(statuses);
    }

    public static EnrolmentSearch all() {
        return new EnrolmentSearch("", Set.of(), null, null);
    }
}

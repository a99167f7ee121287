package nl.onderwijsloket.portal.enrolment;

import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * What HR or a coordinator looks for among enrolments: words in the person's name or the course title,
 * statuses (empty = all), and for coordinators one board.
 */
public record EnrolmentSearch(String text, Set<EnrolmentStatus> statuses, @Nullable Long boardId) {

    public EnrolmentSearch {
        text = text == null ? "" : text.strip();
        statuses = Set.copyOf(statuses);
    }
}

package nl.onderwijsloket.portal.enrolment.ui;

import java.util.List;
import java.util.Map;
import nl.onderwijsloket.portal.enrolment.EnrolmentService;
import nl.onderwijsloket.portal.enrolment.MyEnrolment;
import nl.onderwijsloket.portal.security.PortalUser;
import nl.onderwijsloket.portal.ui.EditionActions;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;

/**
 * Enrolment's part of a course page: under each edition, the {@link EnrolmentActions} for the visitor, with
 * the signed-in person's own enrolments in all of the page's editions fetched in one call.
 */
@Component
class EnrolmentOnCoursePage implements EditionActions {

    private final EnrolmentService enrolments;

    EnrolmentOnCoursePage(EnrolmentService enrolments) {
        this.enrolments = enrolments;
    }

    @Override
    public OnPage forPage(List<Edition> editions, @Nullable PortalUser user, Runnable refresh) {
        Map<Long, MyEnrolment> mine = user == null || editions.isEmpty() ? Map.of()
                : enrolments.mine(editions.stream().map(Edition::id).toList());
        return edition -> new EnrolmentActions(enrolments, user, edition, mine.get(edition.id()), refresh);
    }
}

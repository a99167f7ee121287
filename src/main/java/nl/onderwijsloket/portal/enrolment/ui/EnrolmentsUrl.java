package nl.onderwijsloket.portal.enrolment.ui;

import com.vaadin.flow.router.QueryParameters;
import java.util.Set;
import nl.onderwijsloket.portal.enrolment.EnrolmentSearch;
import nl.onderwijsloket.portal.enrolment.EnrolmentStatus;
import nl.onderwijsloket.portal.ui.Links;
import nl.onderwijsloket.portal.ui.UrlQuery;

/**
 * The enrolment list's search and filters in the address: {@code ?q=jansen&status=waitlisted&cursus=12&bestuur=1}.
 * Unknown or malformed values are ignored (a link to a board or course that is gone shows the whole list).
 */
final class EnrolmentsUrl {

    static final String STATUS = "status";
    static final String COURSE = "cursus";
    static final String BOARD = Links.BOARD;

    private EnrolmentsUrl() {
    }

    static QueryParameters toParameters(EnrolmentSearch search) {
        return UrlQuery.write()
                .text(UrlQuery.SEARCH, search.text())
                .codes(STATUS, search.statuses())
                .id(COURSE, search.courseId())
                .id(BOARD, search.boardId())
                .toParameters();
    }

    /**
     * @param awaitingApprovalByDefault the list's own address for the requests HR must decide on: without a
     *                                  status in the address, it shows those
     */
    static EnrolmentSearch fromParameters(QueryParameters query, boolean awaitingApprovalByDefault) {
        var url = UrlQuery.read(query);
        Set<EnrolmentStatus> statuses = awaitingApprovalByDefault && !url.has(STATUS)
                ? Set.of(EnrolmentStatus.AWAITING_APPROVAL) : url.codes(STATUS, EnrolmentStatus.class);
        return new EnrolmentSearch(url.text(UrlQuery.SEARCH), statuses, url.id(COURSE).orElse(null),
                url.id(BOARD).orElse(null));
    }
}

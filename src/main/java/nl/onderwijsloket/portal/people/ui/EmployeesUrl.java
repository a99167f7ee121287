package nl.onderwijsloket.portal.people.ui;

import com.vaadin.flow.router.QueryParameters;
import nl.onderwijsloket.portal.people.EmployeeFilter;
import nl.onderwijsloket.portal.people.JobFunction;
import nl.onderwijsloket.portal.ui.Links;
import nl.onderwijsloket.portal.ui.UrlQuery;

/**
 * The employee list's search and filters in the address: {@code ?q=vries&school=12&school=14&functie=leraar&bestuur=2}.
 * Unknown or malformed values are ignored.
 */
final class EmployeesUrl {

    static final String SCHOOL = "school";
    static final String FUNCTION = "functie";
    static final String BOARD = Links.BOARD;

    private EmployeesUrl() {
    }

    static QueryParameters toParameters(EmployeeFilter filter) {
        return UrlQuery.write()
                .text(UrlQuery.SEARCH, filter.text())
                .id(BOARD, filter.boardId())
                .ids(SCHOOL, filter.schoolIds())
                .codes(FUNCTION, filter.functions())
                .toParameters();
    }

    static EmployeeFilter fromParameters(QueryParameters query) {
        var url = UrlQuery.read(query);
        return new EmployeeFilter(url.text(UrlQuery.SEARCH), url.ids(SCHOOL), url.codes(FUNCTION, JobFunction.class),
                url.id(BOARD).orElse(null));
    }
}

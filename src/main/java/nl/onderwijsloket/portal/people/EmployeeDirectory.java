package nl.onderwijsloket.portal.people;

import java.util.List;
import nl.onderwijsloket.portal.people.data.EmployeeQueries;
import nl.onderwijsloket.portal.security.CurrentUser;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * HR's view of the people of their own board. The board is the signed-in HR officer's, never a parameter:
 * an HR officer cannot see another board's people.
 */
@Service
@Transactional(readOnly = true)
public class EmployeeDirectory {

    private static final int MAX_PAGE = 100;

    private final EmployeeQueries queries;
    private final CurrentUser currentUser;

    EmployeeDirectory(EmployeeQueries queries, CurrentUser currentUser) {
        this.queries = queries;
        this.currentUser = currentUser;
    }

    /** Employees of the HR officer's board whose name or e-mail contains the filter, by name. */
    @PreAuthorize("hasRole('HR')")
    public List<EmployeeRow> employeesOfMyBoard(String filter, int offset, int limit) {
        return queries.page(currentUser.requireBoard(), filter, offset, Math.min(limit, MAX_PAGE));
    }

    @PreAuthorize("hasRole('HR')")
    public int countEmployeesOfMyBoard(String filter) {
        return queries.count(currentUser.requireBoard(), filter);
    }

    /** Name of the HR officer's board. */
    @PreAuthorize("hasRole('HR')")
    public String myBoardName() {
        return queries.boardName(currentUser.requireBoard());
    }
}

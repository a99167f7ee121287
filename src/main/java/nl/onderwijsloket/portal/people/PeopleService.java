package nl.onderwijsloket.portal.people;

import java.util.List;
import java.util.Optional;
import nl.onderwijsloket.portal.people.data.Employee;
import nl.onderwijsloket.portal.people.data.EmployeeRepository;
import nl.onderwijsloket.portal.people.data.PeopleSql;
import nl.onderwijsloket.portal.security.CurrentUser;
import nl.onderwijsloket.portal.security.PortalUser;
import nl.onderwijsloket.portal.security.Role;
import org.jspecify.annotations.Nullable;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Boards, schools and employees for HR and the desk's coordinators. The roles are checked per method;
 * the board an HR user may see is always their own ({@link CurrentUser#requireBoard()}), never a board a
 * caller passes in. A coordinator sees the whole region.
 */
@Service
@Transactional(readOnly = true)
public class PeopleService {

    /** Largest page a caller gets, whatever it asks for. */
    static final int MAX_PAGE = 200;

    private final PeopleSql peopleSql;
    private final EmployeeRepository employees;
    private final CurrentUser currentUser;

    PeopleService(PeopleSql peopleSql, EmployeeRepository employees, CurrentUser currentUser) {
        this.peopleSql = peopleSql;
        this.employees = employees;
        this.currentUser = currentUser;
    }

    /**
     * A page of employees in last-name order. For HR the filter's board is replaced by their own board, so
     * no filter reaches another board; a coordinator's board filter is applied as given.
     */
    @PreAuthorize("hasAnyRole('HR', 'COORDINATOR')")
    public List<EmployeeRow> employees(EmployeeFilter filter, int offset, int limit) {
        return peopleSql.employees(scoped(filter), Math.max(offset, 0), Math.clamp(limit, 0, MAX_PAGE));
    }

    /** How many employees {@link #employees} would return in all, with the same scope. */
    @PreAuthorize("hasAnyRole('HR', 'COORDINATOR')")
    public int countEmployees(EmployeeFilter filter) {
        return peopleSql.countEmployees(scoped(filter));
    }

    /**
     * One employee, or empty when there is none with this id.
     *
     * @throws AccessDeniedException when an HR user asks for an employee of another board. Deliberately
     *                               not an empty result: reaching for another board's employee is a
     *                               security event that should show up as a denial in the logs, not look
     *                               like a stale link (ids are sequential, so existence is no secret).
     */
    @PreAuthorize("hasAnyRole('HR', 'COORDINATOR')")
    public Optional<EmployeeDetails> employee(long id) {
        Long board = boardInScope();
        Optional<Employee> employee = employees.findWithBoardAndSchoolById(id);
        if (board != null && employee.isPresent() && !board.equals(employee.get().getBoard().getId())) {
            throw new AccessDeniedException("Employee " + id + " belongs to another board than the user's");
        }
        return employee.map(PeopleService::details);
    }

    /** The schools a user can filter on: HR their own board's, a coordinator all of the region's. */
    @PreAuthorize("hasAnyRole('HR', 'COORDINATOR')")
    public List<SchoolOption> schools() {
        return peopleSql.schools(boardInScope());
    }

    /** Every board of the region with its number of schools (in all and per sector) and employees. */
    @PreAuthorize("hasRole('COORDINATOR')")
    public List<BoardOverview> boards() {
        return peopleSql.boards();
    }

    private EmployeeFilter scoped(EmployeeFilter filter) {
        Long board = boardInScope();
        return board == null ? filter : filter.withBoard(board);
    }

    /** Null for a coordinator (the whole region); otherwise the HR user's own board, or a denial. */
    private @Nullable Long boardInScope() {
        PortalUser user = currentUser.require();
        if (user.has(Role.COORDINATOR)) {
            return null;
        }
        return currentUser.requireBoard();
    }

    private static EmployeeDetails details(Employee e) {
        var school = e.getSchool();
        String fullName = e.getNamePrefix() == null || e.getNamePrefix().isBlank()
                ? e.getFirstName() + " " + e.getLastName()
                : e.getFirstName() + " " + e.getNamePrefix() + " " + e.getLastName();
        return new EmployeeDetails(e.getId(), e.getEmployeeNumber(), e.getFirstName(), e.getNamePrefix(),
                e.getLastName(), fullName, e.getEmail(), e.getJobFunction(), e.getPreferredLocale(),
                e.getStartedOn(), e.getBoard().getId(), e.getBoard().getName(),
                school == null ? null : school.getId(), school == null ? null : school.getName());
    }
}

package nl.onderwijsloket.portal.people;

import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * What HR or a coordinator looks for in the list of employees. Filters of different kinds combine with
 * AND, the values within one filter with OR. Empty sets and nulls mean "any".
 *
 * @param text      words that must each occur in the full name or the e-mail address
 * @param schoolIds only employees of these schools
 * @param functions only employees with one of these job functions
 * @param boardId   only employees of this board; honoured for coordinators only, since HR always sees
 *                  exactly their own board (see {@link PeopleService})
 */
public record EmployeeFilter(String text, Set<Long> schoolIds, Set<JobFunction> functions, @Nullable Long boardId) {

    public EmployeeFilter {
        text = text == null ? "" : text.strip();
        schoolIds = Set.copyOf(schoolIds);
        functions = Set.copyOf(functions);
    }

    public static EmployeeFilter empty() {
        return new EmployeeFilter("", Set.of(), Set.of(), null);
    }

    public EmployeeFilter withText(String newText) {
        return new EmployeeFilter(newText, schoolIds, functions, boardId);
    }

    public EmployeeFilter withSchools(Set<Long> newSchoolIds) {
        return new EmployeeFilter(text, newSchoolIds, functions, boardId);
    }

    public EmployeeFilter withFunctions(Set<JobFunction> newFunctions) {
        return new EmployeeFilter(text, schoolIds, newFunctions, boardId);
    }

    public EmployeeFilter withBoard(@Nullable Long newBoardId) {
        return new EmployeeFilter(text, schoolIds, functions, newBoardId);
    }
}

package nl.onderwijsloket.portal.people;

import java.time.LocalDate;
import org.jspecify.annotations.Nullable;

/** One employee with everything HR may see of them; {@code schoolId} is null for board-office staff. */
public record EmployeeDetails(
        long id,
        String employeeNumber,
        String firstName,
        @Nullable String namePrefix,
        String lastName,
        String fullName,
        String email,
        JobFunction function,
        String preferredLocale,
        @Nullable LocalDate startedOn,
        long boardId,
        String boardName,
        @Nullable Long schoolId,
        @Nullable String schoolName) {
}

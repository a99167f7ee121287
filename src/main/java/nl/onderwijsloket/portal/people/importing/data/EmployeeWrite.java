package nl.onderwijsloket.portal.people.importing.data;

import java.time.LocalDate;
import nl.onderwijsloket.portal.people.JobFunction;
import org.jspecify.annotations.Nullable;

/**
 * The values an import writes for one employee: a new one when {@code id} is null, otherwise the update of
 * that employee of the board. With {@code setsLineManager}, the employee's line manager becomes the board's
 * employee numbered {@code lineManagerNumber} (none when null) once all rows are written.
 */
public record EmployeeWrite(@Nullable Long id, String employeeNumber, String firstName, @Nullable String namePrefix,
                            String lastName, String email, @Nullable Long schoolId, JobFunction function,
                            String preferredLocale, @Nullable LocalDate startedOn, @Nullable String subjects,
                            boolean setsLineManager, @Nullable String lineManagerNumber) {
}

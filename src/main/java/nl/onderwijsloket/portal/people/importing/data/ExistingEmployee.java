package nl.onderwijsloket.portal.people.importing.data;

import java.time.LocalDate;
import nl.onderwijsloket.portal.people.JobFunction;
import org.jspecify.annotations.Nullable;

/** An employee of the importing board, with the fields an import may change. */
public record ExistingEmployee(long id, String employeeNumber, String firstName, @Nullable String namePrefix,
                               String lastName, String email, @Nullable Long schoolId, JobFunction function,
                               String preferredLocale, @Nullable LocalDate startedOn,
                               @Nullable Long lineManagerId, @Nullable String subjects) {
}

package nl.onderwijsloket.portal.induction;

import java.time.LocalDate;
import nl.onderwijsloket.portal.people.JobFunction;
import org.jspecify.annotations.Nullable;

/** An employee the import marks as a starter (function and date of employment) who is in no programme yet. */
public record UnplacedStarter(long employeeId, String name, JobFunction function, @Nullable LocalDate startedOn) {
}

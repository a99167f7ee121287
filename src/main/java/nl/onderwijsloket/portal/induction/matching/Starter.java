package nl.onderwijsloket.portal.induction.matching;

import java.util.Set;
import nl.onderwijsloket.portal.people.JobFunction;
import nl.onderwijsloket.portal.people.Sector;
import org.jspecify.annotations.Nullable;

/**
 * A starter to be paired, as the matching sees them: where they work and what they do.
 *
 * @param employeeId    the employee's id
 * @param boardId       the board that employs the starter
 * @param schoolId      their school, or null for staff of the board's office
 * @param town          the town they work in (the school's, or the board office's), or null when unknown
 * @param sector        the sector of their school, or null when unknown
 * @param function      what they do or grow into (a starting teacher, a side-entrant, a school leader, ...)
 * @param subjects      the subjects they teach, as the import names them (compared exactly); empty in primary
 *                      education or when unknown
 * @param lineManagerId their direct manager, who may never be their mentor; null when unknown
 */
public record Starter(
        long employeeId,
        long boardId,
        @Nullable Long schoolId,
        @Nullable String town,
        @Nullable Sector sector,
        JobFunction function,
        Set<String> subjects,
        @Nullable Long lineManagerId) {

    public Starter {
        if (function == null) {
            throw new IllegalArgumentException("function is required");
        }
        subjects = Set.copyOf(subjects);
    }
}

package nl.onderwijsloket.portal.people.importing;

import java.util.List;
import nl.onderwijsloket.portal.people.JobFunction;
import org.jspecify.annotations.Nullable;

/**
 * One row of an import preview.
 *
 * @param line       the row number as a spreadsheet shows it (the header is row 1)
 * @param school     the school as the file names it (BRIN code or name); empty for the board office
 * @param schoolName the school found, or null when none was found or none is named
 * @param function   the function as the file names it
 * @param jobFunction the function understood, or null when it was not understood
 * @param employeeId the existing employee the row updates (or leaves unchanged), otherwise null
 * @param changes    for {@link ImportAction#UPDATE}: what changes
 * @param errors     for {@link ImportAction#ERROR}: why the row is skipped
 */
public record ImportRow(int line, String employeeNumber, String firstName, String namePrefix, String lastName,
                        String email, String school, @Nullable String schoolName, String function,
                        @Nullable JobFunction jobFunction, ImportAction action, @Nullable Long employeeId,
                        List<FieldChange> changes, List<ImportMessage> errors) {

    public ImportRow {
        changes = List.copyOf(changes);
        errors = List.copyOf(errors);
    }

    /** First name, prefix and last name, as the employee list writes them. */
    public String fullName() {
        StringBuilder name = new StringBuilder(firstName);
        for (String part : new String[] {namePrefix, lastName}) {
            if (!part.isEmpty()) {
                name.append(name.isEmpty() ? "" : " ").append(part);
            }
        }
        return name.toString();
    }
}

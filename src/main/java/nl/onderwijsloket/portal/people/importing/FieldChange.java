package nl.onderwijsloket.portal.people.importing;

import org.jspecify.annotations.Nullable;

/**
 * One value an import changes for an existing employee. Values are strings, except for the function (a
 * {@link nl.onderwijsloket.portal.people.JobFunction}) and the start date (a {@link java.time.LocalDate});
 * a school is given by name, and null means none (for a school: the board office).
 */
public record FieldChange(ImportColumn column, @Nullable Object from, @Nullable Object to) {
}

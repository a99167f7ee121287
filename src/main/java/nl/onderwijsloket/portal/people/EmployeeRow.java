package nl.onderwijsloket.portal.people;

import org.jspecify.annotations.Nullable;

/**
 * An employee as a row of the list: light, read in one projection query.
 *
 * @param fullName   first name, prefix and last name ("Sanne de Vries")
 * @param schoolName null for staff of the board office, who work at no single school
 */
public record EmployeeRow(long id, String fullName, String email, JobFunction function, @Nullable String schoolName,
                          String boardName) {
}

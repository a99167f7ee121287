package nl.onderwijsloket.portal.people;

import org.jspecify.annotations.Nullable;

/** An employee as HR's list shows it. {@code school} is null for board-office staff. */
public record EmployeeRow(long id, String name, String email, JobFunction jobFunction, @Nullable String school) {
}

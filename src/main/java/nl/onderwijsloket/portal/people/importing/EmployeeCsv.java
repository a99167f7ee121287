package nl.onderwijsloket.portal.people.importing;

import java.util.List;
import java.util.Set;

/**
 * An import file as read by {@link EmployeeCsvParser}: the columns it has, its data rows, and the problems
 * that make the whole file unusable (then there are no rows).
 */
public record EmployeeCsv(Set<ImportColumn> columns, List<CsvRow> rows, List<ImportMessage> errors) {

    public EmployeeCsv {
        columns = Set.copyOf(columns);
        rows = List.copyOf(rows);
        errors = List.copyOf(errors);
    }

    static EmployeeCsv failed(ImportMessage... errors) {
        return new EmployeeCsv(Set.of(), List.of(), List.of(errors));
    }

    public boolean has(ImportColumn column) {
        return columns.contains(column);
    }
}

package nl.onderwijsloket.portal.people.importing;

import java.util.Map;

/**
 * One data row of an import file: its row number as a spreadsheet shows it (the header is row 1) and its
 * trimmed values by column. Columns the file does not have are absent; empty cells are empty strings.
 */
public record CsvRow(int line, Map<ImportColumn, String> values) {

    public CsvRow {
        values = Map.copyOf(values);
    }

    /** The value of the column, or an empty string when the file has no such column. */
    public String get(ImportColumn column) {
        return values.getOrDefault(column, "");
    }
}

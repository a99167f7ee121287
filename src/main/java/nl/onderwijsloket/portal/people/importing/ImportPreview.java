package nl.onderwijsloket.portal.people.importing;

import java.util.List;

/**
 * What committing an import file would do, row by row, before anything is saved. When {@code fileErrors}
 * is not empty the file cannot be imported at all and there are no rows.
 */
public record ImportPreview(List<ImportMessage> fileErrors, List<ImportRow> rows) {

    public ImportPreview {
        fileErrors = List.copyOf(fileErrors);
        rows = List.copyOf(rows);
    }

    public int count(ImportAction action) {
        return (int) rows.stream().filter(row -> row.action() == action).count();
    }

    /** Whether committing would save anything: the file is readable and a row is new or changed. */
    public boolean canCommit() {
        return fileErrors.isEmpty() && (count(ImportAction.NEW) > 0 || count(ImportAction.UPDATE) > 0);
    }
}

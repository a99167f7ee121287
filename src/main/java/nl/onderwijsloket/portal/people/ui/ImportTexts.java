package nl.onderwijsloket.portal.people.ui;

import com.vaadin.flow.component.Component;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import nl.onderwijsloket.portal.people.JobFunction;
import nl.onderwijsloket.portal.people.importing.FieldChange;
import nl.onderwijsloket.portal.people.importing.ImportColumn;
import nl.onderwijsloket.portal.people.importing.ImportMessage;
import nl.onderwijsloket.portal.people.importing.ImportRow;
import nl.onderwijsloket.portal.ui.Formats;
import org.jspecify.annotations.Nullable;

/** The import's messages, changes and values in the user's language. */
final class ImportTexts {

    private ImportTexts() {
    }

    /** A message with its column arguments shown by their translated names. */
    static String message(Component c, ImportMessage message) {
        Object[] args = message.args().stream()
                .map(arg -> arg instanceof ImportColumn column ? c.getTranslation(column.labelKey()) : arg)
                .toArray();
        return c.getTranslation(message.key(), args);
    }

    /** What the preview says about a row: its errors, or the changes it makes. */
    static List<String> details(Component c, ImportRow row) {
        List<String> lines = new ArrayList<>();
        row.errors().forEach(error -> lines.add(message(c, error)));
        row.changes().forEach(change -> lines.add(change(c, change)));
        return lines;
    }

    static String change(Component c, FieldChange change) {
        return c.getTranslation("import.change", c.getTranslation(change.column().labelKey()),
                value(c, change.column(), change.from()), value(c, change.column(), change.to()));
    }

    private static String value(Component c, ImportColumn column, @Nullable Object value) {
        if (value == null) {
            return c.getTranslation(column == ImportColumn.SCHOOL ? "employees.board-office" : "import.no-value");
        }
        if (value instanceof JobFunction function) {
            return c.getTranslation(function.labelKey());
        }
        if (value instanceof LocalDate date) {
            return Formats.shortDate(date);
        }
        return value.toString();
    }

    /** The school as found, or as the file names it; the board office when none is named. */
    static String school(Component c, ImportRow row) {
        if (row.school().isEmpty()) {
            return c.getTranslation("employees.board-office");
        }
        return row.schoolName() != null ? row.schoolName() : row.school();
    }

    /** The function's label when it was understood, otherwise as the file names it. */
    static String function(Component c, ImportRow row) {
        return row.jobFunction() != null ? c.getTranslation(row.jobFunction().labelKey()) : row.function();
    }
}

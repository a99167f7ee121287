package nl.onderwijsloket.portal.people.importing;

import java.util.Arrays;
import java.util.List;

/**
 * A problem found in an import file, as a translation key and its arguments. Arguments are strings,
 * numbers and {@link ImportColumn}s; the screen shows a column by its translated name.
 */
public record ImportMessage(String key, List<Object> args) {

    public ImportMessage {
        args = List.copyOf(args);
    }

    public static ImportMessage of(String key, Object... args) {
        return new ImportMessage(key, Arrays.asList(args));
    }
}

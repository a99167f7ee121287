package nl.onderwijsloket.portal.people.importing;

import java.util.Locale;

/** What committing an import does with one row of the file. */
public enum ImportAction {
    /** Adds a new employee to the board. */
    NEW,
    /** Changes an employee of the board found by employee number or e-mail address. */
    UPDATE,
    /** Finds an employee of the board who already has these values. */
    UNCHANGED,
    /** Skips the row: it has errors. */
    ERROR;

    /** Key of the label in the translation files. */
    public String labelKey() {
        return "import.action." + name().toLowerCase(Locale.ROOT);
    }
}

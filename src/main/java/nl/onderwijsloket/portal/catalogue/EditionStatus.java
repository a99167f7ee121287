package nl.onderwijsloket.portal.catalogue;

import java.util.Locale;

/** Life cycle of an edition. */
public enum EditionStatus {
    PLANNED, OPEN, CLOSED, CANCELLED, COMPLETED;

    /** Key of the label in the translation files. */
    public String labelKey() {
        return "edition-status." + name().toLowerCase(Locale.ROOT);
    }
}

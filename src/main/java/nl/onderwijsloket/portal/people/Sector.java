package nl.onderwijsloket.portal.people;

import java.util.Locale;

/** Education sector of a school or course. */
public enum Sector {
    PO, SO, VO, MBO;

    /** Key of the label in the translation files. */
    public String labelKey() {
        return "sector." + name().toLowerCase(Locale.ROOT);
    }
}

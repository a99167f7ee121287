package nl.onderwijsloket.portal.catalogue;

import java.util.Locale;

/** A pathway step is a course or a milestone. */
public enum StepKind {
    COURSE, MILESTONE;

    /** Key of the label in the translation files. */
    public String labelKey() {
        return "step-kind." + name().toLowerCase(Locale.ROOT);
    }
}

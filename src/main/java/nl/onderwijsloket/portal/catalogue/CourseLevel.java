package nl.onderwijsloket.portal.catalogue;

import java.util.Locale;

/** Depth of a course. */
public enum CourseLevel {
    INTRODUCTORY, ADVANCED, SPECIALIST;

    /** Key of the label in the translation files. */
    public String labelKey() {
        return "course-level." + name().toLowerCase(Locale.ROOT);
    }
}

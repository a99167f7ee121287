package nl.onderwijsloket.portal.catalogue;

import java.util.Locale;

/** How a course is taught. */
public enum CourseFormat {
    ON_SITE, ONLINE, BLENDED;

    /** Key of the label in the translation files. */
    public String labelKey() {
        return "course-format." + name().toLowerCase(Locale.ROOT);
    }
}

package nl.onderwijsloket.portal.people;

import java.util.Locale;

/** What an employee does at a school; also a course's audience. */
public enum JobFunction {
    LERAAR, STARTENDE_LERAAR, ONDERWIJSASSISTENT, INTERN_BEGELEIDER, SCHOOLLEIDER, ZIJ_INSTROMER, MENTOR, STAFF;

    /** Key of the label in the translation files. */
    public String labelKey() {
        return "job-function." + name().toLowerCase(Locale.ROOT);
    }
}

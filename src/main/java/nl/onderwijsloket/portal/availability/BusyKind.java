package nl.onderwijsloket.portal.availability;

import java.util.Locale;

/** Why someone is busy at a time: what the planner names when it says who is blocked. */
public enum BusyKind {
    /** A meeting of a course edition they are enrolled in. */
    COURSE_MEETING,
    /** A session of an intervision group they are a member of. */
    INTERVISION_SESSION,
    /** A guidance meeting with their mentor or starter. */
    GUIDANCE_MEETING,
    /** Time they declared themselves unavailable, such as a weekly teaching block. */
    UNAVAILABLE,
    /** A school holiday of their school's holiday region. */
    SCHOOL_HOLIDAY,
    /** A study day of their own school. */
    STUDY_DAY;

    public String labelKey() {
        return "busy." + name().toLowerCase(Locale.ROOT).replace('_', '-');
    }
}

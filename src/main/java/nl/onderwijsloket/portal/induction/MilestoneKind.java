package nl.onderwijsloket.portal.induction;

import java.util.Locale;

/** What a milestone of a programme asks a starter to do. */
public enum MilestoneKind {
    /** A conversation with the mentor; every meeting in the guidance log counts towards it. */
    MENTOR_CONVERSATION,
    CLASSROOM_OBSERVATION,
    INTERVISION,
    /** A course or pathway from the catalogue. */
    COURSE,
    REFLECTION;

    public String labelKey() {
        return "induction.milestone-kind." + name().toLowerCase(Locale.ROOT).replace('_', '-');
    }
}

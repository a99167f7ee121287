package nl.onderwijsloket.portal.induction;

import java.util.Locale;

/** The kinds of induction programme the desk keeps a regional template for. */
public enum ProgrammeKind {
    STARTING_TEACHER, SCHOOL_LEADER, TEACHING_ASSISTANT, SIDE_ENTRANT;

    public String labelKey() {
        return "induction.programme-kind." + name().toLowerCase(Locale.ROOT).replace('_', '-');
    }
}

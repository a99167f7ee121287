package nl.onderwijsloket.portal.induction.matching;

import java.util.Locale;

/**
 * Why a mentor may not be paired with a starter at all: the hard rules. An excluded mentor is never suggested
 * and never assigned, whatever their score.
 */
public enum Exclusion {
    /** The mentor is the starter. */
    SELF,
    /** The mentor is the starter's line manager, who assesses them: the coach guides and does not assess. */
    LINE_MANAGER,
    /** The mentor works for another board, and that board does not let its mentors help outside it. */
    OTHER_BOARD_NOT_ALLOWED,
    /** The mentor already has as many starters as their capacity allows. */
    NO_FREE_CAPACITY;

    /** Key of the reason in the translation files, e.g. {@code induction.exclusion.line-manager}. */
    public String labelKey() {
        return "induction.exclusion." + name().toLowerCase(Locale.ROOT).replace('_', '-');
    }
}

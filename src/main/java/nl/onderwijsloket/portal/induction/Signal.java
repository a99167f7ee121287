package nl.onderwijsloket.portal.induction;

import java.util.Locale;

/**
 * Something about a starter that needs someone's attention. The same signals show in every screen and in HR's
 * weekly digest; each board sets its own thresholds ({@code induction_board_setting}).
 */
public enum Signal {
    /** No active mentor, N days (default 14) after the induction started. */
    NO_MENTOR,
    /** An active pairing without a guidance meeting in N weeks (default 6). */
    NO_RECENT_MEETING,
    /** Milestones whose due date has passed without them being done. */
    OVERDUE_MILESTONES,
    /** A facility granted for this year of which too little is used so far. */
    FACILITY_UNUSED,
    /** Mentor or starter answered "no" to the fit question: HR should look again. */
    POOR_FIT;

    public String labelKey() {
        return "induction.signal." + name().toLowerCase(Locale.ROOT).replace('_', '-');
    }
}

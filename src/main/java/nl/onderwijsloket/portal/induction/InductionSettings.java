package nl.onderwijsloket.portal.induction;

/**
 * A board's induction settings.
 *
 * @param mentorsOutside whether the board's mentors may also guide starters of other boards in the region
 * @param unpairedDays   after how many days without an active mentor a starter is signalled (1–365)
 * @param quietWeeks     after how many weeks without a guidance meeting a pairing is signalled (1–52)
 * @param version        the version read, so that a save over someone else's change is refused
 */
public record InductionSettings(boolean mentorsOutside, int unpairedDays, int quietWeeks, long version) {

    public static final int MAX_DAYS = 365;
    public static final int MAX_WEEKS = 52;

    /** What a board has before it saves anything (as in the migration's defaults). */
    static InductionSettings defaults() {
        return new InductionSettings(false, 14, 6, -1);
    }
}

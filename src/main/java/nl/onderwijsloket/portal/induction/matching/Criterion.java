package nl.onderwijsloket.portal.induction.matching;

import java.util.Locale;

/**
 * The parts a pairing's score is made of, in the order an explanation lists them, each with the most points
 * it can earn. The maxima add up to 100, so a score reads as a percentage of the ideal mentor.
 *
 * <p>Why these weights: the organisation (20) and the sector (15) weigh most because induction happens in a
 * school, and a mentor from the starter's own school or board knows its pupils, its team and its protocol; a
 * mentor from primary education is of little help to a starter in secondary education. The distance (15)
 * decides whether a mentor can drop in for a classroom observation between lessons. The kind of work (10) and
 * the subjects (10) make the conversations concrete. The load (10) spreads the starters over the mentors
 * instead of filling the best one first. Completed mentor training (10) is a mark of quality. An earlier
 * pairing of the same two (10) counts in favour: a starter who returns to a mentor they already know (after a
 * handover for the mentor's leave, say) keeps their continuity and knows whom to ask; a pairing that ended on a
 * poor fit is not passed as an earlier pairing at all (see {@link MentorCandidate#earlierMenteeIds()}).
 */
public enum Criterion {
    /** Same school 20; another school of the same board (or its office) 12; another board 0. */
    ORGANISATION(20),
    /** Same sector 15; another 0; unknown on either side 7. */
    SECTOR(15),
    /**
     * Same kind of work 10 (teaching: teachers, starting teachers, side-entrants, mentors, intern begeleiders;
     * or leading, assisting, staff); teacher with teaching assistant 5; otherwise 0.
     */
    FUNCTION(10),
    /** The share of the starter's subjects the mentor teaches too, times 10; 5 when either has none. */
    SUBJECTS(10),
    /** 15 up to 5 km, falling linearly to 0 at 45 km; 7 when a town is unknown. */
    DISTANCE(15),
    /** The share of the mentor's capacity still free before this starter, times 10. */
    LOAD(10),
    /** 10 when the mentor completed a course of the theme BEGELEIDING; else 0. */
    TRAINING(10),
    /** 10 when the mentor mentored this starter before; else 0. */
    EARLIER_PAIRING(10);

    /** The sum of all maxima: the best score possible. */
    public static final int TOTAL_MAX = 100;

    private final int max;

    Criterion(int max) {
        this.max = max;
    }

    /** The most points this part can earn. */
    public int max() {
        return max;
    }

    /** Key of the part's name in the translation files, e.g. {@code induction.score.criterion.distance}. */
    public String labelKey() {
        return "induction.score.criterion." + name().toLowerCase(Locale.ROOT).replace('_', '-');
    }
}

package nl.onderwijsloket.portal.induction.matching;

import org.jspecify.annotations.Nullable;

/** Distances between towns, for the distance part of a pairing's score. */
public interface TownDistances {

    /**
     * Kilometres as the crow flies between two towns; 0 for the same town (compared ignoring case), and
     * {@link Double#NaN} when either town is null or unknown, which scores neutral.
     */
    double kilometres(@Nullable String from, @Nullable String to);

    /** The towns of Twente and the rest of Overijssel the region's schools are in, from their coordinates. */
    static TownDistances twente() {
        return TwenteTowns.INSTANCE;
    }
}

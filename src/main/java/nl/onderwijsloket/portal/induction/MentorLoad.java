package nl.onderwijsloket.portal.induction;

import org.jspecify.annotations.Nullable;

/** A mentor of the board with how many starters they guide now and at most. */
public record MentorLoad(long employeeId, String name, @Nullable String schoolName, int livePairings, int capacity) {
}

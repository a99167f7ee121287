package nl.onderwijsloket.portal.intervision.planning;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * What the search found: conflict-free series (best first), or else the best series with conflicts, or else
 * the reason that no series of the asked length fits the period at all.
 */
public record SearchResult(Outcome outcome, List<Series> conflictFree, Optional<Series> bestWithConflicts) {

    public enum Outcome {
        /** At least one series is free for every member in every session. */
        FOUND,
        /** Series of the asked length fit the period, but each has at least one blocked member. */
        ONLY_WITH_CONFLICTS,
        /** No series of the asked length fits the period, the weekdays and the weeks between sessions. */
        PERIOD_TOO_SHORT
    }

    public SearchResult {
        Objects.requireNonNull(outcome, "outcome");
        conflictFree = List.copyOf(conflictFree);
        Objects.requireNonNull(bestWithConflicts, "bestWithConflicts");
        boolean consistent = switch (outcome) {
            case FOUND -> !conflictFree.isEmpty() && bestWithConflicts.isEmpty();
            case ONLY_WITH_CONFLICTS -> conflictFree.isEmpty() && bestWithConflicts.isPresent();
            case PERIOD_TOO_SHORT -> conflictFree.isEmpty() && bestWithConflicts.isEmpty();
        };
        if (!consistent) {
            throw new IllegalArgumentException("Outcome " + outcome + " does not match the series found");
        }
    }

    static SearchResult found(List<Series> series) {
        return new SearchResult(Outcome.FOUND, series, Optional.empty());
    }

    static SearchResult onlyWithConflicts(Series best) {
        return new SearchResult(Outcome.ONLY_WITH_CONFLICTS, List.of(), Optional.of(best));
    }

    static SearchResult periodTooShort() {
        return new SearchResult(Outcome.PERIOD_TOO_SHORT, List.of(), Optional.empty());
    }
}

package nl.onderwijsloket.portal.induction;

import java.util.List;

/**
 * HR's cohort pairing: the assignment of the board's unpaired starters to mentors with the best total score
 * that keeps every mentor within their free places, for HR to confirm or change before anything is saved.
 */
public record CohortProposal(List<Pair> pairs, List<Unpaired> unpaired, int total, int maxTotal) {

    public CohortProposal {
        pairs = List.copyOf(pairs);
        unpaired = List.copyOf(unpaired);
    }

    /** A proposed pair with the explanation of its score. */
    public record Pair(long placementId, String starterName, MentorSuggestion mentor) {
    }

    /** A starter the cohort leaves without a mentor, and why (a translation key). */
    public record Unpaired(long placementId, String starterName, String reasonKey) {
    }

    /** A pair as HR confirms it: the starter's placement and the mentor chosen for them. */
    public record Choice(long placementId, long mentorId) {
    }
}

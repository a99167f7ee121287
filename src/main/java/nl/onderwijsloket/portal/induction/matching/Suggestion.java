package nl.onderwijsloket.portal.induction.matching;

/** A mentor suggested for a starter, with the explanation of their score. */
public record Suggestion(MentorCandidate mentor, Explanation explanation) {

    /** The score: the explanation's total. */
    public int score() {
        return explanation.total();
    }
}

package nl.onderwijsloket.portal.induction;

import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * A mentor suggested for a starter, with the score split into its parts so that HR can read why.
 *
 * @param parts     one per criterion, in order: the translation key and arguments of its sentence, its points
 *                  and its maximum
 */
public record MentorSuggestion(
        long mentorId,
        String mentorName,
        String boardName,
        @Nullable String schoolName,
        @Nullable String town,
        int freePlaces,
        int capacity,
        int score,
        int maxScore,
        List<ScorePart> parts) {

    public MentorSuggestion {
        parts = List.copyOf(parts);
    }

    /** One part of a score: what it is about, the sentence that explains it, and its points. */
    public record ScorePart(String criterionKey, String sentenceKey, List<Object> args, int points, int max) {

        public ScorePart {
            args = List.copyOf(args);
        }
    }
}

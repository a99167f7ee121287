package nl.onderwijsloket.portal.induction.matching;

import java.util.Arrays;
import java.util.List;
import java.util.Objects;

/**
 * Why a pairing scores what it scores: one part per {@link Criterion}, in the criterion's order. The score is
 * the sum of the parts' points.
 */
public record Explanation(List<Part> parts) {

    public Explanation {
        parts = List.copyOf(parts);
    }

    /** The score: the sum of the parts' points. */
    public int total() {
        int total = 0;
        for (Part part : parts) {
            total += part.points();
        }
        return total;
    }

    /** The best score possible: the sum of the parts' maxima. */
    public int max() {
        int max = 0;
        for (Part part : parts) {
            max += part.max();
        }
        return max;
    }

    /** The part of the given criterion. */
    public Part part(Criterion criterion) {
        for (Part part : parts) {
            if (part.criterion() == criterion) {
                return part;
            }
        }
        throw new IllegalArgumentException("no part for " + criterion);
    }

    /**
     * One part of a score.
     *
     * @param criterion what the part is about
     * @param key       translation key of the sentence that explains it (a {@code MessageFormat} pattern), e.g.
     *                  {@code induction.score.same-school}
     * @param points    the points it earned, from 0 to {@code max}
     * @param max       the most it could earn
     * @param args      the arguments of the sentence: numbers and plain strings (town names, subjects, sectors)
     */
    public record Part(Criterion criterion, String key, int points, int max, Object... args) {

        public Part {
            Objects.requireNonNull(criterion);
            Objects.requireNonNull(key);
            if (points < 0 || points > max) {
                throw new IllegalArgumentException(key + ": " + points + " points of " + max);
            }
            args = args.clone();
        }

        @Override
        public Object[] args() {
            return args.clone();
        }

        @Override
        public boolean equals(Object other) {
            return other instanceof Part that && criterion == that.criterion && key.equals(that.key)
                    && points == that.points && max == that.max && Arrays.equals(args, that.args);
        }

        @Override
        public int hashCode() {
            return Objects.hash(criterion, key, points, max, Arrays.hashCode(args));
        }

        @Override
        public String toString() {
            return key + " " + points + "/" + max + (args.length == 0 ? "" : " " + Arrays.toString(args));
        }
    }
}

package nl.onderwijsloket.portal.induction.matching;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.function.ToLongFunction;

/**
 * Pairs a whole cohort of starters with mentors at once: the assignment that gives as many starters as possible
 * a mentor and, among those, has the highest total score; never more starters per mentor than their free
 * places, never a pair that breaks a hard rule ({@link PairingRules}). Not greedy: the best pair first can cost
 * two others their best mentor.
 *
 * <p>How: each mentor becomes as many columns as they have free places, and each (starter, place) cell gets
 * weight {@code BIG + score} when the pair is allowed and 0 when it is not; the Hungarian algorithm then finds
 * the assignment of most weight, with a zero-weight cell meaning "no mentor". {@code BIG} exceeds every total
 * score a matching can have, so one more pair always outweighs any gain in score: cardinality first, then score.
 *
 * <p>The load part of the score counts the starters the cohort gives a mentor: the mentor's k-th place
 * (counting from 0) scores as if they already had k more starters, so a second starter adds less than the
 * first and the cohort spreads over the mentors. Within one mentor the places are handed out in order of
 * employee id; that changes no total.
 *
 * <p>The input order does not matter: starters and mentors are taken in order of employee id, so the same cohort
 * gives the same proposal.
 */
public final class CohortAssignment {

    private final PairingScore score;

    public CohortAssignment(PairingScore score) {
        this.score = score;
    }

    /**
     * The proposal for the cohort: its pairs (in order of the starter's id) with their explanations, and the
     * starters left without a mentor with the reason.
     *
     * @throws IllegalArgumentException when an employee id occurs twice among the starters or among the mentors
     */
    public Proposal solve(List<Starter> starters, List<MentorCandidate> mentors) {
        Starter[] s = sortedById(starters.toArray(Starter[]::new), Starter::employeeId, "starter");
        MentorCandidate[] m = sortedById(mentors.toArray(MentorCandidate[]::new), MentorCandidate::employeeId,
                "mentor");

        // Scores without the load of every allowed pair with a free place; -1 where the pair is not possible.
        int[][] base = new int[s.length][m.length];
        boolean[] starterHasMentor = new boolean[s.length];
        boolean[] mentorHasStarter = new boolean[m.length];
        for (int i = 0; i < s.length; i++) {
            for (int j = 0; j < m.length; j++) {
                if (PairingRules.exclusion(s[i], m[j]) == null) {
                    base[i][j] = score.scoreExceptLoad(s[i], m[j]);
                    starterHasMentor[i] = true;
                    mentorHasStarter[j] = true;
                } else {
                    base[i][j] = -1;
                }
            }
        }
        int freePlaces = 0;
        for (MentorCandidate mentor : m) {
            freePlaces += mentor.freePlaces();
        }

        // Only starters with a possible mentor and places of mentors with a possible starter enter the matrix.
        int[] rowStarter = indexesOf(starterHasMentor);
        int placeCount = 0;
        for (int j = 0; j < m.length; j++) {
            placeCount += mentorHasStarter[j] ? m[j].freePlaces() : 0;
        }
        int[] placeMentor = new int[placeCount];
        int[] placeRank = new int[placeCount];
        for (int j = 0, p = 0; j < m.length; j++) {
            if (mentorHasStarter[j]) {
                for (int k = 0; k < m[j].freePlaces(); k++, p++) {
                    placeMentor[p] = j;
                    placeRank[p] = k;
                }
            }
        }

        int[] mentorOf = new int[s.length];
        Arrays.fill(mentorOf, -1);
        int n = rowStarter.length;
        if (n > 0 && placeCount > 0) {
            long big = (long) Criterion.TOTAL_MAX * Math.min(n, placeCount) + 1;
            boolean startersAreRows = n <= placeCount;
            int rows = startersAreRows ? n : placeCount;
            int columns = startersAreRows ? placeCount : n;
            long[] cost = new long[Math.multiplyExact(rows, columns)];
            for (int a = 0; a < n; a++) {
                int[] scores = base[rowStarter[a]];
                for (int p = 0; p < placeCount; p++) {
                    int mentor = placeMentor[p];
                    long weight = scores[mentor] < 0 ? 0
                            : big + scores[mentor] + PairingScore.loadPoints(m[mentor], placeRank[p]);
                    cost[startersAreRows ? a * columns + p : p * columns + a] = -weight;
                }
            }
            int[] assigned = Hungarian.minimumCostAssignment(cost, rows, columns);
            for (int r = 0; r < rows; r++) {
                int a = startersAreRows ? r : assigned[r];
                int p = startersAreRows ? assigned[r] : r;
                int starter = rowStarter[a];
                if (base[starter][placeMentor[p]] >= 0) {
                    mentorOf[starter] = placeMentor[p];
                }
            }
        }

        // Hand out each mentor's places in order of the starters' ids (s is sorted), and explain each pair.
        int[] placesGiven = new int[m.length];
        var pairs = new ArrayList<Pair>();
        var unassigned = new ArrayList<Unassigned>();
        for (int i = 0; i < s.length; i++) {
            int j = mentorOf[i];
            if (j >= 0) {
                pairs.add(new Pair(s[i], m[j], score.explain(s[i], m[j], placesGiven[j]++)));
            } else {
                Reason reason = freePlaces == 0 ? Reason.NO_FREE_PLACE
                        : starterHasMentor[i] ? Reason.PLACES_TAKEN : Reason.NO_ALLOWED_MENTOR;
                unassigned.add(new Unassigned(s[i], reason));
            }
        }
        return new Proposal(pairs, unassigned);
    }

    private static <T> T[] sortedById(T[] items, ToLongFunction<T> id, String what) {
        Arrays.sort(items, Comparator.comparingLong(id));
        for (int i = 1; i < items.length; i++) {
            if (id.applyAsLong(items[i]) == id.applyAsLong(items[i - 1])) {
                throw new IllegalArgumentException(what + " " + id.applyAsLong(items[i]) + " occurs twice");
            }
        }
        return items;
    }

    private static int[] indexesOf(boolean[] flags) {
        int count = 0;
        for (boolean flag : flags) {
            count += flag ? 1 : 0;
        }
        int[] indexes = new int[count];
        for (int i = 0, k = 0; i < flags.length; i++) {
            if (flags[i]) {
                indexes[k++] = i;
            }
        }
        return indexes;
    }

    /** A proposed assignment: pairs in order of the starter's id, and the starters left without a mentor. */
    public record Proposal(List<Pair> pairs, List<Unassigned> unassigned) {

        public Proposal {
            pairs = List.copyOf(pairs);
            unassigned = List.copyOf(unassigned);
        }

        /** The sum of the pairs' scores. */
        public int totalScore() {
            int total = 0;
            for (Pair pair : pairs) {
                total += pair.score();
            }
            return total;
        }
    }

    /** A proposed pair with the explanation of its score (whose load part counts the cohort's earlier pairs). */
    public record Pair(Starter starter, MentorCandidate mentor, Explanation explanation) {

        public int score() {
            return explanation.total();
        }
    }

    /** A starter the proposal leaves without a mentor, and why. */
    public record Unassigned(Starter starter, Reason reason) {
    }

    /** Why a starter is left without a mentor. */
    public enum Reason {
        /** No mentor has a free place at all. */
        NO_FREE_PLACE,
        /** There are free places, but every mentor who has one breaks a hard rule for this starter. */
        NO_ALLOWED_MENTOR,
        /**
         * Mentors this starter may have had places, but they went to other starters: there are more starters
         * than places, and as many starters as possible got a mentor.
         */
        PLACES_TAKEN;

        /** Key of the reason in the translation files, e.g. {@code induction.cohort.unassigned.places-taken}. */
        public String labelKey() {
            return "induction.cohort.unassigned." + name().toLowerCase(Locale.ROOT).replace('_', '-');
        }
    }
}

package nl.onderwijsloket.portal.induction.matching;

import java.util.ArrayList;
import java.util.List;

/**
 * Ranks the mentors a starter may be paired with: the allowed candidates, best score first, ties broken by the
 * lower employee id, each with its explanation.
 *
 * <p>Each candidate is checked and scored once, without allocating; the best {@code limit} are kept in a small
 * heap of indexes (O(n log limit)), and only those are explained.
 */
public final class Suggestions {

    private final PairingScore score;

    public Suggestions(PairingScore score) {
        this.score = score;
    }

    /**
     * The best {@code limit} allowed candidates for the starter, best first. Candidates that break a hard rule
     * ({@link PairingRules}) are left out, whatever their score.
     *
     * @throws IllegalArgumentException when {@code limit} is below 1
     */
    public List<Suggestion> rank(Starter starter, List<MentorCandidate> candidates, int limit) {
        if (limit < 1) {
            throw new IllegalArgumentException("limit must be at least 1, is " + limit);
        }
        var heap = new Heap(Math.min(limit, candidates.size()));
        int index = 0;
        for (MentorCandidate candidate : candidates) {
            if (PairingRules.exclusion(starter, candidate) == null) {
                heap.offer(index, score.score(starter, candidate), candidate.employeeId());
            }
            index++;
        }
        int[] best = heap.drainBestFirst();
        var suggestions = new ArrayList<Suggestion>(best.length);
        for (int i : best) {
            MentorCandidate mentor = candidates.get(i);
            suggestions.add(new Suggestion(mentor, score.explain(starter, mentor)));
        }
        return suggestions;
    }

    /**
     * A bounded min-heap of candidate indexes whose root is the worst one kept: a higher score is better, and
     * of equal scores the lower employee id.
     */
    private static final class Heap {

        private final int[] index;
        private final int[] score;
        private final long[] id;
        private int size;

        Heap(int capacity) {
            index = new int[capacity];
            score = new int[capacity];
            id = new long[capacity];
        }

        /** Whether (scoreA, idA) ranks below (scoreB, idB). */
        private static boolean worse(int scoreA, long idA, int scoreB, long idB) {
            return scoreA < scoreB || (scoreA == scoreB && idA > idB);
        }

        void offer(int candidate, int candidateScore, long candidateId) {
            if (size < index.length) {
                int at = size++;
                while (at > 0) {
                    int parent = (at - 1) >>> 1;
                    if (!worse(candidateScore, candidateId, score[parent], id[parent])) {
                        break;
                    }
                    move(parent, at);
                    at = parent;
                }
                set(at, candidate, candidateScore, candidateId);
            } else if (size > 0 && worse(score[0], id[0], candidateScore, candidateId)) {
                siftDown(candidate, candidateScore, candidateId);
            }
        }

        /** Puts the candidate at the root, replacing the worst, and sifts it down to its place. */
        private void siftDown(int candidate, int candidateScore, long candidateId) {
            int at = 0;
            while (true) {
                int child = 2 * at + 1;
                if (child >= size) {
                    break;
                }
                if (child + 1 < size && worse(score[child + 1], id[child + 1], score[child], id[child])) {
                    child++;
                }
                if (!worse(score[child], id[child], candidateScore, candidateId)) {
                    break;
                }
                move(child, at);
                at = child;
            }
            set(at, candidate, candidateScore, candidateId);
        }

        /** The kept indexes, best first; empties the heap. */
        int[] drainBestFirst() {
            int[] result = new int[size];
            for (int k = size - 1; k >= 0; k--) {
                result[k] = index[0];
                size--;
                if (size > 0) {
                    int lastIndex = index[size];
                    int lastScore = score[size];
                    long lastId = id[size];
                    siftDown(lastIndex, lastScore, lastId);
                }
            }
            return result;
        }

        private void move(int from, int to) {
            index[to] = index[from];
            score[to] = score[from];
            id[to] = id[from];
        }

        private void set(int at, int candidate, int candidateScore, long candidateId) {
            index[at] = candidate;
            score[at] = candidateScore;
            id[at] = candidateId;
        }
    }
}

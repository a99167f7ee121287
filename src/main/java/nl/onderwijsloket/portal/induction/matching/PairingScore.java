package nl.onderwijsloket.portal.induction.matching;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import nl.onderwijsloket.portal.people.JobFunction;
import nl.onderwijsloket.portal.people.Sector;
import org.jspecify.annotations.Nullable;

/**
 * Scores how well a mentor fits a starter, as a sum of named parts (see {@link Criterion} for the weights and
 * why), and explains the score part by part. Scoring says nothing about whether the pair is allowed: that is
 * {@link PairingRules}.
 *
 * <p>{@link #score} computes the total without building the explanation and allocates nothing, so that ranking
 * thousands of candidates costs little more than looking at each once; {@link #explain} builds the parts for the
 * few that are shown. Both come from the same methods per part, so the explanation's total is the score.
 *
 * <p>Where something is unknown (a town, a sector, the subjects), its part earns half its maximum, rounded
 * down: the candidate is neither rewarded nor punished for missing data.
 */
public final class PairingScore {

    /** Full distance points up to this distance: a few minutes by bike or car. */
    static final double NEAR_KM = 5;
    /** No distance points from this distance on: across the region. */
    static final double FAR_KM = 45;

    private static final int SAME_BOARD = 12;
    private static final int RELATED_WORK = 5;

    private final TownDistances distances;

    public PairingScore(TownDistances distances) {
        this.distances = distances;
    }

    /** The score of the pair, from 0 to {@link Criterion#TOTAL_MAX}: the total of {@link #explain}. */
    public int score(Starter starter, MentorCandidate mentor) {
        return score(starter, mentor, 0);
    }

    /**
     * The score as if the mentor already had {@code extraPairings} more starters than {@code activePairings}:
     * what the n-th starter of a cohort given to the same mentor adds.
     */
    int score(Starter starter, MentorCandidate mentor, int extraPairings) {
        return scoreExceptLoad(starter, mentor) + loadPoints(mentor, extraPairings);
    }

    /** Every part but the load, which is the only part that depends on how many starters a mentor gets. */
    int scoreExceptLoad(Starter starter, MentorCandidate mentor) {
        return organisationPoints(starter, mentor)
                + sectorPoints(starter.sector(), mentor.sector())
                + functionPoints(starter.function(), mentor.function())
                + subjectPoints(starter.subjects(), mentor.subjects())
                + distancePoints(distances.kilometres(starter.town(), mentor.town()))
                + trainingPoints(mentor)
                + earlierPairingPoints(starter, mentor);
    }

    /** The score split into its parts, one per {@link Criterion}, in that order. */
    public Explanation explain(Starter starter, MentorCandidate mentor) {
        return explain(starter, mentor, 0);
    }

    /** The explanation as if the mentor already had {@code extraPairings} more starters. */
    Explanation explain(Starter starter, MentorCandidate mentor, int extraPairings) {
        var parts = new ArrayList<Explanation.Part>(Criterion.values().length);
        parts.add(organisationPart(starter, mentor));
        parts.add(sectorPart(starter.sector(), mentor.sector()));
        parts.add(functionPart(starter.function(), mentor.function()));
        parts.add(subjectPart(starter.subjects(), mentor.subjects()));
        parts.add(distancePart(starter, mentor));
        parts.add(loadPart(mentor, extraPairings));
        parts.add(trainingPart(mentor));
        parts.add(earlierPairingPart(starter, mentor));
        return new Explanation(parts);
    }

    // --- organisation: same school, same board, or another board

    private static boolean sameBoard(Starter starter, MentorCandidate mentor) {
        return starter.boardId() == mentor.boardId();
    }

    private static boolean sameSchool(Starter starter, MentorCandidate mentor) {
        return sameBoard(starter, mentor) && starter.schoolId() != null
                && starter.schoolId().equals(mentor.schoolId());
    }

    static int organisationPoints(Starter starter, MentorCandidate mentor) {
        if (sameSchool(starter, mentor)) {
            return Criterion.ORGANISATION.max();
        }
        return sameBoard(starter, mentor) ? SAME_BOARD : 0;
    }

    private static Explanation.Part organisationPart(Starter starter, MentorCandidate mentor) {
        String key = sameSchool(starter, mentor) ? "induction.score.same-school"
                : sameBoard(starter, mentor) ? "induction.score.same-board" : "induction.score.other-board";
        return part(Criterion.ORGANISATION, key, organisationPoints(starter, mentor));
    }

    // --- sector

    static int sectorPoints(@Nullable Sector starter, @Nullable Sector mentor) {
        if (starter == null || mentor == null) {
            return neutral(Criterion.SECTOR);
        }
        return starter == mentor ? Criterion.SECTOR.max() : 0;
    }

    private static Explanation.Part sectorPart(@Nullable Sector starter, @Nullable Sector mentor) {
        int points = sectorPoints(starter, mentor);
        if (starter == null || mentor == null) {
            return part(Criterion.SECTOR, "induction.score.sector-unknown", points);
        }
        return starter == mentor ? part(Criterion.SECTOR, "induction.score.same-sector", points, starter.name())
                : part(Criterion.SECTOR, "induction.score.other-sector", points, mentor.name(), starter.name());
    }

    // --- function: the kind of work

    /** Kinds of work: a starter learns most from a mentor who does the work they are growing into. */
    private enum Work { TEACHING, ASSISTING, LEADING, STAFF }

    private static Work work(JobFunction function) {
        return switch (function) {
            case LERAAR, STARTENDE_LERAAR, ZIJ_INSTROMER, MENTOR, INTERN_BEGELEIDER -> Work.TEACHING;
            case ONDERWIJSASSISTENT -> Work.ASSISTING;
            case SCHOOLLEIDER -> Work.LEADING;
            case STAFF -> Work.STAFF;
        };
    }

    /** Teaching assistants and teachers work side by side in the classroom: related work. */
    private static boolean related(Work a, Work b) {
        return (a == Work.TEACHING && b == Work.ASSISTING) || (a == Work.ASSISTING && b == Work.TEACHING);
    }

    static int functionPoints(JobFunction starter, JobFunction mentor) {
        Work a = work(starter);
        Work b = work(mentor);
        return a == b ? Criterion.FUNCTION.max() : related(a, b) ? RELATED_WORK : 0;
    }

    private static Explanation.Part functionPart(JobFunction starter, JobFunction mentor) {
        Work a = work(starter);
        Work b = work(mentor);
        String key = a == b ? "induction.score.same-work"
                : related(a, b) ? "induction.score.related-work" : "induction.score.other-work";
        return part(Criterion.FUNCTION, key, functionPoints(starter, mentor));
    }

    // --- subjects: the share of the starter's subjects the mentor teaches too

    private static int shared(Set<String> starter, Set<String> mentor) {
        int shared = 0;
        for (String subject : starter) {
            if (mentor.contains(subject)) {
                shared++;
            }
        }
        return shared;
    }

    static int subjectPoints(Set<String> starter, Set<String> mentor) {
        if (starter.isEmpty() || mentor.isEmpty()) {
            return neutral(Criterion.SUBJECTS);
        }
        return (int) Math.round((double) Criterion.SUBJECTS.max() * shared(starter, mentor) / starter.size());
    }

    private static Explanation.Part subjectPart(Set<String> starter, Set<String> mentor) {
        int points = subjectPoints(starter, mentor);
        if (starter.isEmpty() || mentor.isEmpty()) {
            return part(Criterion.SUBJECTS, "induction.score.subjects-unknown", points);
        }
        var shared = new TreeSet<String>(starter);
        shared.retainAll(mentor);
        if (shared.isEmpty()) {
            return part(Criterion.SUBJECTS, "induction.score.subjects-none", points);
        }
        String names = String.join(", ", shared);
        return shared.size() == starter.size() ? part(Criterion.SUBJECTS, "induction.score.subjects-all", points, names)
                : part(Criterion.SUBJECTS, "induction.score.subjects-some", points, names, shared.size(),
                        starter.size());
    }

    // --- distance between the towns

    /** Full points up to {@link #NEAR_KM}, none from {@link #FAR_KM}, linear in between; neutral when unknown. */
    static int distancePoints(double km) {
        int max = Criterion.DISTANCE.max();
        if (Double.isNaN(km)) {
            return neutral(Criterion.DISTANCE);
        }
        if (km <= NEAR_KM) {
            return max;
        }
        if (km >= FAR_KM) {
            return 0;
        }
        return (int) Math.round(max * (FAR_KM - km) / (FAR_KM - NEAR_KM));
    }

    private Explanation.Part distancePart(Starter starter, MentorCandidate mentor) {
        double km = distances.kilometres(starter.town(), mentor.town());
        int points = distancePoints(km);
        if (Double.isNaN(km)) {
            return part(Criterion.DISTANCE, "induction.score.distance-unknown", points);
        }
        if (km == 0) {
            return part(Criterion.DISTANCE, "induction.score.same-town", points, mentor.town());
        }
        return part(Criterion.DISTANCE, "induction.score.distance", points, (int) Math.round(km), mentor.town());
    }

    // --- the mentor's load against their capacity

    /** The share of places still free before this starter, in points; none for a mentor without places. */
    static int loadPoints(MentorCandidate mentor, int extraPairings) {
        int capacity = mentor.capacity();
        if (capacity <= 0) {
            return 0;
        }
        int free = Math.max(0, capacity - mentor.activePairings() - extraPairings);
        return (int) Math.round((double) Criterion.LOAD.max() * free / capacity);
    }

    private static Explanation.Part loadPart(MentorCandidate mentor, int extraPairings) {
        return part(Criterion.LOAD, "induction.score.load", loadPoints(mentor, extraPairings),
                mentor.activePairings() + extraPairings, mentor.capacity());
    }

    // --- mentor training (a completed course of the theme BEGELEIDING)

    static int trainingPoints(MentorCandidate mentor) {
        return mentor.completedMentorTraining() ? Criterion.TRAINING.max() : 0;
    }

    private static Explanation.Part trainingPart(MentorCandidate mentor) {
        return part(Criterion.TRAINING, mentor.completedMentorTraining() ? "induction.score.trained"
                : "induction.score.not-trained", trainingPoints(mentor));
    }

    // --- an earlier pairing of the same two: continuity counts in favour

    private static boolean pairedBefore(Starter starter, MentorCandidate mentor) {
        Set<Long> earlier = mentor.earlierMenteeIds();
        return !earlier.isEmpty() && earlier.contains(starter.employeeId());
    }

    static int earlierPairingPoints(Starter starter, MentorCandidate mentor) {
        return pairedBefore(starter, mentor) ? Criterion.EARLIER_PAIRING.max() : 0;
    }

    private static Explanation.Part earlierPairingPart(Starter starter, MentorCandidate mentor) {
        return part(Criterion.EARLIER_PAIRING, pairedBefore(starter, mentor) ? "induction.score.earlier-pairing"
                : "induction.score.no-earlier-pairing", earlierPairingPoints(starter, mentor));
    }

    // ---

    private static int neutral(Criterion criterion) {
        return criterion.max() / 2;
    }

    private static Explanation.Part part(Criterion criterion, String key, int points, Object... args) {
        return new Explanation.Part(criterion, key, points, criterion.max(), args);
    }

    /** Every translation key an explanation can use, for the test that keeps the translations complete. */
    static List<String> keys() {
        return List.of("induction.score.same-school", "induction.score.same-board", "induction.score.other-board",
                "induction.score.same-sector", "induction.score.other-sector", "induction.score.sector-unknown",
                "induction.score.same-work", "induction.score.related-work", "induction.score.other-work",
                "induction.score.subjects-all", "induction.score.subjects-some", "induction.score.subjects-none",
                "induction.score.subjects-unknown", "induction.score.same-town", "induction.score.distance",
                "induction.score.distance-unknown", "induction.score.load", "induction.score.trained",
                "induction.score.not-trained", "induction.score.earlier-pairing",
                "induction.score.no-earlier-pairing");
    }
}

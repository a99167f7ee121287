package nl.onderwijsloket.portal.induction.matching;

import static nl.onderwijsloket.portal.induction.matching.InductionMatchingFixtures.SCORE;
import static nl.onderwijsloket.portal.induction.matching.InductionMatchingFixtures.mentor;
import static nl.onderwijsloket.portal.induction.matching.InductionMatchingFixtures.starter;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import nl.onderwijsloket.portal.induction.matching.CohortAssignment.Pair;
import nl.onderwijsloket.portal.induction.matching.CohortAssignment.Proposal;
import nl.onderwijsloket.portal.induction.matching.CohortAssignment.Reason;
import nl.onderwijsloket.portal.induction.matching.CohortAssignment.Unassigned;
import nl.onderwijsloket.portal.people.JobFunction;
import nl.onderwijsloket.portal.people.Sector;
import org.junit.jupiter.api.Test;

class CohortAssignmentTest {

    private final CohortAssignment cohort = new CohortAssignment(SCORE);

    /** The best (pairs, total score) over every feasible assignment, by exhaustive search. */
    record Optimum(int pairs, int total) {

        boolean betterThan(Optimum other) {
            return pairs > other.pairs || (pairs == other.pairs && total > other.total);
        }
    }

    /**
     * Tries every assignment of each starter to one mentor or none that breaks no hard rule and fills no mentor
     * beyond their free places. A mentor's k-th starter (from 0) scores with k extra pairings; the total of a
     * mentor's starters does not depend on their order.
     */
    static Optimum bruteForce(List<Starter> starters, List<MentorCandidate> mentors) {
        int[] given = new int[mentors.size()];
        Optimum[] best = {new Optimum(0, 0)};
        search(starters, mentors, 0, given, 0, 0, best);
        return best[0];
    }

    private static void search(List<Starter> starters, List<MentorCandidate> mentors, int i, int[] given, int pairs,
            int total, Optimum[] best) {
        if (i == starters.size()) {
            var candidate = new Optimum(pairs, total);
            if (candidate.betterThan(best[0])) {
                best[0] = candidate;
            }
            return;
        }
        search(starters, mentors, i + 1, given, pairs, total, best);
        Starter starter = starters.get(i);
        for (int j = 0; j < mentors.size(); j++) {
            MentorCandidate mentor = mentors.get(j);
            if (given[j] < mentor.freePlaces() && PairingRules.allowed(starter, mentor)) {
                int points = SCORE.score(starter, mentor, given[j]);
                given[j]++;
                search(starters, mentors, i + 1, given, pairs + 1, total + points, best);
                given[j]--;
            }
        }
    }

    /**
     * The same optimum by dynamic programming over the subsets of starters, mentor by mentor: exact, and feasible
     * for cohorts of up to about 14 starters, where enumerating assignments is not.
     */
    static Optimum bySubsets(List<Starter> starters, List<MentorCandidate> mentors) {
        int n = starters.size();
        int all = (1 << n) - 1;
        long weight = 1_000_000;
        long[] best = new long[1 << n];
        Arrays.fill(best, -1);
        best[0] = 0;
        for (MentorCandidate mentor : mentors) {
            int allowed = 0;
            for (int i = 0; i < n; i++) {
                if (PairingRules.allowed(starters.get(i), mentor)) {
                    allowed |= 1 << i;
                }
            }
            long[] next = best.clone();
            for (int mask = 0; mask <= all; mask++) {
                if (best[mask] < 0) {
                    continue;
                }
                int open = allowed & ~mask;
                for (int sub = open; sub > 0; sub = (sub - 1) & open) {
                    int count = Integer.bitCount(sub);
                    if (count > mentor.freePlaces()) {
                        continue;
                    }
                    int total = 0;
                    int k = 0;
                    for (int i = 0; i < n; i++) {
                        if ((sub & (1 << i)) != 0) {
                            total += SCORE.score(starters.get(i), mentor, k++);
                        }
                    }
                    long value = best[mask] + count * weight + total;
                    next[mask | sub] = Math.max(next[mask | sub], value);
                }
            }
            best = next;
        }
        long max = Arrays.stream(best).max().orElse(0);
        return new Optimum((int) (max / weight), (int) (max % weight));
    }

    /** Checks the proposal against the rules and returns its (pairs, total), recomputing each pair's score. */
    private static Optimum check(Proposal proposal, List<Starter> starters, List<MentorCandidate> mentors) {
        Map<Long, Integer> perMentor = new HashMap<>();
        int total = 0;
        for (Pair pair : proposal.pairs()) {
            assertThat(PairingRules.allowed(pair.starter(), pair.mentor())).as(pair.toString()).isTrue();
            int before = perMentor.merge(pair.mentor().employeeId(), 1, Integer::sum) - 1;
            assertThat(pair.explanation()).isEqualTo(SCORE.explain(pair.starter(), pair.mentor(), before));
            total += pair.score();
        }
        for (MentorCandidate mentor : mentors) {
            assertThat(perMentor.getOrDefault(mentor.employeeId(), 0)).as("mentor " + mentor.employeeId())
                    .isLessThanOrEqualTo(mentor.freePlaces());
        }
        var seen = new ArrayList<Long>();
        proposal.pairs().forEach(p -> seen.add(p.starter().employeeId()));
        proposal.unassigned().forEach(u -> seen.add(u.starter().employeeId()));
        assertThat(seen).as("every starter once").containsExactlyInAnyOrderElementsOf(
                starters.stream().map(Starter::employeeId).toList());
        assertThat(proposal.pairs()).extracting(p -> p.starter().employeeId()).isSorted();
        assertThat(proposal.totalScore()).isEqualTo(total);
        return new Optimum(proposal.pairs().size(), total);
    }

    @Test
    void isOptimalOnManySmallRandomCohorts() {
        var random = new Random(20261124L);
        int withUnassigned = 0;
        for (int round = 0; round < 600; round++) {
            var c = InductionMatchingFixtures.randomCohort(random, random.nextInt(7), random.nextInt(5), 2);
            Proposal proposal = cohort.solve(c.starters(), c.mentors());
            assertThat(check(proposal, c.starters(), c.mentors())).as("round " + round)
                    .isEqualTo(bruteForce(c.starters(), c.mentors()));
            withUnassigned += proposal.unassigned().isEmpty() ? 0 : 1;
        }
        assertThat(withUnassigned).as("cases with more starters than fitting places").isGreaterThan(100);
    }

    /** Where many starters may have only one mentor, a mentor for each comes before the best total. */
    @Test
    void isOptimalOnManySmallCohortsWithFewAllowedMentors() {
        var random = new Random(77);
        for (int round = 0; round < 600; round++) {
            var c = InductionMatchingFixtures.randomCohort(random, 2 + random.nextInt(5), 2 + random.nextInt(3), 2, true);
            Proposal proposal = cohort.solve(c.starters(), c.mentors());
            assertThat(check(proposal, c.starters(), c.mentors())).as("round " + round)
                    .isEqualTo(bruteForce(c.starters(), c.mentors()));
        }
    }

    @Test
    void theExhaustiveChecksAgree() {
        var random = new Random(5);
        for (int round = 0; round < 100; round++) {
            var c = InductionMatchingFixtures.randomCohort(random, random.nextInt(6), random.nextInt(4), 2);
            assertThat(bySubsets(c.starters(), c.mentors())).isEqualTo(bruteForce(c.starters(), c.mentors()));
        }
    }

    @Test
    void isOptimalOnMediumRandomCohorts() {
        var random = new Random(99);
        for (int round = 0; round < 40; round++) {
            var c = InductionMatchingFixtures.randomCohort(random, 6 + random.nextInt(6), 2 + random.nextInt(5), 3);
            Proposal proposal = cohort.solve(c.starters(), c.mentors());
            assertThat(check(proposal, c.starters(), c.mentors())).as("round " + round)
                    .isEqualTo(bySubsets(c.starters(), c.mentors()));
        }
    }

    /** The case: 12 starters of one board, 5 mentors with 3 places each, one of them a line manager. */
    @Test
    void twelveStartersWithFiveMentorsOfCapacityThree() {
        var starters = new ArrayList<Starter>();
        String[] towns = {"Enschede", "Hengelo", "Almelo", "Oldenzaal", "Borne", "Rijssen"};
        for (int i = 0; i < 12; i++) {
            starters.add(starter(1 + i).school(100L + i % 4).town(towns[i % towns.length])
                    .sector(i < 9 ? Sector.PO : Sector.SO).lineManager(i < 3 ? 53L : null)
                    .subjects(i % 3 == 0 ? new String[] {"rekenen"} : new String[0]).build());
        }
        var mentors = List.of(
                mentor(51).school(100L).town("Enschede").trained(true).load(0, 3).build(),
                mentor(52).school(101L).town("Hengelo").load(0, 3).subjects("rekenen").build(),
                mentor(53).school(102L).town("Almelo").trained(true).load(0, 3).build(),
                mentor(54).school(103L).town("Oldenzaal").sector(Sector.SO).load(0, 3).build(),
                mentor(55).school(null).town("Borne").load(0, 3).earlierMentees(12L).build());
        Proposal proposal = cohort.solve(starters, mentors);

        assertThat(proposal.unassigned()).isEmpty();
        assertThat(proposal.pairs()).hasSize(12);
        assertThat(proposal.pairs()).filteredOn(p -> p.starter().employeeId() <= 3)
                .allSatisfy(p -> assertThat(p.mentor().employeeId()).isNotEqualTo(53L));
        Map<Long, Long> load = new HashMap<>();
        proposal.pairs().forEach(p -> load.merge(p.mentor().employeeId(), 1L, Long::sum));
        assertThat(load.values()).allSatisfy(n -> assertThat(n).isLessThanOrEqualTo(3));
        assertThat(check(proposal, starters, mentors)).isEqualTo(bySubsets(starters, mentors));
    }

    /**
     * A fits mentor X best of all pairs, but B needs X more (B teaches rekenen, as X does; Y teaches engels):
     * taking the best pair first (A-X) leaves B with Y, a lower total than A-Y plus B-X.
     */
    @Test
    void isNotGreedy() {
        Starter a = starter(1).build();
        Starter b = starter(2).town("Losser").sector(null).subjects("rekenen").build();
        MentorCandidate x = mentor(11).trained(true).subjects("rekenen").load(0, 1).build();
        MentorCandidate y = mentor(12).school(101L).town("Hengelo").trained(true).subjects("engels").load(0, 1)
                .build();
        int ax = SCORE.score(a, x);
        int ay = SCORE.score(a, y);
        int bx = SCORE.score(b, x);
        int by = SCORE.score(b, y);
        assertThat(ax).as("A-X is the best pair").isGreaterThan(Math.max(ay, Math.max(bx, by)));
        assertThat(ax + by).as("greedy total").isLessThan(ay + bx);

        Proposal proposal = cohort.solve(List.of(a, b), List.of(x, y));
        assertThat(proposal.pairs()).extracting(p -> p.starter().employeeId() + "-" + p.mentor().employeeId())
                .containsExactly("1-12", "2-11");
        assertThat(proposal.totalScore()).isEqualTo(ay + bx);
    }

    @Test
    void asManyStartersAsPossibleGetAMentorBeforeTheScoreCounts() {
        // A fits mentor 11 best, but B may only have mentor 11 (mentor 12 is B's line manager).
        Starter a = starter(1).build();
        Starter b = starter(2).school(101L).sector(Sector.VO).town("Zwolle").function(JobFunction.SCHOOLLEIDER)
                .lineManager(12L).build();
        MentorCandidate best = mentor(11).load(0, 1).trained(true).earlierMentees(1L).build();
        MentorCandidate other = mentor(12).board(11).allowsOutside(true).town("Almelo").load(0, 1).build();
        assertThat(SCORE.score(a, best)).isGreaterThan(SCORE.score(a, other) + SCORE.score(b, best));
        Proposal proposal = cohort.solve(List.of(a, b), List.of(best, other));
        assertThat(proposal.pairs()).extracting(p -> p.starter().employeeId() + "-" + p.mentor().employeeId())
                .containsExactly("1-12", "2-11");
        assertThat(proposal.unassigned()).isEmpty();
    }

    @Test
    void startersLeftOverSayWhy() {
        Starter a = starter(1).build();
        Starter b = starter(2).build();
        Starter c = starter(3).lineManager(11L).build();
        Starter d = starter(4).board(12).build();
        MentorCandidate only = mentor(11).load(1, 2).build(); // one free place
        Proposal proposal = cohort.solve(List.of(d, c, b, a), List.of(only, mentor(12).load(2, 2).build()));
        assertThat(proposal.pairs()).extracting(p -> p.starter().employeeId()).containsExactly(1L);
        assertThat(proposal.unassigned()).containsExactly(new Unassigned(b, Reason.PLACES_TAKEN),
                new Unassigned(c, Reason.NO_ALLOWED_MENTOR), new Unassigned(d, Reason.NO_ALLOWED_MENTOR));

        Proposal full = cohort.solve(List.of(a), List.of(mentor(12).load(2, 2).build()));
        assertThat(full.unassigned()).containsExactly(new Unassigned(a, Reason.NO_FREE_PLACE));
        assertThat(cohort.solve(List.of(a), List.of()).unassigned())
                .containsExactly(new Unassigned(a, Reason.NO_FREE_PLACE));
        assertThat(Reason.PLACES_TAKEN.labelKey()).isEqualTo("induction.cohort.unassigned.places-taken");
    }

    @Test
    void aMentorsSecondStarterCountsTheFirstInTheLoad() {
        Proposal proposal = cohort.solve(List.of(starter(1).build(), starter(2).build()),
                List.of(mentor(11).load(1, 3).build()));
        assertThat(proposal.pairs()).extracting(p -> p.explanation().part(Criterion.LOAD).args()[0])
                .containsExactly(1, 2);
        assertThat(proposal.pairs()).extracting(p -> p.explanation().part(Criterion.LOAD).points())
                .containsExactly(7, 3);
    }

    @Test
    void theOrderOfTheInputDoesNotMatter() {
        var random = new Random(3);
        for (int round = 0; round < 30; round++) {
            var c = InductionMatchingFixtures.randomCohort(random, 8, 5, 2);
            Proposal first = cohort.solve(c.starters(), c.mentors());
            var starters = new ArrayList<>(c.starters());
            var mentors = new ArrayList<>(c.mentors());
            Collections.shuffle(starters, random);
            Collections.shuffle(mentors, random);
            assertThat(cohort.solve(starters, mentors)).isEqualTo(first);
        }
    }

    @Test
    void emptyCohortsAreFine() {
        assertThat(cohort.solve(List.of(), List.of(mentor(11).build()))).isEqualTo(new Proposal(List.of(), List.of()));
        assertThat(cohort.solve(List.of(), List.of()).totalScore()).isZero();
    }

    @Test
    void anEmployeeTwiceIsRefused() {
        assertThatThrownBy(() -> cohort.solve(List.of(starter(1).build(), starter(1).build()), List.of()))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> cohort.solve(List.of(), List.of(mentor(2).build(), mentor(2).build())))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void aLargeCohortStaysWithinEveryCapacityAndRule() {
        var c = InductionMatchingFixtures.randomCohort(new Random(1), 120, 50, 3);
        Proposal proposal = cohort.solve(c.starters(), c.mentors());
        check(proposal, c.starters(), c.mentors());
        int places = c.mentors().stream().mapToInt(MentorCandidate::freePlaces).sum();
        assertThat(proposal.pairs().size()).isLessThanOrEqualTo(places);
        assertThat(proposal.unassigned()).allSatisfy(u -> {
            if (u.reason() == Reason.NO_ALLOWED_MENTOR) {
                assertThat(c.mentors()).noneMatch(m -> PairingRules.allowed(u.starter(), m));
            }
        });
    }
}

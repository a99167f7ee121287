package nl.onderwijsloket.portal.induction.matching;

import static nl.onderwijsloket.portal.induction.matching.InductionMatchingFixtures.SCORE;
import static nl.onderwijsloket.portal.induction.matching.InductionMatchingFixtures.mentor;
import static nl.onderwijsloket.portal.induction.matching.InductionMatchingFixtures.starter;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

class SuggestionsTest {

    private final Suggestions suggestions = new Suggestions(SCORE);

    private static List<Long> ids(List<Suggestion> ranked) {
        return ranked.stream().map(s -> s.mentor().employeeId()).toList();
    }

    @Test
    void bestScoreFirstEachWithItsExplanation() {
        Starter starter = starter(1).build();
        var candidates = List.of(
                mentor(20).board(11).allowsOutside(true).build(), // other board: 75 - 20 = 55
                mentor(21).build(), // 75
                mentor(22).trained(true).build(), // 85
                mentor(23).school(101L).town("Hengelo").build()); // 75 - 8 - 1 = 66
        List<Suggestion> ranked = suggestions.rank(starter, candidates, 10);
        assertThat(ids(ranked)).containsExactly(22L, 21L, 23L, 20L);
        assertThat(ranked).extracting(Suggestion::score).containsExactly(85, 75, 66, 55);
        assertThat(ranked).allSatisfy(s -> assertThat(s.explanation()).isEqualTo(SCORE.explain(starter, s.mentor())));
    }

    @Test
    void tiesGoToTheLowerEmployeeId() {
        var candidates = List.of(mentor(40).build(), mentor(7).build(), mentor(300).build(), mentor(12).build());
        assertThat(ids(suggestions.rank(starter(1).build(), candidates, 10))).containsExactly(7L, 12L, 40L, 300L);
        assertThat(ids(suggestions.rank(starter(1).build(), candidates, 2))).containsExactly(7L, 12L);
    }

    @Test
    void excludedCandidatesAreNeverSuggestedWhateverTheirScore() {
        Starter starter = starter(1).lineManager(30L).build();
        var candidates = List.of(
                mentor(1).trained(true).build(), // the starter
                mentor(30).trained(true).build(), // the line manager
                mentor(31).trained(true).load(2, 2).build(), // full
                mentor(32).trained(true).board(11).build(), // other board, not allowed
                mentor(33).board(11).sector(null).town("Zwolle").allowsOutside(true).build()); // poor, allowed
        assertThat(ids(suggestions.rank(starter, candidates, 10))).containsExactly(33L);
    }

    @Test
    void theLimitKeepsTheBest() {
        var candidates = new ArrayList<MentorCandidate>();
        for (int i = 0; i < 5; i++) {
            candidates.add(mentor(10 + i).load(i % 2, 2).trained(i >= 3).build());
        }
        assertThat(ids(suggestions.rank(starter(1).build(), candidates, 2))).containsExactly(14L, 13L);
        assertThat(ids(suggestions.rank(starter(1).build(), candidates, 1))).containsExactly(14L);
    }

    @Test
    void noCandidatesNoSuggestions() {
        assertThat(suggestions.rank(starter(1).build(), List.of(), 5)).isEmpty();
        assertThat(suggestions.rank(starter(1).build(), List.of(mentor(1).build()), 5)).isEmpty();
    }

    @Test
    void aLimitBelowOneIsRefused() {
        assertThatThrownBy(() -> suggestions.rank(starter(1).build(), List.of(mentor(2).build()), 0))
                .isInstanceOf(IllegalArgumentException.class);
    }

    /** Against the obvious way: filter, sort all by (score desc, id asc), take the first {@code limit}. */
    @Test
    void ranksAsSortingAllAllowedCandidatesWould() {
        var random = new Random(11);
        for (int round = 0; round < 100; round++) {
            var cohort = InductionMatchingFixtures.randomCohort(random, 1 + random.nextInt(5), random.nextInt(300), 3);
            var candidates = new ArrayList<>(cohort.mentors());
            Collections.shuffle(candidates, random);
            // many equal scores: duplicates of a few mentors under other ids
            for (int k = 0; k < 20 && !cohort.mentors().isEmpty(); k++) {
                MentorCandidate m = cohort.mentors().get(random.nextInt(cohort.mentors().size()));
                candidates.add(new MentorCandidate(1000 + random.nextInt(100_000), m.boardId(), m.schoolId(),
                        m.town(), m.sector(), m.function(), m.subjects(), m.activePairings(), m.capacity(),
                        m.completedMentorTraining(), m.earlierMenteeIds(), m.boardAllowsOutside()));
            }
            for (Starter starter : cohort.starters()) {
                int limit = 1 + random.nextInt(random.nextBoolean() ? 10 : 400);
                List<Long> expected = candidates.stream()
                        .filter(m -> PairingRules.allowed(starter, m))
                        .sorted(Comparator.comparingInt((MentorCandidate m) -> -SCORE.score(starter, m))
                                .thenComparingLong(MentorCandidate::employeeId))
                        .limit(limit)
                        .map(MentorCandidate::employeeId)
                        .toList();
                assertThat(ids(suggestions.rank(starter, candidates, limit))).as("round " + round)
                        .isEqualTo(expected);
            }
        }
    }
}

package nl.onderwijsloket.portal.induction.matching;

import static nl.onderwijsloket.portal.induction.matching.InductionMatchingFixtures.SCORE;
import static nl.onderwijsloket.portal.induction.matching.InductionMatchingFixtures.mentor;
import static nl.onderwijsloket.portal.induction.matching.InductionMatchingFixtures.starter;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Random;
import nl.onderwijsloket.portal.induction.matching.Explanation.Part;
import nl.onderwijsloket.portal.people.JobFunction;
import nl.onderwijsloket.portal.people.Sector;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

class PairingScoreTest {

    private static Part part(Starter starter, MentorCandidate mentor, Criterion criterion) {
        return SCORE.explain(starter, mentor).part(criterion);
    }

    private static Part part(Criterion criterion, String key, int points, Object... args) {
        return new Part(criterion, key, points, criterion.max(), args);
    }

    @Nested
    class Organisation {

        @Test
        void theSameSchoolEarnsAllPoints() {
            assertThat(part(starter(1).build(), mentor(2).build(), Criterion.ORGANISATION))
                    .isEqualTo(part(Criterion.ORGANISATION, "induction.score.same-school", 20));
        }

        @Test
        void anotherSchoolOfTheSameBoardEarnsSome() {
            assertThat(part(starter(1).build(), mentor(2).school(101L).build(), Criterion.ORGANISATION))
                    .isEqualTo(part(Criterion.ORGANISATION, "induction.score.same-board", 12));
        }

        @Test
        void theBoardOfficeIsTheSameBoardButNoSchool() {
            assertThat(part(starter(1).build(), mentor(2).school(null).build(), Criterion.ORGANISATION).key())
                    .isEqualTo("induction.score.same-board");
            assertThat(part(starter(1).school(null).build(), mentor(2).school(null).build(),
                    Criterion.ORGANISATION).points()).isEqualTo(12);
        }

        @Test
        void anotherBoardEarnsNothingEvenWithTheSameSchoolId() {
            assertThat(part(starter(1).build(), mentor(2).board(11).build(), Criterion.ORGANISATION))
                    .isEqualTo(part(Criterion.ORGANISATION, "induction.score.other-board", 0));
        }
    }

    @Nested
    class SectorPart {

        @Test
        void theSameSectorEarnsAllPoints() {
            assertThat(part(starter(1).sector(Sector.VO).build(), mentor(2).sector(Sector.VO).build(),
                    Criterion.SECTOR)).isEqualTo(part(Criterion.SECTOR, "induction.score.same-sector", 15, "VO"));
        }

        @Test
        void anotherSectorEarnsNothingAndSaysWhich() {
            assertThat(part(starter(1).sector(Sector.VO).build(), mentor(2).sector(Sector.PO).build(),
                    Criterion.SECTOR)).isEqualTo(part(Criterion.SECTOR, "induction.score.other-sector", 0, "PO", "VO"));
        }

        @Test
        void anUnknownSectorIsNeutral() {
            assertThat(part(starter(1).sector(null).build(), mentor(2).build(), Criterion.SECTOR))
                    .isEqualTo(part(Criterion.SECTOR, "induction.score.sector-unknown", 7));
            assertThat(part(starter(1).build(), mentor(2).sector(null).build(), Criterion.SECTOR).points())
                    .isEqualTo(7);
        }
    }

    @Nested
    class Function {

        @Test
        void teachersOfEveryKindDoTheWorkAStartingTeacherGrowsInto() {
            for (JobFunction function : new JobFunction[] {JobFunction.LERAAR, JobFunction.MENTOR,
                    JobFunction.INTERN_BEGELEIDER, JobFunction.STARTENDE_LERAAR, JobFunction.ZIJ_INSTROMER}) {
                assertThat(part(starter(1).build(), mentor(2).function(function).build(), Criterion.FUNCTION))
                        .as(function.name()).isEqualTo(part(Criterion.FUNCTION, "induction.score.same-work", 10));
            }
            assertThat(part(starter(1).function(JobFunction.ZIJ_INSTROMER).build(), mentor(2).build(),
                    Criterion.FUNCTION).points()).isEqualTo(10);
        }

        @Test
        void aTeacherForATeachingAssistantIsRelatedWork() {
            assertThat(part(starter(1).function(JobFunction.ONDERWIJSASSISTENT).build(), mentor(2).build(),
                    Criterion.FUNCTION)).isEqualTo(part(Criterion.FUNCTION, "induction.score.related-work", 5));
            assertThat(part(starter(1).build(), mentor(2).function(JobFunction.ONDERWIJSASSISTENT).build(),
                    Criterion.FUNCTION).points()).isEqualTo(5);
        }

        @Test
        void aStartingSchoolLeaderNeedsASchoolLeader() {
            Starter leader = starter(1).function(JobFunction.SCHOOLLEIDER).build();
            assertThat(part(leader, mentor(2).build(), Criterion.FUNCTION))
                    .isEqualTo(part(Criterion.FUNCTION, "induction.score.other-work", 0));
            assertThat(part(leader, mentor(2).function(JobFunction.SCHOOLLEIDER).build(), Criterion.FUNCTION)
                    .points()).isEqualTo(10);
        }
    }

    @Nested
    class Subjects {

        @Test
        void allOfTheStartersSubjectsEarnAllPoints() {
            assertThat(part(starter(1).subjects("wiskunde", "natuurkunde").build(),
                    mentor(2).subjects("natuurkunde", "wiskunde", "scheikunde").build(), Criterion.SUBJECTS))
                    .isEqualTo(part(Criterion.SUBJECTS, "induction.score.subjects-all", 10, "natuurkunde, wiskunde"));
        }

        @Test
        void someOfThemEarnTheirShare() {
            assertThat(part(starter(1).subjects("wiskunde", "natuurkunde", "informatica").build(),
                    mentor(2).subjects("wiskunde", "engels").build(), Criterion.SUBJECTS))
                    .isEqualTo(part(Criterion.SUBJECTS, "induction.score.subjects-some", 3, "wiskunde", 1, 3));
            assertThat(part(starter(1).subjects("wiskunde", "natuurkunde").build(),
                    mentor(2).subjects("wiskunde").build(), Criterion.SUBJECTS).points()).isEqualTo(5);
        }

        @Test
        void noneOfThemEarnNothing() {
            assertThat(part(starter(1).subjects("wiskunde").build(), mentor(2).subjects("engels").build(),
                    Criterion.SUBJECTS)).isEqualTo(part(Criterion.SUBJECTS, "induction.score.subjects-none", 0));
        }

        @Test
        void subjectsAreComparedExactly() {
            assertThat(part(starter(1).subjects("Wiskunde").build(), mentor(2).subjects("wiskunde").build(),
                    Criterion.SUBJECTS).points()).isZero();
        }

        @Test
        void noSubjectsOnEitherSideIsNeutral() {
            assertThat(part(starter(1).build(), mentor(2).subjects("engels").build(), Criterion.SUBJECTS))
                    .isEqualTo(part(Criterion.SUBJECTS, "induction.score.subjects-unknown", 5));
            assertThat(part(starter(1).subjects("engels").build(), mentor(2).build(), Criterion.SUBJECTS)
                    .points()).isEqualTo(5);
        }
    }

    @Nested
    class Distance {

        @Test
        void theSameTownEarnsAllPoints() {
            assertThat(part(starter(1).build(), mentor(2).build(), Criterion.DISTANCE))
                    .isEqualTo(part(Criterion.DISTANCE, "induction.score.same-town", 15, "Enschede"));
        }

        @Test
        void aNeighbouringTownEarnsAlmostAll() {
            // Enschede - Hengelo is about 8.5 km: 15 * (45 - 8.5) / 40 = 13.7
            assertThat(part(starter(1).build(), mentor(2).town("Hengelo").build(), Criterion.DISTANCE))
                    .isEqualTo(part(Criterion.DISTANCE, "induction.score.distance", 14, 8, "Hengelo"));
        }

        @Test
        void acrossTheRegionEarnsLittleAndBeyondItNothing() {
            assertThat(part(starter(1).build(), mentor(2).town("Rijssen").build(), Criterion.DISTANCE).points())
                    .isBetween(5, 8);
            assertThat(part(starter(1).build(), mentor(2).town("Zwolle").build(), Criterion.DISTANCE).points())
                    .isZero();
        }

        @Test
        void pointsFallLinearlyFromNearToFar() {
            assertThat(PairingScore.distancePoints(0)).isEqualTo(15);
            assertThat(PairingScore.distancePoints(5)).isEqualTo(15);
            assertThat(PairingScore.distancePoints(25)).isEqualTo(8);
            assertThat(PairingScore.distancePoints(45)).isZero();
            assertThat(PairingScore.distancePoints(300)).isZero();
            for (double km = 0; km < 60; km += 0.5) {
                assertThat(PairingScore.distancePoints(km + 0.5)).isLessThanOrEqualTo(PairingScore.distancePoints(km));
            }
        }

        @Test
        void anUnknownTownIsNeutral() {
            assertThat(part(starter(1).build(), mentor(2).town("Lochem").build(), Criterion.DISTANCE))
                    .isEqualTo(part(Criterion.DISTANCE, "induction.score.distance-unknown", 7));
            assertThat(part(starter(1).town(null).build(), mentor(2).build(), Criterion.DISTANCE).points())
                    .isEqualTo(7);
        }
    }

    @Nested
    class Load {

        @Test
        void aMentorWithoutStartersEarnsAllPoints() {
            assertThat(part(starter(1).build(), mentor(2).load(0, 3).build(), Criterion.LOAD))
                    .isEqualTo(part(Criterion.LOAD, "induction.score.load", 10, 0, 3));
        }

        @Test
        void theFreeShareOfTheCapacityCounts() {
            assertThat(part(starter(1).build(), mentor(2).load(1, 3).build(), Criterion.LOAD).points()).isEqualTo(7);
            assertThat(part(starter(1).build(), mentor(2).load(2, 3).build(), Criterion.LOAD).points()).isEqualTo(3);
            assertThat(part(starter(1).build(), mentor(2).load(1, 2).build(), Criterion.LOAD).points()).isEqualTo(5);
            assertThat(part(starter(1).build(), mentor(2).load(3, 3).build(), Criterion.LOAD).points()).isZero();
            assertThat(part(starter(1).build(), mentor(2).load(0, 0).build(), Criterion.LOAD).points()).isZero();
        }

        @Test
        void aCohortsEarlierPairsOfTheSameMentorCountAsLoad() {
            MentorCandidate mentor = mentor(2).load(1, 3).build();
            assertThat(SCORE.explain(starter(1).build(), mentor, 1).part(Criterion.LOAD))
                    .isEqualTo(part(Criterion.LOAD, "induction.score.load", 3, 2, 3));
            assertThat(SCORE.score(starter(1).build(), mentor, 1))
                    .isEqualTo(SCORE.score(starter(1).build(), mentor) - 4);
        }
    }

    @Nested
    class TrainingAndEarlierPairing {

        @Test
        void completedMentorTrainingEarnsAllPoints() {
            assertThat(part(starter(1).build(), mentor(2).trained(true).build(), Criterion.TRAINING))
                    .isEqualTo(part(Criterion.TRAINING, "induction.score.trained", 10));
            assertThat(part(starter(1).build(), mentor(2).build(), Criterion.TRAINING))
                    .isEqualTo(part(Criterion.TRAINING, "induction.score.not-trained", 0));
        }

        @Test
        void havingMentoredThisStarterBeforeCountsInFavour() {
            assertThat(part(starter(1).build(), mentor(2).earlierMentees(7L, 1L).build(), Criterion.EARLIER_PAIRING))
                    .isEqualTo(part(Criterion.EARLIER_PAIRING, "induction.score.earlier-pairing", 10));
            assertThat(part(starter(1).build(), mentor(2).earlierMentees(7L).build(), Criterion.EARLIER_PAIRING))
                    .isEqualTo(part(Criterion.EARLIER_PAIRING, "induction.score.no-earlier-pairing", 0));
        }
    }

    @Nested
    class Totals {

        @Test
        void theDefaultPairAddsUpItsParts() {
            // same school 20, same sector 15, same work 10, subjects unknown 5, same town 15, free 10, 0, 0
            Explanation explanation = SCORE.explain(starter(1).build(), mentor(2).build());
            assertThat(explanation.parts()).extracting(Part::points).containsExactly(20, 15, 10, 5, 15, 10, 0, 0);
            assertThat(explanation.total()).isEqualTo(75);
            assertThat(SCORE.score(starter(1).build(), mentor(2).build())).isEqualTo(75);
        }

        @Test
        void theIdealMentorScoresTheMaximum() {
            Starter starter = starter(1).subjects("wiskunde").build();
            MentorCandidate ideal = mentor(2).subjects("wiskunde").trained(true).earlierMentees(1L).build();
            assertThat(SCORE.score(starter, ideal)).isEqualTo(Criterion.TOTAL_MAX).isEqualTo(100);
            assertThat(SCORE.explain(starter, ideal).max()).isEqualTo(100);
        }

        @Test
        void theWorstMentorScoresNothing() {
            Starter starter = starter(1).function(JobFunction.SCHOOLLEIDER).subjects("wiskunde").build();
            MentorCandidate worst = mentor(2).board(11).sector(Sector.MBO).town("Zwolle").subjects("engels")
                    .load(3, 3).build();
            assertThat(SCORE.explain(starter, worst).parts()).allSatisfy(p -> assertThat(p.points()).isZero());
        }

        @Test
        void everyExplanationListsEachCriterionOnceInOrderAndAddsUpToTheScore() {
            var random = new Random(7);
            var keys = new HashSet<>(PairingScore.keys());
            var wrong = new ArrayList<String>();
            int checked = 0;
            for (int round = 0; round < 150; round++) {
                var cohort = InductionMatchingFixtures.randomCohort(random, 3, 3, 3);
                for (Starter starter : cohort.starters()) {
                    for (MentorCandidate mentor : cohort.mentors()) {
                        for (int extra = 0; extra < 3; extra++) {
                            Explanation explanation = SCORE.explain(starter, mentor, extra);
                            List<Criterion> criteria = explanation.parts().stream().map(Part::criterion).toList();
                            boolean right = criteria.equals(List.of(Criterion.values()))
                                    && explanation.parts().stream().allMatch(p -> p.max() == p.criterion().max()
                                            && keys.contains(p.key()))
                                    && explanation.total() == SCORE.score(starter, mentor, extra)
                                    && explanation.total() >= 0 && explanation.total() <= 100
                                    && explanation.max() == 100;
                            if (!right) {
                                wrong.add(starter + " / " + mentor + " / " + extra + ": " + explanation);
                            }
                            checked++;
                        }
                    }
                }
            }
            assertThat(wrong).isEmpty();
            assertThat(checked).isEqualTo(150 * 27);
        }

        @Test
        void theWeightsAddUpToOneHundred() {
            assertThat(Arrays.stream(Criterion.values()).mapToInt(Criterion::max).sum()).isEqualTo(Criterion.TOTAL_MAX);
        }
    }

    @Nested
    class Parts {

        @Test
        void arePlainValuesWithTheirArguments() {
            Part a = part(Criterion.DISTANCE, "induction.score.distance", 14, 8, "Hengelo");
            assertThat(a).isEqualTo(part(Criterion.DISTANCE, "induction.score.distance", 14, 8, "Hengelo"))
                    .hasSameHashCodeAs(part(Criterion.DISTANCE, "induction.score.distance", 14, 8, "Hengelo"))
                    .isNotEqualTo(part(Criterion.DISTANCE, "induction.score.distance", 14, 9, "Hengelo"));
            assertThat(a.args()).containsExactly(8, "Hengelo");
            a.args()[0] = 99;
            assertThat(a.args()).containsExactly(8, "Hengelo");
            assertThat(a).hasToString("induction.score.distance 14/15 [8, Hengelo]");
        }

        @Test
        void cannotEarnMoreThanTheirMaximum() {
            assertThatThrownBy(() -> part(Criterion.LOAD, "induction.score.load", 11))
                    .isInstanceOf(IllegalArgumentException.class);
            assertThatThrownBy(() -> part(Criterion.LOAD, "induction.score.load", -1))
                    .isInstanceOf(IllegalArgumentException.class);
        }
    }
}

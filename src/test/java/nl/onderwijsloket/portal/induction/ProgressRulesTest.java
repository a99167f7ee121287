package nl.onderwijsloket.portal.induction;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** When milestones fall due, what counts towards them, and when a facility counts as unused. */
class ProgressRulesTest {

    private static final LocalDate START = LocalDate.of(2026, 8, 1);

    private static ProgressRules.Milestone milestone(long id, int year, MilestoneKind kind, int required) {
        return new ProgressRules.Milestone(id, year, (int) id, kind, "M" + id, Helper.MENTOR, required);
    }

    @Test
    void theKthOfNTimesFallsDueKOverNOfTheWayThroughItsYear() {
        assertThat(ProgressRules.yearOf(START, START)).isOne();
        assertThat(ProgressRules.yearOf(START, START.plusYears(1).minusDays(1))).isOne();
        assertThat(ProgressRules.yearOf(START, START.plusYears(1))).isEqualTo(2);
        assertThat(ProgressRules.yearOf(START, START.minusDays(3))).isOne();
        // Six conversations: about every two months; a single reflection on the year's last day.
        assertThat(ProgressRules.due(START, 1, 1, 6)).isEqualTo(LocalDate.of(2026, 9, 30));
        assertThat(ProgressRules.due(START, 1, 6, 6)).isEqualTo(LocalDate.of(2027, 7, 31));
        assertThat(ProgressRules.due(START, 2, 1, 1)).isEqualTo(LocalDate.of(2028, 7, 31));
    }

    @Test
    void whatIsDoneDueAndOverdueToday() {
        var conversations = milestone(1, 1, MilestoneKind.MENTOR_CONVERSATION, 6);
        var reflection = milestone(2, 1, MilestoneKind.REFLECTION, 1);
        var progress = ProgressRules.progress(START, LocalDate.of(2026, 12, 7), List.of(conversations, reflection),
                Map.of(1L, 1), Map.of());

        assertThat(progress.get(0)).satisfies(p -> {
            assertThat(p.done()).isOne();
            assertThat(p.dueByNow()).isEqualTo(2);
            assertThat(p.overdue()).isOne();
            assertThat(p.nextDue()).isEqualTo(LocalDate.of(2026, 11, 30));
        });
        assertThat(progress.get(1)).satisfies(p -> {
            assertThat(p.dueByNow()).isZero();
            assertThat(p.overdue()).isZero();
            assertThat(p.nextDue()).isEqualTo(LocalDate.of(2027, 7, 31));
        });
        assertThat(ProgressRules.overdueMilestones(progress)).isOne();
    }

    @Test
    void loggedMeetingsAndCompletedCoursesCountOnceInTheirOwnYearAfterWhatWasRecorded() {
        var talks = milestone(1, 1, MilestoneKind.MENTOR_CONVERSATION, 2);
        var moreTalks = milestone(2, 1, MilestoneKind.MENTOR_CONVERSATION, 3);
        var courseYear1 = milestone(3, 1, MilestoneKind.COURSE, 1);
        var courseYear2 = milestone(4, 2, MilestoneKind.COURSE, 1);
        var observation = milestone(5, 1, MilestoneKind.CLASSROOM_OBSERVATION, 2);
        var progress = ProgressRules.progress(START, LocalDate.of(2027, 9, 1),
                List.of(talks, moreTalks, courseYear1, courseYear2, observation), Map.of(1L, 1),
                Map.of(MilestoneKind.MENTOR_CONVERSATION, Map.of(1, 3, 2, 5),
                        MilestoneKind.COURSE, Map.of(1, 2)));

        // One recorded plus one logged meeting fill the first; the other two logged go to the second.
        assertThat(progress).extracting(MilestoneProgress::done).containsExactly(2, 2, 1, 0, 0);
        assertThat(progress.get(0).complete()).isTrue();
        assertThat(progress.get(1).complete()).isFalse();
        // The second course of year 1 does not spill into year 2; nothing counts towards observations by itself.
        assertThat(progress.get(3).overdue()).isZero();
        assertThat(progress.get(4).overdue()).isEqualTo(2);
    }

    @Test
    void aFacilityIsUnusedWhenLessThanHalfOfASteadyUseIsTakenAfterTwoMonths() {
        assertThat(ProgressRules.facilityUnused(START, START.plusDays(60), 40, 0)).isFalse();
        assertThat(ProgressRules.facilityUnused(START, START.plusDays(182), 40, 0)).isTrue();
        assertThat(ProgressRules.facilityUnused(START, START.plusDays(182), 40, 9)).isTrue();
        assertThat(ProgressRules.facilityUnused(START, START.plusDays(182), 40, 11)).isFalse();
        assertThat(ProgressRules.facilityUnused(START, START.plusDays(182), 0, 0)).isFalse();
    }
}

package nl.onderwijsloket.portal.intervision.planning;

import static java.time.DayOfWeek.THURSDAY;
import static java.time.DayOfWeek.TUESDAY;
import static java.time.DayOfWeek.WEDNESDAY;
import static nl.onderwijsloket.portal.intervision.planning.SeriesPlanningFixtures.SCHOOL_YEAR_END;
import static nl.onderwijsloket.portal.intervision.planning.SeriesPlanningFixtures.SCHOOL_YEAR_START;
import static nl.onderwijsloket.portal.intervision.planning.SeriesPlanningFixtures.busy;
import static nl.onderwijsloket.portal.intervision.planning.SeriesPlanningFixtures.holiday;
import static nl.onderwijsloket.portal.intervision.planning.SeriesPlanningFixtures.schoolYear;
import static nl.onderwijsloket.portal.intervision.planning.SeriesPlanningFixtures.weekly;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.DayOfWeek;
import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import nl.onderwijsloket.portal.availability.BusyInterval;
import nl.onderwijsloket.portal.availability.BusyKind;
import nl.onderwijsloket.portal.intervision.planning.SearchResult.Outcome;
import org.junit.jupiter.api.Test;

/** What a facilitator relies on when the portal proposes a series of intervision sessions. */
class SeriesSearchTest {

    private static final List<Long> GROUP = List.of(1L, 2L, 3L, 4L, 5L);
    private final SeriesSearch search = new SeriesSearch();

    @Test
    void aFreeGroupMeetsOnThePreferredWeekdayAtTheSameTimeWithGapsInBounds() {
        SearchResult result = search.search(schoolYear(TUESDAY, THURSDAY), GROUP, List.of(), 5);

        assertThat(result.outcome()).isEqualTo(Outcome.FOUND);
        Series best = result.conflictFree().getFirst();
        assertThat(best.sessions()).hasSize(6)
                .allSatisfy(slot -> {
                    assertThat(slot.start().getDayOfWeek()).isEqualTo(TUESDAY);
                    assertThat(slot.start().toLocalTime()).isEqualTo(LocalTime.of(13, 0));
                    assertThat(slot.end()).isEqualTo(slot.start().plusMinutes(90));
                    assertThat(slot.blockers()).isEmpty();
                });
        assertThat(best.sessions().getFirst().start()).isEqualTo(SCHOOL_YEAR_START.atTime(13, 0));
        assertThat(gapsInDays(best)).containsOnly(49L);
        assertThat(best.score()).as("a perfect series loses no points").isZero();
        assertThat(best.conflictFree()).isTrue();
        assertThat(best.blockedCount()).isZero();
        assertThat(result.bestWithConflicts()).isEmpty();
    }

    @Test
    void aWeeklyTuesdayTeachingBlockPushesTheSeriesPastItsEndOrToAnotherWeekday() {
        List<BusyInterval> busy = weekly(3, TUESDAY, LocalTime.of(8, 30), LocalTime.of(15, 0), SCHOOL_YEAR_START,
                SCHOOL_YEAR_END, "Lesrooster");

        Series best = search.search(schoolYear(TUESDAY, THURSDAY), GROUP, busy, 5).conflictFree().getFirst();

        assertThat(best.sessions()).allSatisfy(slot -> assertThat(
                slot.start().getDayOfWeek() != TUESDAY || !slot.start().toLocalTime().isBefore(LocalTime.of(15, 0)))
                .isTrue());
        assertThat(best.sessions()).extracting(slot -> slot.start().toLocalTime()).containsOnly(LocalTime.of(15, 0));
        assertThat(best.conflictFree()).isTrue();
    }

    @Test
    void aSessionEndingWhenABusyIntervalStartsOrStartingWhenOneEndsIsFree() {
        SeriesRequest onlyOneTime = new SeriesRequest(3, 6, 8, List.of(TUESDAY), LocalTime.of(13, 0),
                LocalTime.of(14, 30), Duration.ofMinutes(90), SCHOOL_YEAR_START, SCHOOL_YEAR_END);
        List<BusyInterval> busy = new ArrayList<>(weekly(2, TUESDAY, LocalTime.of(11, 30), LocalTime.of(13, 0),
                SCHOOL_YEAR_START, SCHOOL_YEAR_END, "Lesrooster"));
        busy.addAll(weekly(2, TUESDAY, LocalTime.of(14, 30), LocalTime.of(16, 0), SCHOOL_YEAR_START, SCHOOL_YEAR_END,
                "Teamoverleg"));

        SearchResult result = search.search(onlyOneTime, GROUP, busy, 1);

        assertThat(result.outcome()).isEqualTo(Outcome.FOUND);
        assertThat(result.conflictFree().getFirst().sessions()).extracting(Slot::start)
                .containsExactly(LocalDateTime.of(2026, 9, 1, 13, 0), LocalDateTime.of(2026, 10, 20, 13, 0),
                        LocalDateTime.of(2026, 12, 8, 13, 0));
    }

    @Test
    void aNineDayHolidayIsSkippedWithTheGapsStillInBounds() {
        LocalDate first = LocalDate.of(2026, 10, 17);
        LocalDate last = LocalDate.of(2026, 10, 25);
        List<BusyInterval> busy = GROUP.stream().map(id -> holiday(id, first, last, "Herfstvakantie")).toList();
        SeriesRequest request = new SeriesRequest(4, 6, 8, List.of(TUESDAY), LocalTime.of(13, 0),
                LocalTime.of(17, 0), Duration.ofMinutes(90), SCHOOL_YEAR_START, LocalDate.of(2027, 3, 31));

        SearchResult result = search.search(request, GROUP, busy, 3);

        assertThat(result.outcome()).isEqualTo(Outcome.FOUND);
        assertThat(result.conflictFree()).hasSize(3).allSatisfy(series -> {
            assertThat(series.sessions()).noneSatisfy(slot -> assertThat(slot.start().toLocalDate())
                    .isBetween(first, last));
            assertThat(gapsInDays(series)).allSatisfy(gap -> assertThat(gap).isBetween(42L, 56L));
        });
        // Without the holiday the series would meet on 20 October; with it, it starts a week later.
        assertThat(result.conflictFree().getFirst().sessions()).extracting(slot -> slot.start().toLocalDate())
                .containsExactly(LocalDate.of(2026, 9, 8), LocalDate.of(2026, 10, 27), LocalDate.of(2026, 12, 15),
                        LocalDate.of(2027, 2, 2));
    }

    @Test
    void whenNoSeriesIsFreeTheBestOneNamesWhoIsBlockedForWhichSessionAndWhy() {
        // Member 7 has a team meeting every Tuesday afternoon until the end of November; three sessions at
        // least six weeks apart do not fit in December and January alone.
        List<BusyInterval> busy = weekly(7, TUESDAY, LocalTime.of(12, 0), LocalTime.of(17, 0), SCHOOL_YEAR_START,
                LocalDate.of(2026, 11, 30), "Teamoverleg");
        SeriesRequest request = new SeriesRequest(3, 6, 8, List.of(TUESDAY), LocalTime.of(13, 0),
                LocalTime.of(17, 0), Duration.ofMinutes(90), SCHOOL_YEAR_START, LocalDate.of(2027, 1, 31));

        SearchResult result = search.search(request, List.of(7L, 8L), busy, 5);

        assertThat(result.outcome()).isEqualTo(Outcome.ONLY_WITH_CONFLICTS);
        assertThat(result.conflictFree()).isEmpty();
        Series best = result.bestWithConflicts().orElseThrow();
        assertThat(best.blockedCount()).isOne();
        assertThat(best.conflictFree()).isFalse();
        Slot blocked = best.sessions().getFirst();
        assertThat(blocked.blockers()).singleElement().satisfies(blocker -> {
            assertThat(blocker.employeeId()).isEqualTo(7L);
            assertThat(blocker.cause().label()).isEqualTo("Teamoverleg");
            assertThat(blocker.cause().kind()).isEqualTo(BusyKind.UNAVAILABLE);
            assertThat(blocker.cause().overlaps(blocked.start(), blocked.end())).isTrue();
        });
        assertThat(best.sessions().subList(1, 3)).allSatisfy(slot -> assertThat(slot.free()).isTrue());
    }

    @Test
    void aMemberBusyTwiceInOneSessionCountsOnceButBothCausesAreNamed() {
        LocalDate day = SCHOOL_YEAR_START;
        List<BusyInterval> busy = List.of(
                holiday(4, day, day, "Studiedag"),
                busy(4, day.atTime(13, 30), day.atTime(14, 0), BusyKind.COURSE_MEETING, "Klassenmanagement"));
        SeriesRequest oneSession = new SeriesRequest(1, 1, 1, List.of(TUESDAY), LocalTime.of(13, 0),
                LocalTime.of(14, 30), Duration.ofMinutes(90), day, day);

        Series best = search.search(oneSession, GROUP, busy, 1).bestWithConflicts().orElseThrow();

        assertThat(best.blockedCount()).isOne();
        assertThat(best.sessions().getFirst().blockers()).extracting(blocker -> blocker.cause().label())
                .containsExactly("Studiedag", "Klassenmanagement");
    }

    @Test
    void aPeriodTooShortForTheSessionsSaysSo() {
        SeriesRequest tenWeeks = new SeriesRequest(3, 6, 8, List.of(TUESDAY), LocalTime.of(13, 0),
                LocalTime.of(17, 0), Duration.ofMinutes(90), SCHOOL_YEAR_START, SCHOOL_YEAR_START.plusWeeks(10));
        SeriesRequest noWantedWeekday = new SeriesRequest(1, 6, 8, List.of(WEDNESDAY), LocalTime.of(13, 0),
                LocalTime.of(17, 0), Duration.ofMinutes(90), SCHOOL_YEAR_START, SCHOOL_YEAR_START);

        for (SeriesRequest request : List.of(tenWeeks, noWantedWeekday)) {
            SearchResult result = search.search(request, GROUP, List.of(), 5);
            assertThat(result.outcome()).isEqualTo(Outcome.PERIOD_TOO_SHORT);
            assertThat(result.conflictFree()).isEmpty();
            assertThat(result.bestWithConflicts()).isEmpty();
        }
    }

    @Test
    void busyIntervalsOfPeopleOutsideTheGroupAreIgnored() {
        List<BusyInterval> outsider = List.of(
                holiday(99, SCHOOL_YEAR_START, SCHOOL_YEAR_END, "Ouderschapsverlof"));

        SearchResult result = search.search(schoolYear(TUESDAY), GROUP, outsider, 1);

        assertThat(result.outcome()).isEqualTo(Outcome.FOUND);
        assertThat(result.conflictFree().getFirst().score()).isZero();
    }

    @Test
    void theSameQuestionGetsTheSameDistinctProposalsWhateverTheInputOrder() {
        List<BusyInterval> busy = schoolYearOfEight(new Random(42));
        List<Long> members = new ArrayList<>(List.of(1L, 2L, 3L, 4L, 5L, 6L, 7L, 8L));
        SeriesRequest request = schoolYear(TUESDAY, THURSDAY, WEDNESDAY);

        SearchResult first = search.search(request, members, busy, 10);
        List<BusyInterval> shuffled = new ArrayList<>(busy);
        Collections.shuffle(shuffled, new Random(7));
        Collections.reverse(members);
        SearchResult second = search.search(request, members, shuffled, 10);

        assertThat(second).isEqualTo(first);
        List<Series> proposals = first.conflictFree();
        assertThat(proposals).hasSize(10).allSatisfy(series -> {
            assertThat(series.conflictFree()).isTrue();
            assertThat(series.sessions()).hasSize(6);
        });
        assertThat(proposals).extracting(Series::score).isSortedAccordingTo((a, b) -> Integer.compare(b, a));
        for (int i = 0; i < proposals.size(); i++) {
            for (int j = i + 1; j < proposals.size(); j++) {
                Slot one = proposals.get(i).sessions().getFirst();
                Slot other = proposals.get(j).sessions().getFirst();
                assertThat(one.start().isBefore(other.end()) && other.start().isBefore(one.end()))
                        .as("first sessions of proposals %d and %d overlap", i, j).isFalse();
            }
        }
    }

    @Test
    void aRequestOutsideTheLimitsIsRefused() {
        LocalTime one = LocalTime.of(13, 0);
        LocalTime three = LocalTime.of(15, 0);
        Duration hour = Duration.ofHours(1);
        LocalDate day = SCHOOL_YEAR_START;
        List<DayOfWeek> tuesday = List.of(TUESDAY);
        List<Runnable> refused = List.of(
                () -> new SeriesRequest(0, 6, 8, tuesday, one, three, hour, day, day),
                () -> new SeriesRequest(13, 6, 8, tuesday, one, three, hour, day, day),
                () -> new SeriesRequest(3, 8, 6, tuesday, one, three, hour, day, day),
                () -> new SeriesRequest(3, 0, 6, tuesday, one, three, hour, day, day),
                () -> new SeriesRequest(3, 6, 13, tuesday, one, three, hour, day, day),
                () -> new SeriesRequest(3, 6, 8, List.of(), one, three, hour, day, day),
                () -> new SeriesRequest(3, 6, 8, List.of(TUESDAY, TUESDAY), one, three, hour, day, day),
                () -> new SeriesRequest(3, 6, 8, tuesday, three, one, hour, day, day),
                () -> new SeriesRequest(3, 6, 8, tuesday, one, three, Duration.ofMinutes(10), day, day),
                () -> new SeriesRequest(3, 6, 8, tuesday, one, LocalTime.of(18, 0), Duration.ofHours(5), day, day),
                () -> new SeriesRequest(3, 6, 8, tuesday, one, three, Duration.ofHours(3), day, day),
                () -> new SeriesRequest(3, 6, 8, tuesday, one, three, hour, day, day.minusDays(1)),
                () -> new SeriesRequest(3, 6, 8, tuesday, one, three, hour, day, day.plusYears(3)));
        assertThat(refused).allSatisfy(request -> assertThatThrownBy(request::run)
                .isInstanceOf(IllegalArgumentException.class));
        assertThatThrownBy(() -> search.search(schoolYear(TUESDAY), GROUP, List.of(), 0))
                .isInstanceOf(IllegalArgumentException.class);
    }

    /** Eight teachers over a school year: a weekly teaching block each, courses, study days and holidays. */
    static List<BusyInterval> schoolYearOfEight(Random random) {
        List<BusyInterval> busy = new ArrayList<>();
        for (long id = 1; id <= 8; id++) {
            DayOfWeek teaching = DayOfWeek.of(1 + random.nextInt(5));
            busy.addAll(weekly(id, teaching, LocalTime.of(8, 30), LocalTime.of(12 + random.nextInt(4), 0),
                    SCHOOL_YEAR_START, SCHOOL_YEAR_END, "Lesrooster"));
            busy.add(holiday(id, LocalDate.of(2026, 10, 17), LocalDate.of(2026, 10, 25), "Herfstvakantie"));
            busy.add(holiday(id, LocalDate.of(2026, 12, 19), LocalDate.of(2027, 1, 3), "Kerstvakantie"));
            for (int i = 0; i < 15; i++) {
                LocalDateTime start = SCHOOL_YEAR_START.plusDays(random.nextInt(300))
                        .atTime(9 + random.nextInt(8), 15 * random.nextInt(4));
                busy.add(busy(id, start, start.plusMinutes(30 + 30 * random.nextInt(6)), BusyKind.COURSE_MEETING,
                        "Bijeenkomst " + i));
            }
        }
        return busy;
    }

    private static List<Long> gapsInDays(Series series) {
        List<Long> gaps = new ArrayList<>();
        for (int i = 1; i < series.sessions().size(); i++) {
            gaps.add(ChronoUnit.DAYS.between(series.sessions().get(i - 1).start().toLocalDate(),
                    series.sessions().get(i).start().toLocalDate()));
        }
        return gaps;
    }
}

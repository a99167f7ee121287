package nl.onderwijsloket.portal.availability;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.ZoneOffset;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** Declared unavailability as the planner sees it: every occurrence, at its wall-clock time, across DST. */
class RecurrenceTest {

    private static UnavailabilityRule tuesdays(String rrule, Set<LocalDate> except) {
        return new UnavailabilityRule(7, 42, "Lesblok", rrule, LocalDate.of(2026, 9, 1), LocalTime.of(8, 30),
                LocalTime.of(15, 0), except, -1);
    }

    @Test
    void aWeeklyTuesdayBlockKeepsItsWallClockTimeOnBothSidesOfTheAutumnDstChange() {
        var rule = tuesdays("FREQ=WEEKLY;BYDAY=TU;UNTIL=20270709", Set.of());
        var busy = Recurrence.expand(rule, LocalDateTime.of(2026, 10, 12, 0, 0), LocalDateTime.of(2026, 11, 4, 0, 0));

        assertThat(busy).extracting(BusyInterval::start).containsExactly(
                LocalDateTime.of(2026, 10, 13, 8, 30), LocalDateTime.of(2026, 10, 20, 8, 30),
                LocalDateTime.of(2026, 10, 27, 8, 30), LocalDateTime.of(2026, 11, 3, 8, 30));
        assertThat(busy).allSatisfy(b -> {
            assertThat(b.start().getDayOfWeek()).isEqualTo(DayOfWeek.TUESDAY);
            assertThat(b.end().toLocalTime()).isEqualTo(LocalTime.of(15, 0));
            assertThat(b.kind()).isEqualTo(BusyKind.UNAVAILABLE);
            assertThat(b.ref()).isEqualTo("unavailability-7");
        });
        // Summer time before 25 October 2026, winter time after: the same 08:30, another offset.
        assertThat(Recurrence.zoned(busy.get(1).start()).getOffset()).isEqualTo(ZoneOffset.ofHours(2));
        assertThat(Recurrence.zoned(busy.get(2).start()).getOffset()).isEqualTo(ZoneOffset.ofHours(1));
    }

    @Test
    void exceptionsAreSkippedAndTheRuleEndsAtItsUntilDay() {
        var rule = tuesdays("FREQ=WEEKLY;BYDAY=TU;UNTIL=20270420", Set.of(LocalDate.of(2027, 4, 13)));
        var days = Recurrence.days(rule, LocalDate.of(2027, 3, 29), LocalDate.of(2027, 5, 31));

        assertThat(days).containsExactly(LocalDate.of(2027, 3, 30), LocalDate.of(2027, 4, 6),
                LocalDate.of(2027, 4, 20));
    }

    @Test
    void nothingBeforeTheFirstDayAndTwoWeeklyRulesSkipEveryOtherWeek() {
        var rule = new UnavailabilityRule(8, 42, "Om de week", "FREQ=WEEKLY;INTERVAL=2;BYDAY=MO,TH",
                LocalDate.of(2026, 11, 2), LocalTime.of(13, 0), LocalTime.of(17, 0), Set.of(), -1);
        var days = Recurrence.days(rule, LocalDate.of(2026, 10, 1), LocalDate.of(2026, 11, 30));

        assertThat(days).containsExactly(LocalDate.of(2026, 11, 2), LocalDate.of(2026, 11, 5),
                LocalDate.of(2026, 11, 16), LocalDate.of(2026, 11, 19), LocalDate.of(2026, 11, 30));
    }

    @Test
    void aBlockInTheSpringDstGapStaysOnItsDayAndItsMomentMovesForwardByTheGap() {
        var rule = new UnavailabilityRule(9, 42, "Nachtdienst", "FREQ=DAILY;COUNT=3", LocalDate.of(2027, 3, 27),
                LocalTime.of(2, 30), LocalTime.of(3, 30), Set.of(), -1);
        var busy = Recurrence.expand(rule, LocalDateTime.of(2027, 3, 27, 0, 0), LocalDateTime.of(2027, 3, 31, 0, 0));

        assertThat(busy).extracting(BusyInterval::start).containsExactly(LocalDateTime.of(2027, 3, 27, 2, 30),
                LocalDateTime.of(2027, 3, 28, 2, 30), LocalDateTime.of(2027, 3, 29, 2, 30));
        // 02:30 does not exist on 28 March 2027: as a moment it is 03:30 summer time.
        var gap = Recurrence.zoned(busy.get(1).start());
        assertThat(gap.toLocalTime()).isEqualTo(LocalTime.of(3, 30));
        assertThat(gap.getOffset()).isEqualTo(ZoneOffset.ofHours(2));
    }

    @Test
    void onlyRulesThePortalCanExpandAreValid() {
        assertThat(Recurrence.valid("FREQ=WEEKLY;BYDAY=TU;UNTIL=20270709")).isTrue();
        assertThat(Recurrence.valid("BYDAY=TU")).isFalse();
        assertThat(Recurrence.valid("FREQ=FORTNIGHTLY")).isFalse();
    }
}

package nl.onderwijsloket.portal.intervision.planning;

import java.time.DayOfWeek;
import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.List;
import nl.onderwijsloket.portal.availability.BusyInterval;
import nl.onderwijsloket.portal.availability.BusyKind;

/** Requests and busy intervals for the series planner's tests, in the school year 2026-2027. */
final class SeriesPlanningFixtures {

    static final LocalDate SCHOOL_YEAR_START = LocalDate.of(2026, 9, 1); // a Tuesday
    static final LocalDate SCHOOL_YEAR_END = LocalDate.of(2027, 6, 30);

    private SeriesPlanningFixtures() {
    }

    /** Six sessions, six to eight weeks apart, 90 minutes between 13:00 and 17:00 over the school year. */
    static SeriesRequest schoolYear(DayOfWeek... weekdays) {
        return new SeriesRequest(6, 6, 8, List.of(weekdays), LocalTime.of(13, 0), LocalTime.of(17, 0),
                Duration.ofMinutes(90), SCHOOL_YEAR_START, SCHOOL_YEAR_END);
    }

    static BusyInterval busy(long employeeId, LocalDateTime start, LocalDateTime end, BusyKind kind, String label) {
        return new BusyInterval(employeeId, start, end, kind, label);
    }

    /** The same time on one weekday every week of the period, as a teaching block. */
    static List<BusyInterval> weekly(long employeeId, DayOfWeek weekday, LocalTime from, LocalTime to,
            LocalDate first, LocalDate last, String label) {
        List<BusyInterval> busy = new ArrayList<>();
        for (LocalDate day = first; !day.isAfter(last); day = day.plusDays(1)) {
            if (day.getDayOfWeek() == weekday) {
                busy.add(busy(employeeId, day.atTime(from), day.atTime(to), BusyKind.UNAVAILABLE, label));
            }
        }
        return busy;
    }

    /** A holiday from the first day's midnight to the midnight after the last day. */
    static BusyInterval holiday(long employeeId, LocalDate first, LocalDate last, String label) {
        return busy(employeeId, first.atStartOfDay(), last.plusDays(1).atStartOfDay(), BusyKind.SCHOOL_HOLIDAY,
                label);
    }
}

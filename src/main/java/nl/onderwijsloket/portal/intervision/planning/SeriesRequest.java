package nl.onderwijsloket.portal.intervision.planning;

import java.time.DayOfWeek;
import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.temporal.ChronoUnit;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;

/**
 * What a facilitator asks for: a number of sessions, the weeks between them, the weekdays in order of preference
 * (first is most preferred), a daily window the sessions fit in, and the period to plan in (both days included).
 * The service checks and translates user input before; this is the last guard.
 */
public record SeriesRequest(int sessions, int minWeeksBetween, int maxWeeksBetween, List<DayOfWeek> weekdays,
        LocalTime windowStart, LocalTime windowEnd, Duration duration, LocalDate firstDay, LocalDate lastDay) {

    public static final int MAX_SESSIONS = 12;
    public static final int MAX_WEEKS_BETWEEN = 12;
    public static final Duration SHORTEST = Duration.ofMinutes(15);
    public static final Duration LONGEST = Duration.ofHours(4);
    /** A guard against runaway requests: two school years is more than a series ever needs. */
    public static final int MAX_PERIOD_DAYS = 731;

    public SeriesRequest {
        Objects.requireNonNull(weekdays, "weekdays");
        Objects.requireNonNull(windowStart, "windowStart");
        Objects.requireNonNull(windowEnd, "windowEnd");
        Objects.requireNonNull(duration, "duration");
        Objects.requireNonNull(firstDay, "firstDay");
        Objects.requireNonNull(lastDay, "lastDay");
        weekdays = List.copyOf(weekdays);
        check(sessions >= 1 && sessions <= MAX_SESSIONS, "Between 1 and 12 sessions: " + sessions);
        check(minWeeksBetween >= 1 && maxWeeksBetween <= MAX_WEEKS_BETWEEN && minWeeksBetween <= maxWeeksBetween,
                "Weeks between sessions from 1 to 12, min <= max: " + minWeeksBetween + ".." + maxWeeksBetween);
        check(!weekdays.isEmpty(), "At least one weekday");
        check(new HashSet<>(weekdays).size() == weekdays.size(), "Each weekday once: " + weekdays);
        check(windowStart.isBefore(windowEnd), "The window ends after it starts: " + windowStart + "–" + windowEnd);
        check(duration.compareTo(SHORTEST) >= 0 && duration.compareTo(LONGEST) <= 0,
                "A session lasts 15 minutes to 4 hours: " + duration);
        check(duration.compareTo(Duration.between(windowStart, windowEnd)) <= 0,
                "A session of " + duration + " fits in the window " + windowStart + "–" + windowEnd);
        check(!lastDay.isBefore(firstDay), "The period ends on or after its first day: " + firstDay + "–" + lastDay);
        check(ChronoUnit.DAYS.between(firstDay, lastDay) < MAX_PERIOD_DAYS, "A period of at most two years");
    }

    /** Where the weekday stands in the preferences: 0 for the most preferred, -1 when it is not wanted. */
    public int rankOf(DayOfWeek weekday) {
        return weekdays.indexOf(weekday);
    }

    private static void check(boolean condition, String message) {
        if (!condition) {
            throw new IllegalArgumentException(message);
        }
    }
}

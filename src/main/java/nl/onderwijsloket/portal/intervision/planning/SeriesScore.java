package nl.onderwijsloket.portal.intervision.planning;

import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.temporal.ChronoUnit;
import java.util.List;

/**
 * The points a series loses for departing from the wishes; its score is minus their sum, so 0 is a perfect
 * series. The points are a sum over single sessions and pairs of consecutive sessions, which is what lets
 * {@link SeriesSearch} find the best series by dynamic programming. See {@link SeriesSearch} for the rules.
 */
final class SeriesScore {

    static final int TIME_CHANGE = 100;
    static final int WEEKDAY_CHANGE = 60;
    static final int WEEKDAY_RANK = 10;
    static final int GAP_HALF_DAY = 1;
    static final int LATER_START = 1;
    static final int LATER_FIRST_WEEK = 1;

    private SeriesScore() {
    }

    /** The score of a whole series, from its session starts in date order. */
    static int of(SeriesRequest request, List<LocalDateTime> starts) {
        int score = first(request, starts.getFirst().toLocalDate());
        for (int i = 0; i < starts.size(); i++) {
            score += session(request, starts.get(i));
            if (i > 0) {
                LocalDateTime previous = starts.get(i - 1);
                LocalDateTime current = starts.get(i);
                score += between(request, ChronoUnit.DAYS.between(previous.toLocalDate(), current.toLocalDate()),
                        previous.toLocalTime().equals(current.toLocalTime()),
                        previous.getDayOfWeek() == current.getDayOfWeek());
            }
        }
        return score;
    }

    /** What one session loses for a less preferred weekday and for starting later in the window. */
    static int session(SeriesRequest request, LocalDateTime start) {
        long quartersLate = Duration.between(request.windowStart(), start.toLocalTime()).toMinutes() / 15;
        return -(WEEKDAY_RANK * request.rankOf(start.getDayOfWeek()) + LATER_START * (int) quartersLate);
    }

    /** What two consecutive sessions lose for changing time or weekday and for a gap off the middle. */
    static int between(SeriesRequest request, long daysApart, boolean sameTime, boolean sameWeekday) {
        long halfDaysOff = Math.abs(2 * daysApart - 7L * (request.minWeeksBetween() + request.maxWeeksBetween()));
        return -((sameTime ? 0 : TIME_CHANGE) + (sameWeekday ? 0 : WEEKDAY_CHANGE) + GAP_HALF_DAY * (int) halfDaysOff);
    }

    /** What the series loses for each whole week its first session lies after the period's first day. */
    static int first(SeriesRequest request, LocalDate firstSession) {
        return -LATER_FIRST_WEEK * (int) (ChronoUnit.DAYS.between(request.firstDay(), firstSession) / 7);
    }
}

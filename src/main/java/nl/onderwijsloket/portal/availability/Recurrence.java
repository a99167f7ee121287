package nl.onderwijsloket.portal.availability;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.List;
import net.fortuna.ical4j.model.Recur;

/**
 * Expands declared unavailability into busy intervals. The rule recurs over days (ical4j expands the RRULE from the
 * first day); each day gets the rule's wall-clock times. Because the times are wall-clock, a weekly block at 08:30
 * is at 08:30 in summer and winter time alike; only turning it into an instant needs the zone, and a time that does
 * not exist on the day the clocks go forward (02:30 on the last Sunday of March) moves forward by the gap, as
 * {@link ZonedDateTime#of} does.
 */
public final class Recurrence {

    /** The zone of every wall-clock time in the portal. */
    public static final ZoneId ZONE = ZoneId.of("Europe/Amsterdam");

    /** Most occurrences expanded for one rule in one query, against a rule without end. */
    static final int MAX_OCCURRENCES = 800;

    private Recurrence() {
    }

    /** Whether the text is an RRULE this portal can expand (FREQ daily or weekly, with or without UNTIL or COUNT). */
    public static boolean valid(String rrule) {
        try {
            var recur = new Recur<LocalDate>(rrule);
            return recur.getFrequency() != null;
        } catch (IllegalArgumentException | UnsupportedOperationException e) {
            return false;
        }
    }

    /** The days the rule falls on in {@code [from, to]}, without its exceptions, in order. */
    public static List<LocalDate> days(UnavailabilityRule rule, LocalDate from, LocalDate to) {
        if (to.isBefore(rule.firstDay())) {
            return List.of();
        }
        var recur = new Recur<LocalDate>(rule.rrule());
        LocalDate start = from.isBefore(rule.firstDay()) ? rule.firstDay() : from;
        List<LocalDate> days = recur.getDates(rule.firstDay(), start, to.plusDays(1), MAX_OCCURRENCES);
        List<LocalDate> result = new ArrayList<>(days.size());
        for (LocalDate day : days) {
            if (!day.isBefore(start) && !day.isAfter(to) && !rule.exceptions().contains(day)) {
                result.add(day);
            }
        }
        return result;
    }

    /** The rule's busy intervals that overlap {@code [from, to)}. */
    public static List<BusyInterval> expand(UnavailabilityRule rule, LocalDateTime from, LocalDateTime to) {
        List<BusyInterval> result = new ArrayList<>();
        for (LocalDate day : days(rule, from.toLocalDate(), to.toLocalDate())) {
            LocalDateTime start = day.atTime(rule.startsAt());
            LocalDateTime end = day.atTime(rule.endsAt());
            if (start.isBefore(to) && from.isBefore(end)) {
                result.add(new BusyInterval(rule.employeeId(), start, end, BusyKind.UNAVAILABLE, rule.label(),
                        "unavailability-" + rule.id()));
            }
        }
        return result;
    }

    /** A wall-clock time as a moment: in a DST gap it moves forward by the gap. */
    public static ZonedDateTime zoned(LocalDateTime wallClock) {
        return ZonedDateTime.of(wallClock, ZONE);
    }

    /** The wall-clock start of a day-long busy time, such as a holiday: midnight to midnight. */
    static BusyInterval wholeDays(long employeeId, LocalDate first, LocalDate last, BusyKind kind, String label,
                                  String ref) {
        return new BusyInterval(employeeId, first.atStartOfDay(), last.plusDays(1).atTime(LocalTime.MIDNIGHT), kind,
                label, ref);
    }
}

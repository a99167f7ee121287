package nl.onderwijsloket.portal.availability;

import java.time.LocalDate;
import java.time.LocalTime;
import java.util.Set;
import java.util.TreeSet;

/**
 * Time someone declared themselves unavailable: "Tuesday 08:30–15:00, weekly, until the summer holiday, except 14
 * April". Stored as an RFC 5545 recurrence rule over days from {@code firstDay}, with wall-clock times of
 * Europe/Amsterdam, so the block stays at 08:30 on both sides of a DST change.
 *
 * @param rrule      the RRULE value, e.g. {@code FREQ=WEEKLY;BYDAY=TU;UNTIL=20270709}
 * @param exceptions the days the rule skips (EXDATE)
 * @param version    the version read, for saving over it; -1 for a new rule
 */
public record UnavailabilityRule(long id, long employeeId, String label, String rrule, LocalDate firstDay,
                                 LocalTime startsAt, LocalTime endsAt, Set<LocalDate> exceptions, long version) {

    public UnavailabilityRule {
        exceptions = java.util.Collections.unmodifiableSortedSet(new TreeSet<>(exceptions));
    }
}

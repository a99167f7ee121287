package nl.onderwijsloket.portal.notification;

import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The calendar of a mail: one iCalendar object with one method for all its entries (a VCALENDAR has one
 * METHOD, so updates and cancellations go in separate mails). It is sent both as the mail's calendar
 * alternative and as the attachment {@code uitnodiging.ics}. The portal's sender address is the ORGANIZER and
 * the mail's recipient the ATTENDEE of every entry, in a CANCEL as well as in a REQUEST.
 */
public record CalendarPart(CalendarMethod method, List<CalendarEvent> events) {

    public CalendarPart {
        Objects.requireNonNull(method, "method");
        events = List.copyOf(events);
        if (events.isEmpty()) {
            throw new IllegalArgumentException("A calendar part needs at least one entry");
        }
        if (events.stream().map(CalendarEvent::uid).distinct().count() != events.size()) {
            throw new IllegalArgumentException("Each entry of a calendar part needs its own UID");
        }
    }

    Set<String> uids() {
        return events.stream().map(CalendarEvent::uid).collect(Collectors.toSet());
    }
}

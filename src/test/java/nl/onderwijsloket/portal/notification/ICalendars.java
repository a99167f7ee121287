package nl.onderwijsloket.portal.notification;

import java.io.IOException;
import java.io.StringReader;
import java.util.Arrays;
import java.util.List;
import net.fortuna.ical4j.data.CalendarBuilder;
import net.fortuna.ical4j.data.ParserException;
import net.fortuna.ical4j.model.Calendar;
import net.fortuna.ical4j.model.Component;
import net.fortuna.ical4j.model.Property;
import net.fortuna.ical4j.model.component.VEvent;
import net.fortuna.ical4j.validate.ValidationResult;

/**
 * Reads what the portal wrote back with ical4j, for tests: parsed, then validated by ical4j's validator,
 * which applies RFC 5545 and, because the object carries a METHOD, the iTIP rules of RFC 5546 for it.
 */
public final class ICalendars {

    private ICalendars() {
    }

    /** The calendar, parsed; fails the test when ical4j's validation (including iTIP) reports any error. */
    public static Calendar parseValid(String ics) {
        Calendar calendar;
        try {
            calendar = new CalendarBuilder().build(new StringReader(ics));
        } catch (IOException | ParserException e) {
            throw new AssertionError("Not an iCalendar object: " + e.getMessage() + "\n" + ics, e);
        }
        ValidationResult result = calendar.validate();
        if (result.hasErrors()) {
            throw new AssertionError("Invalid iCalendar object: " + result.getEntries() + "\n" + ics);
        }
        return calendar;
    }

    public static String method(Calendar calendar) {
        return calendar.getProperty(Property.METHOD).orElseThrow().getValue();
    }

    public static List<VEvent> events(Calendar calendar) {
        return calendar.getComponents(Component.VEVENT);
    }

    public static String uid(VEvent event) {
        return event.getProperty(Property.UID).orElseThrow().getValue();
    }

    public static int sequence(VEvent event) {
        return Integer.parseInt(event.getProperty(Property.SEQUENCE).orElseThrow().getValue());
    }

    public static String value(VEvent event, String property) {
        return event.getProperty(property).orElseThrow().getValue();
    }

    public static List<String> uids(Calendar calendar) {
        return events(calendar).stream().map(ICalendars::uid).toList();
    }

    public static List<Integer> sequences(Calendar calendar) {
        return events(calendar).stream().map(ICalendars::sequence).toList();
    }

    /** The content lines, continuation lines joined to the line they continue. */
    public static List<String> unfolded(String ics) {
        return Arrays.asList(ics.replace("\r\n ", "").split("\r\n"));
    }
}

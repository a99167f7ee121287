package nl.onderwijsloket.portal.notification;

import java.net.URI;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import net.fortuna.ical4j.model.Calendar;
import net.fortuna.ical4j.model.Property;
import net.fortuna.ical4j.model.TimeZoneRegistryFactory;
import net.fortuna.ical4j.model.component.Observance;
import net.fortuna.ical4j.model.component.VEvent;
import net.fortuna.ical4j.model.component.VTimeZone;
import net.fortuna.ical4j.model.parameter.Cn;
import net.fortuna.ical4j.model.parameter.PartStat;
import net.fortuna.ical4j.model.parameter.Role;
import net.fortuna.ical4j.model.parameter.Rsvp;
import net.fortuna.ical4j.model.property.Attendee;
import net.fortuna.ical4j.model.property.Description;
import net.fortuna.ical4j.model.property.DtEnd;
import net.fortuna.ical4j.model.property.DtStamp;
import net.fortuna.ical4j.model.property.DtStart;
import net.fortuna.ical4j.model.property.Location;
import net.fortuna.ical4j.model.property.Organizer;
import net.fortuna.ical4j.model.property.ProdId;
import net.fortuna.ical4j.model.property.RRule;
import net.fortuna.ical4j.model.property.Sequence;
import net.fortuna.ical4j.model.property.Summary;
import net.fortuna.ical4j.model.property.TzId;
import net.fortuna.ical4j.model.property.Uid;
import net.fortuna.ical4j.model.property.immutable.ImmutableCalScale;
import net.fortuna.ical4j.model.property.immutable.ImmutableMethod;
import net.fortuna.ical4j.model.property.immutable.ImmutableStatus;
import net.fortuna.ical4j.model.property.immutable.ImmutableTransp;
import net.fortuna.ical4j.model.property.immutable.ImmutableVersion;

/**
 * Writes a {@link CalendarPart} as an iCalendar object (RFC 5545) with its iTIP method (RFC 5546), built
 * with ical4j: METHOD on the VCALENDAR, one VTIMEZONE for {@link CalendarEvent#ZONE}, and per entry its UID,
 * SEQUENCE, DTSTAMP, start and end in that zone, SUMMARY, LOCATION, DESCRIPTION, the portal as ORGANIZER and
 * the recipient as ATTENDEE; STATUS is CANCELLED in a CANCEL and CONFIRMED otherwise.
 *
 * <p>ical4j folds lines at 75 characters; RFC 5545 asks for 75 octets, which a line with accents or a dash
 * exceeds in UTF-8. So the writer takes ical4j's unfolded text and folds it itself, by octets and never
 * inside a character.
 */
final class ICalendarWriter {

    static final String PRODID = "-//Onderwijsloket Oost//Portaal//NL";
    private static final int LINE_OCTETS = 75;
    private static final String CRLF = "\r\n";
    private static final VTimeZone ZONE = zoneInForce();

    /** The organizer (the portal's sender) or an attendee. */
    record Party(String email, String name) {
    }

    private final Party organizer;

    ICalendarWriter(Party organizer) {
        this.organizer = organizer;
    }

    /** The iCalendar text, folded, with CRLF line ends; {@code sequences} holds the SEQUENCE of every UID. */
    String write(CalendarPart part, Map<String, Integer> sequences, Instant stamp, Party attendee) {
        var calendar = new Calendar();
        calendar.add(new ProdId(PRODID));
        calendar.add(ImmutableVersion.VERSION_2_0);
        calendar.add(ImmutableCalScale.GREGORIAN);
        calendar.add(part.method() == CalendarMethod.CANCEL ? ImmutableMethod.CANCEL : ImmutableMethod.REQUEST);
        calendar.add(ZONE.copy());
        for (CalendarEvent event : part.events()) {
            Integer sequence = sequences.get(event.uid());
            if (sequence == null) {
                throw new IllegalArgumentException("No SEQUENCE for " + event.uid());
            }
            calendar.add(event(part.method(), event, sequence, stamp, attendee));
        }
        return fold(calendar.toString());
    }

    private VEvent event(CalendarMethod method, CalendarEvent event, int sequence, Instant stamp, Party attendee) {
        var vevent = new VEvent(false);
        vevent.add(new Uid(event.uid()));
        vevent.add(new Sequence(sequence));
        vevent.add(new DtStamp(stamp));
        vevent.add(new DtStart<>(event.start().atZone(CalendarEvent.ZONE)));
        vevent.add(new DtEnd<>(event.end().atZone(CalendarEvent.ZONE)));
        vevent.add(new Summary(clean(event.summary())));
        if (event.location() != null && !event.location().isBlank()) {
            vevent.add(new Location(clean(event.location())));
        }
        if (event.description() != null && !event.description().isBlank()) {
            vevent.add(new Description(clean(event.description())));
        }
        var organizerProperty = new Organizer(mailto(organizer.email()));
        organizerProperty.add(new Cn(name(organizer.name())));
        vevent.add(organizerProperty);
        var attendeeProperty = new Attendee(mailto(attendee.email()));
        attendeeProperty.add(new Cn(name(attendee.name())));
        attendeeProperty.add(Role.REQ_PARTICIPANT);
        attendeeProperty.add(PartStat.NEEDS_ACTION);
        attendeeProperty.add(Rsvp.FALSE);
        vevent.add(attendeeProperty);
        vevent.add(method == CalendarMethod.CANCEL ? ImmutableStatus.VEVENT_CANCELLED : ImmutableStatus.VEVENT_CONFIRMED);
        vevent.add(ImmutableTransp.OPAQUE);
        return vevent;
    }

    /**
     * Europe/Amsterdam as ical4j's time-zone data has it, cut down to the observances in force (the yearly
     * summer and winter time rules without an end): ical4j's definition goes back to 1835 and carries the
     * TZID of the zone Amsterdam links to (Europe/Brussels), whereas the entries name Europe/Amsterdam.
     */
    private static VTimeZone zoneInForce() {
        String id = CalendarEvent.ZONE.getId();
        VTimeZone full = TimeZoneRegistryFactory.getInstance().createRegistry().getTimeZone(id).getVTimeZone();
        var zone = new VTimeZone();
        zone.add(new TzId(id));
        for (Observance observance : full.getObservances()) {
            Optional<RRule<?>> rule = observance.getProperty(Property.RRULE);
            if (rule.isPresent() && rule.get().getRecur().getUntil() == null) {
                zone.add((Observance) observance.copy());
            }
        }
        if (zone.getObservances().size() != 2) {
            throw new IllegalStateException("Expected a summer and a winter rule in force for " + id + ", found "
                    + zone.getObservances().size());
        }
        return zone;
    }

    private static URI mailto(String email) {
        try {
            return new URI("mailto", email.strip(), null);
        } catch (URISyntaxException e) {
            throw new IllegalArgumentException("Not usable as a calendar address: " + email, e);
        }
    }

    /** A name as a parameter value: no double quotes or control characters (they cannot be escaped there). */
    static String name(String value) {
        return value.replaceAll("[\"\\p{Cntrl}]", "").strip();
    }

    /** Text with its line breaks as LF (ical4j escapes those) and no other control characters but tabs. */
    static String clean(String value) {
        return value.replace("\r\n", "\n").replace('\r', '\n').replaceAll("[\\p{Cntrl}&&[^\n\t]]", "");
    }

    /** Folds every content line of {@code text} (CRLF-separated) at 75 octets. */
    static String fold(String text) {
        var out = new StringBuilder(text.length() + text.length() / 60 * 3);
        for (String line : List.of(text.split(CRLF))) {
            out.append(foldLine(line)).append(CRLF);
        }
        return out.toString();
    }

    /** One content line in lines of at most 75 octets, continuation lines starting with a space. */
    static String foldLine(String line) {
        var out = new StringBuilder(line.length() + 16);
        int octets = 0;
        for (int i = 0; i < line.length(); ) {
            int codePoint = line.codePointAt(i);
            int size = new String(Character.toChars(codePoint)).getBytes(StandardCharsets.UTF_8).length;
            if (octets + size > LINE_OCTETS) {
                out.append(CRLF).append(' ');
                octets = 1;
            }
            out.appendCodePoint(codePoint);
            octets += size;
            i += Character.charCount(codePoint);
        }
        return out.toString();
    }
}

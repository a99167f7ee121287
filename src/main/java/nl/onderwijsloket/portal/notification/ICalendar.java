package nl.onderwijsloket.portal.notification;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * Writes an iCalendar object (RFC 5545) with iTIP method (RFC 5546) for the meetings of an edition, by hand:
 * a dozen properties do not justify a library. Times are UTC ({@code ...Z}), which every client converts to
 * its own zone, so no VTIMEZONE block is needed. Lines end in CRLF and are folded at 75 octets without
 * splitting a UTF-8 character; text values are escaped.
 *
 * <p>A meeting's UID depends only on the meeting and the person, so a later mail about the same enrolment
 * (with a higher SEQUENCE) updates or cancels the entries of the earlier one.
 */
final class ICalendar {

    static final String PRODID = "-//Onderwijsloket Oost//Portaal//NL";
    static final String UID_DOMAIN = "onderwijsloket-oost";
    private static final int LINE_OCTETS = 75;
    private static final String CRLF = "\r\n";
    private static final DateTimeFormatter UTC = DateTimeFormatter.ofPattern("yyyyMMdd'T'HHmmss'Z'")
            .withZone(ZoneOffset.UTC);

    enum Method { REQUEST, CANCEL }

    /** One calendar entry. */
    record Event(String uid, Instant start, Instant end, String summary, @Nullable String location,
                 @Nullable String description) {
    }

    /** Organizer or attendee. */
    record Party(String email, String name) {
    }

    private ICalendar() {
    }

    /** The UID of a meeting in a person's calendar: the same in every mail about it. */
    static String uid(long meetingId, long employeeId) {
        return "meeting-" + meetingId + "-employee-" + employeeId + "@" + UID_DOMAIN;
    }

    static String write(Method method, int sequence, Instant stamp, Party organizer, Party attendee,
                        List<Event> events) {
        if (events.isEmpty()) {
            throw new IllegalArgumentException("A calendar object needs at least one event");
        }
        var out = new StringBuilder();
        line(out, "BEGIN:VCALENDAR");
        line(out, "VERSION:2.0");
        line(out, "PRODID:" + PRODID);
        line(out, "CALSCALE:GREGORIAN");
        line(out, "METHOD:" + method.name());
        for (Event event : events) {
            line(out, "BEGIN:VEVENT");
            line(out, "UID:" + event.uid());
            line(out, "SEQUENCE:" + sequence);
            line(out, "DTSTAMP:" + UTC.format(stamp));
            line(out, "DTSTART:" + UTC.format(event.start()));
            line(out, "DTEND:" + UTC.format(event.end()));
            line(out, "SUMMARY:" + text(event.summary()));
            if (event.location() != null) {
                line(out, "LOCATION:" + text(event.location()));
            }
            if (event.description() != null) {
                line(out, "DESCRIPTION:" + text(event.description()));
            }
            line(out, "ORGANIZER;CN=" + param(organizer.name()) + ":mailto:" + organizer.email());
            line(out, "ATTENDEE;CN=" + param(attendee.name())
                    + ";ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=FALSE:mailto:" + attendee.email());
            line(out, "STATUS:" + (method == Method.CANCEL ? "CANCELLED" : "CONFIRMED"));
            line(out, "TRANSP:OPAQUE");
            line(out, "END:VEVENT");
        }
        line(out, "END:VCALENDAR");
        return out.toString();
    }

    /** Escapes a TEXT value: backslash, semicolon, comma and line breaks (RFC 5545 §3.3.11). */
    static String text(String value) {
        var out = new StringBuilder(value.length() + 8);
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            switch (c) {
                case '\\' -> out.append("\\\\");
                case ';' -> out.append("\\;");
                case ',' -> out.append("\\,");
                case '\r' -> {
                    out.append("\\n");
                    if (i + 1 < value.length() && value.charAt(i + 1) == '\n') {
                        i++;
                    }
                }
                case '\n' -> out.append("\\n");
                default -> {
                    if (c >= ' ' || c == '\t') {
                        out.append(c);
                    }
                }
            }
        }
        return out.toString();
    }

    /** A parameter value: quoted when it holds ':', ';' or ','; double quotes and controls cannot appear. */
    static String param(String value) {
        String clean = value.replaceAll("[\"\\p{Cntrl}]", "");
        return clean.matches(".*[:;,].*") ? '"' + clean + '"' : clean;
    }

    /** Folds one content line into lines of at most 75 octets, continuation lines starting with a space. */
    static String fold(String line) {
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

    private static void line(StringBuilder out, String contentLine) {
        out.append(fold(contentLine)).append(CRLF);
    }
}

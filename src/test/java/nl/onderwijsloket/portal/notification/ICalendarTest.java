package nl.onderwijsloket.portal.notification;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import nl.onderwijsloket.portal.notification.ICalendar.Event;
import nl.onderwijsloket.portal.notification.ICalendar.Method;
import nl.onderwijsloket.portal.notification.ICalendar.Party;
import org.junit.jupiter.api.Test;

/** The hand-written iCalendar: line endings, folding, escaping, stable UIDs, method and sequence. */
class ICalendarTest {

    private static final Party DESK = new Party("noreply@loket.example", "Onderwijsloket Oost");
    private static final Party ANNA = new Party("anna@school.example", "Anna de Vries");
    private static final Instant STAMP = Instant.parse("2026-03-01T09:00:00Z");

    private static Event meeting(long id, String start, String end) {
        return new Event(ICalendar.uid(id, 7), Instant.parse(start), Instant.parse(end), "Lezen – Kennismaking",
                "Het Atrium, Enschede", "Hogeschool\nhttp://localhost:8080/cursus/3");
    }

    private static final List<Event> TWO = List.of(
            meeting(11, "2026-03-03T14:30:00Z", "2026-03-03T16:30:00Z"),
            meeting(12, "2026-04-07T13:30:00Z", "2026-04-07T15:30:00Z"));

    static List<String> unfolded(String ics) {
        return Arrays.asList(ics.replace("\r\n ", "").split("\r\n"));
    }

    @Test
    void aRequestHasOneEventPerMeetingInUtcWithCrlfLineEndings() {
        String ics = ICalendar.write(Method.REQUEST, 1, STAMP, DESK, ANNA, TWO);

        assertThat(ics).endsWith("END:VCALENDAR\r\n");
        assertThat(ics.replace("\r\n", "")).doesNotContain("\n").doesNotContain("\r");
        List<String> lines = unfolded(ics);
        assertThat(lines).startsWith("BEGIN:VCALENDAR", "VERSION:2.0", "PRODID:" + ICalendar.PRODID,
                "CALSCALE:GREGORIAN", "METHOD:REQUEST");
        assertThat(lines).filteredOn(l -> l.equals("BEGIN:VEVENT")).hasSize(2);
        assertThat(lines).contains(
                "UID:meeting-11-employee-7@onderwijsloket-oost",
                "UID:meeting-12-employee-7@onderwijsloket-oost",
                "DTSTART:20260303T143000Z", "DTEND:20260303T163000Z",
                "DTSTART:20260407T133000Z", "DTSTAMP:20260301T090000Z",
                "SEQUENCE:1", "STATUS:CONFIRMED",
                "SUMMARY:Lezen – Kennismaking",
                "LOCATION:Het Atrium\\, Enschede",
                "DESCRIPTION:Hogeschool\\nhttp://localhost:8080/cursus/3",
                "ORGANIZER;CN=Onderwijsloket Oost:mailto:noreply@loket.example",
                "ATTENDEE;CN=Anna de Vries;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=FALSE"
                        + ":mailto:anna@school.example");
    }

    @Test
    void aCancellationKeepsTheUidsAndCarriesAHigherSequence() {
        String request = ICalendar.write(Method.REQUEST, 1, STAMP, DESK, ANNA, TWO);
        String cancel = ICalendar.write(Method.CANCEL, 2, STAMP.plusSeconds(60), DESK, ANNA, TWO);

        assertThat(unfolded(cancel)).contains("METHOD:CANCEL", "SEQUENCE:2", "STATUS:CANCELLED")
                .doesNotContain("STATUS:CONFIRMED");
        assertThat(unfolded(cancel).stream().filter(l -> l.startsWith("UID:")).toList())
                .isEqualTo(unfolded(request).stream().filter(l -> l.startsWith("UID:")).toList());
    }

    @Test
    void uidsDependOnlyOnMeetingAndPerson() {
        assertThat(ICalendar.uid(11, 7)).isEqualTo(ICalendar.uid(11, 7))
                .isEqualTo("meeting-11-employee-7@onderwijsloket-oost");
        assertThat(ICalendar.uid(11, 8)).isNotEqualTo(ICalendar.uid(11, 7));
        assertThat(ICalendar.uid(12, 7)).isNotEqualTo(ICalendar.uid(11, 7));
    }

    @Test
    void textValuesAreEscaped() {
        assertThat(ICalendar.text("a,b;c\\d\ne\r\nf")).isEqualTo("a\\,b\\;c\\\\d\\ne\\nf");
        assertThat(ICalendar.text("bell\u0007less")).isEqualTo("bellless");
        assertThat(ICalendar.param("Vries, Anna de")).isEqualTo("\"Vries, Anna de\"");
        assertThat(ICalendar.param("Anna \"Ans\" de Vries")).isEqualTo("Anna Ans de Vries");
    }

    @Test
    void longLinesAreFoldedAt75OctetsWithoutSplittingACharacter() {
        String line = "SUMMARY:" + "Ontwikkelingsgericht werken met jonge kinderen in de onderbouw – é".repeat(4);
        String folded = ICalendar.fold(line);

        String[] parts = folded.split("\r\n");
        assertThat(parts).hasSizeGreaterThan(3);
        for (int i = 0; i < parts.length; i++) {
            assertThat(parts[i].getBytes(StandardCharsets.UTF_8).length).as("line %d", i).isLessThanOrEqualTo(75);
            if (i > 0) {
                assertThat(parts[i]).startsWith(" ");
            }
        }
        assertThat(parts[0].getBytes(StandardCharsets.UTF_8)).hasSize(75);
        assertThat(folded.replace("\r\n ", "")).isEqualTo(line);
        // Each physical line decodes on its own: no UTF-8 sequence was cut in two.
        for (String part : parts) {
            assertThat(new String(part.getBytes(StandardCharsets.UTF_8), StandardCharsets.UTF_8)).isEqualTo(part);
        }
    }

    @Test
    void aLineOfMultiByteCharactersFoldsOnCharacterBoundaries() {
        String line = "LOCATION:" + "ë".repeat(100);
        for (String part : ICalendar.fold(line).split("\r\n")) {
            int octets = part.getBytes(StandardCharsets.UTF_8).length;
            assertThat(octets).isLessThanOrEqualTo(75);
            assertThat(part.replace(" ", "").replace("LOCATION:", "")).matches("ë*");
        }
        assertThat(ICalendar.fold("SHORT:line")).isEqualTo("SHORT:line");
    }

    @Test
    void aCalendarNeedsAnEvent() {
        assertThatThrownBy(() -> ICalendar.write(Method.REQUEST, 1, STAMP, DESK, ANNA, List.of()))
                .isInstanceOf(IllegalArgumentException.class);
    }
}

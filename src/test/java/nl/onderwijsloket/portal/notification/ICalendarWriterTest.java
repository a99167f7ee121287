package nl.onderwijsloket.portal.notification;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZonedDateTime;
import java.util.List;
import java.util.Map;
import net.fortuna.ical4j.model.Calendar;
import net.fortuna.ical4j.model.Component;
import net.fortuna.ical4j.model.Parameter;
import net.fortuna.ical4j.model.Property;
import net.fortuna.ical4j.model.component.VEvent;
import net.fortuna.ical4j.model.component.VTimeZone;
import net.fortuna.ical4j.model.property.DtStart;
import net.fortuna.ical4j.validate.ValidationResult;
import nl.onderwijsloket.portal.notification.ICalendarWriter.Party;
import org.junit.jupiter.api.Test;

/**
 * The portal's iCalendar, written with ical4j and read back with it: valid with its iTIP method, entries in
 * Europe/Amsterdam with that zone's VTIMEZONE, UID and SEQUENCE as given, organizer and attendee in a
 * REQUEST and a CANCEL alike, lines folded at 75 octets.
 */
class ICalendarWriterTest {

    private static final Party DESK = new Party("noreply@loket.example", "Onderwijsloket Oost");
    private static final Party ANNA = new Party("anna@school.example", "Vries, Anna \"Ans\" de");
    private static final Instant STAMP = Instant.parse("2026-03-01T09:00:00Z");
    private static final ICalendarWriter WRITER = new ICalendarWriter(DESK);

    private static CalendarEvent meeting(long id, LocalDateTime start, LocalDateTime end) {
        return new CalendarEvent("meeting-" + id + "@portaal.example", start, end, "Lezen – Kennismaking",
                "Het Atrium, Enschede", "Hogeschool\nhttp://localhost:8080/cursus/3");
    }

    // One meeting in winter time, one in summer time (the clocks go forward on 29 March 2026).
    private static final List<CalendarEvent> TWO = List.of(
            meeting(11, LocalDateTime.of(2026, 3, 3, 15, 30), LocalDateTime.of(2026, 3, 3, 17, 30)),
            meeting(12, LocalDateTime.of(2026, 4, 7, 15, 30), LocalDateTime.of(2026, 4, 7, 17, 30)));
    private static final Map<String, Integer> SEQUENCES = Map.of("meeting-11@portaal.example", 3,
            "meeting-12@portaal.example", 0);

    private static String write(CalendarMethod method, List<CalendarEvent> events, Map<String, Integer> sequences) {
        return WRITER.write(new CalendarPart(method, events), sequences, STAMP, ANNA);
    }

    @Test
    void aRequestIsValidWithItsMethodAndHasOneEntryPerMeetingInAmsterdamTime() {
        String ics = write(CalendarMethod.REQUEST, TWO, SEQUENCES);
        Calendar calendar = ICalendars.parseValid(ics);

        assertThat(ICalendars.method(calendar)).isEqualTo("REQUEST");
        assertThat(calendar.getProperty(Property.PRODID).orElseThrow().getValue()).isEqualTo(ICalendarWriter.PRODID);
        assertThat(calendar.getProperty(Property.VERSION).orElseThrow().getValue()).isEqualTo("2.0");
        assertThat(ICalendars.uids(calendar)).containsExactly("meeting-11@portaal.example", "meeting-12@portaal.example");
        assertThat(ICalendars.sequences(calendar)).containsExactly(3, 0);

        VEvent first = ICalendars.events(calendar).getFirst();
        DtStart<ZonedDateTime> start = first.getProperty(Property.DTSTART).map(p -> (DtStart<ZonedDateTime>) p).orElseThrow();
        assertThat(start.getParameter(Parameter.TZID).orElseThrow().getValue()).isEqualTo("Europe/Amsterdam");
        assertThat(start.getDate().toInstant()).isEqualTo(Instant.parse("2026-03-03T14:30:00Z"));
        DtStart<ZonedDateTime> summer = ICalendars.events(calendar).get(1).getProperty(Property.DTSTART)
                .map(p -> (DtStart<ZonedDateTime>) p).orElseThrow();
        assertThat(summer.getDate().toInstant()).isEqualTo(Instant.parse("2026-04-07T13:30:00Z"));
        assertThat(ICalendars.value(first, Property.DTSTAMP)).isEqualTo("20260301T090000Z");
        assertThat(ICalendars.value(first, Property.SUMMARY)).isEqualTo("Lezen – Kennismaking");
        assertThat(ICalendars.value(first, Property.LOCATION)).isEqualTo("Het Atrium, Enschede");
        assertThat(ICalendars.value(first, Property.DESCRIPTION)).isEqualTo("Hogeschool\nhttp://localhost:8080/cursus/3");
        assertThat(ICalendars.value(first, Property.STATUS)).isEqualTo("CONFIRMED");
        assertThat(ICalendars.value(first, Property.ORGANIZER)).isEqualTo("mailto:noreply@loket.example");
        assertThat(ICalendars.value(first, Property.ATTENDEE)).isEqualTo("mailto:anna@school.example");
        assertThat(first.getProperty(Property.ATTENDEE).orElseThrow().getParameter(Parameter.CN).orElseThrow()
                .getValue()).isEqualTo("Vries, Anna Ans de");

        List<String> lines = ICalendars.unfolded(ics);
        assertThat(lines).contains("DTSTART;TZID=Europe/Amsterdam:20260303T153000", "LOCATION:Het Atrium\\, Enschede");
        assertThat(ics).endsWith("END:VCALENDAR\r\n");
        assertThat(ics.replace("\r\n", "")).doesNotContain("\n").doesNotContain("\r");
    }

    @Test
    void theTimeZoneIsEuropeAmsterdamWithTheRulesInForce() {
        Calendar calendar = ICalendars.parseValid(write(CalendarMethod.REQUEST, TWO, SEQUENCES));

        List<VTimeZone> zones = calendar.getComponents(Component.VTIMEZONE);
        assertThat(zones).hasSize(1);
        VTimeZone zone = zones.getFirst();
        assertThat(zone.getTimeZoneId().getValue()).isEqualTo("Europe/Amsterdam");
        assertThat(zone.getObservances()).extracting(Component::getName)
                .containsExactlyInAnyOrder("STANDARD", "DAYLIGHT");
        assertThat(zone.getObservances()).allSatisfy(o ->
                assertThat(o.getProperty(Property.RRULE).orElseThrow().getValue()).contains("BYDAY=-1SU"));
    }

    @Test
    void aCancellationCarriesTheUidsOrganizerAndAttendeeAndIsValidForCancel() {
        Map<String, Integer> later = Map.of("meeting-11@portaal.example", 4, "meeting-12@portaal.example", 1);
        Calendar request = ICalendars.parseValid(write(CalendarMethod.REQUEST, TWO, SEQUENCES));
        Calendar cancel = ICalendars.parseValid(write(CalendarMethod.CANCEL, TWO, later));

        assertThat(ICalendars.method(cancel)).isEqualTo("CANCEL");
        assertThat(ICalendars.uids(cancel)).isEqualTo(ICalendars.uids(request));
        assertThat(ICalendars.sequences(cancel)).containsExactly(4, 1);
        for (VEvent event : ICalendars.events(cancel)) {
            assertThat(ICalendars.value(event, Property.STATUS)).isEqualTo("CANCELLED");
            assertThat(ICalendars.value(event, Property.ORGANIZER)).isEqualTo("mailto:noreply@loket.example");
            assertThat(ICalendars.value(event, Property.ATTENDEE)).isEqualTo("mailto:anna@school.example");
        }
    }

    @Test
    void theValidatorAppliesTheITipRules() {
        // The check the tests rely on: ical4j refuses a REQUEST whose entry has no ORGANIZER.
        Calendar calendar = ICalendars.parseValid(write(CalendarMethod.REQUEST, TWO, SEQUENCES));
        ICalendars.events(calendar).getFirst().remove(
                ICalendars.events(calendar).getFirst().getProperty(Property.ORGANIZER).orElseThrow());
        ValidationResult result = calendar.validate();
        assertThat(result.hasErrors()).isTrue();
        assertThat(result.getEntries().toString()).contains("ORGANIZER");
    }

    @Test
    void everyEntryNeedsItsSequence() {
        assertThatThrownBy(() -> write(CalendarMethod.REQUEST, TWO, Map.of("meeting-11@portaal.example", 1)))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("meeting-12");
    }

    @Test
    void textWithLineBreaksSeparatorsAndControlCharactersComesBackAsWritten() {
        var event = new CalendarEvent("meeting-1@portaal.example", LocalDateTime.of(2026, 5, 1, 9, 0),
                LocalDateTime.of(2026, 5, 1, 10, 0), "a,b;c\\d\u0007e", "Zaal 1; gang B", "regel 1\r\nregel 2\rregel 3");
        Calendar calendar = ICalendars.parseValid(
                write(CalendarMethod.REQUEST, List.of(event), Map.of("meeting-1@portaal.example", 0)));

        VEvent read = ICalendars.events(calendar).getFirst();
        assertThat(ICalendars.value(read, Property.SUMMARY)).isEqualTo("a,b;c\\de");
        assertThat(ICalendars.value(read, Property.LOCATION)).isEqualTo("Zaal 1; gang B");
        assertThat(ICalendars.value(read, Property.DESCRIPTION)).isEqualTo("regel 1\nregel 2\nregel 3");
    }

    @Test
    void longLinesAreFoldedAt75OctetsWithoutSplittingACharacter() {
        String title = "Ontwikkelingsgericht werken met jonge kinderen in de onderbouw – é".repeat(4);
        var event = new CalendarEvent("meeting-1@portaal.example", LocalDateTime.of(2026, 5, 1, 9, 0),
                LocalDateTime.of(2026, 5, 1, 10, 0), title, "ë".repeat(100), null);
        String ics = write(CalendarMethod.REQUEST, List.of(event), Map.of("meeting-1@portaal.example", 0));

        for (String line : ics.split("\r\n")) {
            assertThat(line.getBytes(StandardCharsets.UTF_8).length).as(line).isLessThanOrEqualTo(75);
            // Each physical line decodes on its own: no UTF-8 sequence was cut in two.
            assertThat(new String(line.getBytes(StandardCharsets.UTF_8), StandardCharsets.UTF_8)).isEqualTo(line);
        }
        VEvent read = ICalendars.events(ICalendars.parseValid(ics)).getFirst();
        assertThat(ICalendars.value(read, Property.SUMMARY)).isEqualTo(title);
        assertThat(ICalendars.value(read, Property.LOCATION)).isEqualTo("ë".repeat(100));
        assertThat(ICalendarWriter.foldLine("SHORT:line")).isEqualTo("SHORT:line");
    }

    @Test
    void aCalendarPartNeedsEntriesWithTheirOwnUids() {
        assertThatThrownBy(() -> new CalendarPart(CalendarMethod.REQUEST, List.of()))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new CalendarPart(CalendarMethod.REQUEST, List.of(TWO.getFirst(), TWO.getFirst())))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void uidsNameTheThingAndThePortalsHost() {
        var uids = new CalendarUids("https://portaal.onderwijsloket-oost.nl/");
        assertThat(uids.of("meeting", 42)).isEqualTo("meeting-42@portaal.onderwijsloket-oost.nl")
                .isEqualTo(uids.of("meeting", 42)).isNotEqualTo(uids.of("meeting", 43));
        assertThat(new CalendarUids("http://localhost:8080").of("meeting", 1)).isEqualTo("meeting-1@localhost");
        assertThatThrownBy(() -> uids.of("Meeting 1", 1)).isInstanceOf(IllegalArgumentException.class);
    }
}

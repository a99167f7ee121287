package nl.onderwijsloket.portal.enrolment.mail;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TimeZone;
import net.fortuna.ical4j.model.Calendar;
import net.fortuna.ical4j.model.Property;
import net.fortuna.ical4j.model.component.VEvent;
import nl.onderwijsloket.portal.DatabaseTest;
import nl.onderwijsloket.portal.catalogue.CatalogueFixtures;
import nl.onderwijsloket.portal.catalogue.CourseFormat;
import nl.onderwijsloket.portal.catalogue.CourseLevel;
import nl.onderwijsloket.portal.catalogue.EditionDetails;
import nl.onderwijsloket.portal.catalogue.EditionPlan;
import nl.onderwijsloket.portal.catalogue.EditionPlanningService;
import nl.onderwijsloket.portal.catalogue.EditionStatus;
import nl.onderwijsloket.portal.catalogue.MeetingPlan;
import nl.onderwijsloket.portal.catalogue.Theme;
import nl.onderwijsloket.portal.catalogue.data.CourseReadSql;
import nl.onderwijsloket.portal.enrolment.EnrolmentService;
import nl.onderwijsloket.portal.enrolment.EnrolmentFixtures;
import nl.onderwijsloket.portal.notification.CalendarUids;
import nl.onderwijsloket.portal.notification.ICalendars;
import nl.onderwijsloket.portal.notification.TestMailServer;
import nl.onderwijsloket.portal.notification.TestMailServer.Received;
import nl.onderwijsloket.portal.people.JobFunction;
import nl.onderwijsloket.portal.people.Sector;
import nl.onderwijsloket.portal.security.PortalUser;
import nl.onderwijsloket.portal.security.Role;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * A provider changes, removes and adds meetings of an edition with people enrolled, on the real database;
 * the outbox is sent over SMTP to a server inside the test. Everybody enrolled gets a mail in their language
 * whose calendar part ical4j parses and validates (iTIP included): a REQUEST with the UID of the first
 * invitation and a higher SEQUENCE for a changed or added meeting, a CANCEL with that UID for a removed one.
 * People on the waitlist or cancelled get nothing.
 */
@SpringBootTest
@DatabaseTest
@DirtiesContext
class ParticipantsGetMeetingChangesTest {

    private static final TestMailServer SMTP = new TestMailServer();
    private static final String TITLE = "Begrijpend lezen, groep 5 tot 8";

    /*
     * The provider's changes are written through JPA and the mails read meetings with JDBC, as the participant
     * list and My learning do. Both convert through the JVM's default zone, so they agree whatever it is: this
     * test runs in a zone far from the region's (the portal itself pins Europe/Amsterdam at start, see
     * common.RegionTimeZone) and expects the times the provider entered.
     */
    private static final TimeZone PORTAL_ZONE = TimeZone.getTimeZone("Europe/Amsterdam");

    @DynamicPropertySource
    static void mailServer(DynamicPropertyRegistry registry) {
        SMTP.register(registry);
    }

    @AfterAll
    static void stopMailServer() {
        SMTP.stop();
    }

    @Autowired
    EditionPlanningService planning;
    @Autowired
    EnrolmentService enrolments;
    @Autowired
    CalendarUids uids;
    @Autowired
    ApplicationContext context;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    CourseReadSql readSql;
    @Autowired
    Clock clock;

    CatalogueFixtures catalogue;
    EnrolmentFixtures people;
    long course;
    long edition;
    LocalDate start;
    long kickOff;
    long returnDay;
    final List<Long> meetings = new ArrayList<>();
    PortalUser provider;
    PortalUser anna;
    PortalUser bram;
    PortalUser cas;
    PortalUser dewi;

    @BeforeEach
    void setUp() throws Exception {
        TimeZone.setDefault(TimeZone.getTimeZone("Asia/Tokyo"));
        SMTP.purge();
        start = LocalDate.now(clock).plusDays(30);
        catalogue = new CatalogueFixtures(jdbc, readSql, LocalDate.now(clock));
        people = new EnrolmentFixtures(jdbc);
        long providerId = catalogue.provider("Leesacademie");
        course = catalogue.course(providerId, TITLE, "Twee plaatsen.", CourseFormat.ON_SITE,
                CourseLevel.INTRODUCTORY, Set.of(JobFunction.LERAAR), Set.of(Sector.PO), Set.of(Theme.TAAL));
        edition = catalogue.edition(course, 30, 2, 0, EditionStatus.OPEN);
        jdbc.sql("INSERT INTO meeting (edition_id, seq, starts_at, ends_at, topic) VALUES (:e, 2, :s, :t, 'Terugkomdag')")
                .param("e", edition)
                .param("s", Timestamp.valueOf(start.plusDays(7).atTime(9, 0)))
                .param("t", Timestamp.valueOf(start.plusDays(7).atTime(12, 0)))
                .update();
        meetings.addAll(jdbc.sql("SELECT id FROM meeting WHERE edition_id = :e ORDER BY seq").param("e", edition)
                .query(Long.class).list());
        kickOff = meetings.get(0);
        returnDay = meetings.get(1);
        provider = people.account("Cursusbureau Lezen", Set.of(Role.PROVIDER), null, null, providerId);
        long board = people.board("Bestuur Lezen");
        anna = teacher(board, "Anna", "nl");
        bram = teacher(board, "Bram", "en");
        cas = teacher(board, "Cas", "nl");
        dewi = teacher(board, "Dewi", "nl");
        // Anna and Bram take the two seats; Cas and Dewi wait, and Dewi cancels.
        List.of(anna, bram, cas, dewi).forEach(this::enrol);
        EnrolmentFixtures.signIn(dewi);
        enrolments.cancel(enrolmentOf(dewi), null);
        TestMailServer.sendRound(context);
        SMTP.purge();
    }

    private PortalUser teacher(long board, String name, String locale) {
        long employee = people.employee(board, name, "Lezer");
        jdbc.sql("UPDATE employee SET preferred_locale = :l WHERE id = :id").param("l", locale).param("id", employee)
                .update();
        return people.account(name, Set.of(Role.EMPLOYEE), employee, board, null);
    }

    @AfterEach
    void tearDown() {
        TimeZone.setDefault(PORTAL_ZONE);
        SecurityContextHolder.clearContext();
        meetings.forEach(m -> jdbc.sql("DELETE FROM calendar_sequence WHERE uid = :uid").param("uid", uid(m)).update());
        people.removeAll();
        catalogue.removeAll();
    }

    @Test
    void aMovedMeetingUpdatesTheEntryOfEveryoneEnrolledAndNobodyElse() throws Exception {
        Map<Long, Integer> invited = invitationSequences();

        EditionDetails.PlannedMeeting meeting = planned(kickOff);
        EnrolmentFixtures.signIn(provider);
        planning.updateMeeting(kickOff, meeting.version(),
                new MeetingPlan(start.plusDays(2), LocalTime.of(13, 0), LocalTime.of(16, 0), "Kennismaking"));
        // The provider's save only noted the change; the mails are written before the next send round.
        assertThat(noticeRows()).isEqualTo(1);
        assertThat(outboxRows(anna)).isEqualTo(1);

        Map<String, Received> mails = SMTP.sendAndReceive(context, everybody());
        assertThat(mails).containsOnlyKeys(email(anna), email(bram));
        assertThat(noticeRows()).isZero();

        Received dutch = mails.get(email(anna));
        assertThat(dutch.subject()).isEqualTo("Bijeenkomsten gewijzigd: " + TITLE);
        assertThat(dutch.text()).contains("Beste Anna,", "De aanbieder heeft de bijeenkomsten van " + TITLE + " gewijzigd.",
                "Gewijzigd:\n- " + dutchDate(start.plusDays(2)) + ", 13:00–16:00: Kennismaking",
                "Met de bijlage (uitnodiging.ics) werk je de bijeenkomsten in je agenda bij.",
                "Locatie: Testlocatie, Hengelo");
        assertThat(dutch.attachmentType()).contains("method=REQUEST");
        Calendar update = ICalendars.parseValid(dutch.attachment());
        assertThat(ICalendars.method(update)).isEqualTo("REQUEST");
        VEvent entry = ICalendars.events(update).getFirst();
        assertThat(ICalendars.uids(update)).containsExactly(uid(kickOff));
        assertThat(ICalendars.sequence(entry)).isGreaterThan(invited.get(kickOff));
        assertThat(ICalendars.value(entry, Property.DTSTART)).isEqualTo(local(start.plusDays(2), 13, 0));
        assertThat(ICalendars.value(entry, Property.DTEND)).isEqualTo(local(start.plusDays(2), 16, 0));
        assertThat(ICalendars.value(entry, Property.ATTENDEE)).isEqualTo("mailto:" + email(anna));
        assertThat(ICalendars.value(entry, Property.STATUS)).isEqualTo("CONFIRMED");

        Received english = mails.get(email(bram));
        assertThat(english.subject()).isEqualTo("Meetings changed: " + TITLE);
        assertThat(english.text()).contains("Dear Bram,", "Changed:", "The attachment (uitnodiging.ics) updates");
        assertThat(ICalendars.uids(ICalendars.parseValid(english.attachment()))).containsExactly(uid(kickOff));
    }

    @Test
    void aRemovedMeetingIsCancelledWithItsUidInEveryEnrolledCalendar() throws Exception {
        Map<Long, Integer> invited = invitationSequences();

        EnrolmentFixtures.signIn(provider);
        planning.removeMeeting(returnDay, planned(returnDay).version());
        Map<String, Received> mails = SMTP.sendAndReceive(context, everybody());

        assertThat(mails).containsOnlyKeys(email(anna), email(bram));
        Received dutch = mails.get(email(anna));
        assertThat(dutch.subject()).isEqualTo("Bijeenkomst vervallen: " + TITLE);
        assertThat(dutch.text()).contains("geschrapt:\n- " + dutchDate(start.plusDays(7)) + ", 09:00–12:00: Terugkomdag",
                "uit je agenda");
        assertThat(dutch.attachmentType()).contains("method=CANCEL");
        Calendar cancel = ICalendars.parseValid(dutch.attachment());
        assertThat(ICalendars.method(cancel)).isEqualTo("CANCEL");
        VEvent entry = ICalendars.events(cancel).getFirst();
        assertThat(ICalendars.uids(cancel)).containsExactly(uid(returnDay));
        assertThat(ICalendars.sequence(entry)).isGreaterThan(invited.get(returnDay));
        assertThat(ICalendars.value(entry, Property.STATUS)).isEqualTo("CANCELLED");
        assertThat(ICalendars.value(entry, Property.ORGANIZER)).startsWith("mailto:");
        assertThat(ICalendars.value(entry, Property.ATTENDEE)).isEqualTo("mailto:" + email(anna));
        assertThat(mails.get(email(bram)).subject()).isEqualTo("Meeting cancelled: " + TITLE);
    }

    @Test
    void anAddedMeetingAndANewPlaceReachTheEnrolledCalendars() throws Exception {
        EnrolmentFixtures.signIn(provider);
        long added = planning.addMeeting(edition, new MeetingPlan(start.plusDays(14), LocalTime.of(15, 0),
                LocalTime.of(17, 0), "Afsluiting"));
        meetings.add(added);
        Map<String, Received> mails = SMTP.sendAndReceive(context, everybody());
        assertThat(mails).containsOnlyKeys(email(anna), email(bram));
        assertThat(mails.get(email(anna)).text()).contains("Nieuw:\n- " + dutchDate(start.plusDays(14))
                + ", 15:00–17:00: Afsluiting");
        Calendar addition = ICalendars.parseValid(mails.get(email(anna)).attachment());
        assertThat(ICalendars.uids(addition)).containsExactly(uid(added));
        int addedSequence = ICalendars.sequences(addition).getFirst();

        EditionDetails details = planning.edition(edition).orElseThrow();
        EditionPlan plan = details.plan();
        planning.update(edition, details.version(), new EditionPlan(plan.startDate(), plan.endDate(),
                plan.enrolmentDeadline(), plan.cancellationDeadline(), false, "Bibliotheek", "Enschede",
                plan.capacity(), plan.status()), null);
        mails = SMTP.sendAndReceive(context, everybody());
        assertThat(mails).containsOnlyKeys(email(anna), email(bram));
        Calendar moved = ICalendars.parseValid(mails.get(email(anna)).attachment());
        assertThat(ICalendars.uids(moved)).containsExactly(uid(kickOff), uid(returnDay), uid(added));
        assertThat(ICalendars.events(moved)).allSatisfy(e ->
                assertThat(ICalendars.value(e, Property.LOCATION)).isEqualTo("Bibliotheek, Enschede"));
        assertThat(ICalendars.events(moved).get(2)).satisfies(e ->
                assertThat(ICalendars.sequence(e)).isGreaterThan(addedSequence));
    }

    @Test
    void somebodyWhoCancelsBeforeTheMailIsWrittenGetsOnlyTheCancellation() throws Exception {
        EnrolmentFixtures.signIn(provider);
        planning.updateMeeting(kickOff, planned(kickOff).version(),
                new MeetingPlan(start, LocalTime.of(14, 0), LocalTime.of(16, 0), "Kennismaking"));
        EnrolmentFixtures.signIn(anna);
        enrolments.cancel(enrolmentOf(anna), null);

        Map<String, Received> mails = SMTP.sendAndReceive(context, everybody());
        // Anna: her cancellation withdraws every entry; Bram: the update; Cas: the seat Anna freed.
        assertThat(mails).containsOnlyKeys(email(anna), email(bram), email(cas));
        assertThat(mails.get(email(anna)).subject()).isEqualTo("Inschrijving geannuleerd: " + TITLE);
        assertThat(ICalendars.method(ICalendars.parseValid(mails.get(email(anna)).attachment()))).isEqualTo("CANCEL");
        assertThat(mails.get(email(bram)).subject()).isEqualTo("Meetings changed: " + TITLE);
        assertThat(mails.get(email(cas)).attachment()).isNull();
    }

    @Test
    void anEditionWithNobodyEnrolledNotesNothing() throws Exception {
        long empty = catalogue.edition(course, 40, 5, 0, EditionStatus.OPEN);
        long meeting = jdbc.sql("SELECT id FROM meeting WHERE edition_id = :e").param("e", empty)
                .query(Long.class).single();
        meetings.add(meeting);
        PortalUser waiting = teacher(people.board("Bestuur Wacht"), "Wim", "nl");
        jdbc.sql("UPDATE edition SET capacity = 1, seats_taken = 1 WHERE id = :e").param("e", empty).update();
        enrol(waiting, empty);

        EnrolmentFixtures.signIn(provider);
        EditionDetails details = planning.edition(empty).orElseThrow();
        planning.updateMeeting(meeting, details.meetings().getFirst().version(),
                new MeetingPlan(details.plan().startDate(), LocalTime.of(9, 0), LocalTime.of(10, 0), null));

        assertThat(jdbc.sql("SELECT COUNT(*) FROM meeting_notice WHERE edition_id = :e").param("e", empty)
                .query(Integer.class).single()).isZero();
        assertThat(SMTP.sendAndReceive(context, List.of(email(waiting)))).containsOnlyKeys(email(waiting));
        // That one mail is Wim's own waitlist place, no meeting change.
        assertThat(jdbc.sql("SELECT subject FROM mail_outbox WHERE recipient = :r").param("r", email(waiting))
                .query(String.class).list()).allSatisfy(s -> assertThat(s).startsWith("Op de wachtlijst"));
    }

    // --- helpers ---

    /** The SEQUENCE of each meeting's entry in Anna's first invitation, which the setup sent. */
    private Map<Long, Integer> invitationSequences() {
        String ics = jdbc.sql("SELECT ics FROM mail_outbox WHERE recipient = :r AND ics IS NOT NULL ORDER BY id LIMIT 1")
                .param("r", email(anna)).query(String.class).single();
        Calendar invitation = ICalendars.parseValid(ics);
        assertThat(ICalendars.method(invitation)).isEqualTo("REQUEST");
        assertThat(ICalendars.uids(invitation)).containsExactly(uid(kickOff), uid(returnDay));
        return Map.of(kickOff, ICalendars.sequences(invitation).get(0), returnDay, ICalendars.sequences(invitation).get(1));
    }

    private EditionDetails.PlannedMeeting planned(long meetingId) {
        EnrolmentFixtures.signIn(provider);
        return planning.edition(edition).orElseThrow().meetings().stream().filter(m -> m.id() == meetingId)
                .findFirst().orElseThrow();
    }

    private void enrol(PortalUser user) {
        enrol(user, edition);
    }

    private void enrol(PortalUser user, long editionId) {
        EnrolmentFixtures.signIn(user);
        enrolments.enrolSelf(editionId);
    }

    private long enrolmentOf(PortalUser user) {
        return jdbc.sql("SELECT id FROM enrolment WHERE edition_id = :e AND employee_id = :p")
                .param("e", edition).param("p", user.employeeId()).query(Long.class).single();
    }

    private String email(PortalUser user) {
        return jdbc.sql("SELECT email FROM employee WHERE id = :id").param("id", user.employeeId())
                .query(String.class).single();
    }

    private List<String> everybody() {
        return List.of(email(anna), email(bram), email(cas), email(dewi));
    }

    private int outboxRows(PortalUser user) {
        return jdbc.sql("SELECT COUNT(*) FROM mail_outbox WHERE recipient = :r").param("r", email(user))
                .query(Integer.class).single();
    }

    private int noticeRows() {
        return jdbc.sql("SELECT COUNT(*) FROM meeting_notice WHERE edition_id = :e").param("e", edition)
                .query(Integer.class).single();
    }

    private String uid(long meetingId) {
        return uids.of("meeting", meetingId);
    }

    private static String dutchDate(LocalDate day) {
        return DateTimeFormatter.ofPattern("EEEE d MMMM yyyy", Locale.of("nl")).format(day);
    }

    private static String local(LocalDate day, int hour, int minute) {
        return DateTimeFormatter.ofPattern("yyyyMMdd'T'HHmmss").format(day.atTime(hour, minute));
    }
}

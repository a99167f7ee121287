package nl.onderwijsloket.portal.enrolment.mail;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import nl.onderwijsloket.portal.AtOnce;
import nl.onderwijsloket.portal.DatabaseTest;
import nl.onderwijsloket.portal.catalogue.CatalogueFixtures;
import nl.onderwijsloket.portal.catalogue.CourseFormat;
import nl.onderwijsloket.portal.catalogue.CourseLevel;
import nl.onderwijsloket.portal.catalogue.EditionStatus;
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
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Enrolment mails end to end: changes made through {@link EnrolmentService} on the real database, the outbox
 * sent by the job over SMTP to a GreenMail server running inside the test, and the received messages read
 * back: recipient, language, wording, and the calendar attachment (parsed and validated with ical4j, iTIP
 * rules included).
 */
@SpringBootTest
@DatabaseTest
@DirtiesContext
class EnrolmentMailTest {

    private static final TestMailServer SMTP = new TestMailServer();
    private static final ZoneId AMSTERDAM = ZoneId.of("Europe/Amsterdam");
    private static final String TITLE = "Rekenen in de bovenbouw, deel 2";

    @DynamicPropertySource
    static void mailServer(DynamicPropertyRegistry registry) {
        SMTP.register(registry);
    }

    @AfterAll
    static void stopMailServer() {
        SMTP.stop();
    }

    @Autowired
    EnrolmentService enrolments;
    @Autowired
    EnrolmentMails composer;
    @Autowired
    CalendarUids calendarUids;
    @Autowired
    ApplicationContext context;
    @Autowired
    PlatformTransactionManager transactions;
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
    List<Long> meetings;
    PortalUser hrA;
    PortalUser hrB;
    PortalUser anna;
    PortalUser bram;
    PortalUser cas;
    PortalUser dewi;

    @BeforeEach
    void setUp() throws Exception {
        SMTP.purge();
        start = LocalDate.now(clock).plusDays(30);
        catalogue = new CatalogueFixtures(jdbc, readSql, LocalDate.now(clock));
        people = new EnrolmentFixtures(jdbc);
        course = catalogue.course(catalogue.provider("Rekenacademie"), TITLE, "Twee plaatsen.",
                CourseFormat.ON_SITE, CourseLevel.INTRODUCTORY, Set.of(JobFunction.LERAAR), Set.of(Sector.PO),
                Set.of(Theme.GEDRAG));
        edition = catalogue.edition(course, 30, 2, 0, EditionStatus.OPEN);
        jdbc.sql("INSERT INTO meeting (edition_id, seq, starts_at, ends_at, topic) VALUES (:e, 2, :s, :t, 'Terugkomdag')")
                .param("e", edition)
                .param("s", Timestamp.valueOf(start.plusDays(7).atTime(9, 0)))
                .param("t", Timestamp.valueOf(start.plusDays(7).atTime(12, 0)))
                .update();
        meetings = jdbc.sql("SELECT id FROM meeting WHERE edition_id = :e ORDER BY seq").param("e", edition)
                .query(Long.class).list();
        long boardA = people.board("Bestuur A");
        long boardB = people.board("Bestuur B");
        hrA = people.account("Hanna HR", Set.of(Role.HR), null, boardA, null);
        hrB = people.account("Hugo HR", Set.of(Role.HR), null, boardB, null);
        jdbc.sql("UPDATE user_account SET email = CONCAT('hr', id, '@hr.test.example') WHERE id IN (:a, :b)")
                .param("a", hrA.accountId()).param("b", hrB.accountId()).update();
        anna = teacher(boardA, "Anna", "nl");
        bram = teacher(boardA, "Bram", "en");
        cas = teacher(boardA, "Cas", "nl");
        dewi = teacher(boardA, "Dewi", "en");
    }

    private PortalUser teacher(long board, String name, String locale) {
        long employee = people.employee(board, name, "Test");
        jdbc.sql("UPDATE employee SET preferred_locale = :l WHERE id = :id").param("l", locale).param("id", employee)
                .update();
        return people.account(name, Set.of(Role.EMPLOYEE), employee, board, null);
    }

    @AfterEach
    void tearDown() {
        SecurityContextHolder.clearContext();
        meetings.forEach(m -> jdbc.sql("DELETE FROM calendar_sequence WHERE uid = :uid").param("uid", meetingUid(m))
                .update());
        people.removeAll();
        catalogue.removeAll();
    }

    @Test
    void enrolmentWaitlistOfferAndCancellationAreMailedInEachPersonsLanguage() throws Exception {
        List.of(anna, bram, cas, dewi).forEach(this::enrol);

        Map<String, Received> mails = sendAndReceive();
        assertThat(mails).containsOnlyKeys(email(anna), email(bram), email(cas), email(dewi));

        Received confirmation = mails.get(email(anna));
        assertThat(confirmation.subject()).isEqualTo("Inschrijving bevestigd: " + TITLE);
        assertThat(confirmation.text()).contains("Beste Anna,", "Je bent ingeschreven voor " + TITLE,
                "Status: ingeschreven", "Locatie: Testlocatie, Hengelo", "Aanbieder: Rekenacademie",
                dutchDate(start) + ", 15:30–17:30: Kennismaking",
                dutchDate(start.plusDays(7)) + ", 09:00–12:00: Terugkomdag",
                "http://localhost:8080/cursus/" + course);
        assertThat(confirmation.attachmentName()).isEqualTo("uitnodiging.ics");
        assertThat(confirmation.attachmentType()).startsWith("text/calendar").contains("method=REQUEST");
        assertThat(confirmation.inlineCalendarType()).startsWith("text/calendar").contains("method=REQUEST");
        assertThat(confirmation.inlineCalendar()).isEqualTo(confirmation.attachment());
        List<String> request = unfolded(confirmation.attachment());
        assertThat(request).contains("METHOD:REQUEST", "STATUS:CONFIRMED", "TZID:Europe/Amsterdam",
                "DTSTART;TZID=Europe/Amsterdam:" + local(start.atTime(15, 30)),
                "DTEND;TZID=Europe/Amsterdam:" + local(start.atTime(17, 30)),
                "DTSTART;TZID=Europe/Amsterdam:" + local(start.plusDays(7).atTime(9, 0)),
                "SUMMARY:" + TITLE.replace(",", "\\,") + " – Kennismaking",
                "LOCATION:Testlocatie\\, Hengelo");
        assertThat(request).filteredOn("BEGIN:VEVENT"::equals).hasSize(2);
        assertThat(uids(request)).containsExactly(meetingUid(meetings.get(0)), meetingUid(meetings.get(1)));

        Received english = mails.get(email(bram));
        assertThat(english.subject()).isEqualTo("Enrolment confirmed: " + TITLE);
        assertThat(english.text()).contains("Dear Bram,", "Status: enrolled", "Location: Testlocatie, Hengelo");
        // The entries stand for the meetings: every participant's calendar has them under the same UIDs.
        List<String> englishRequest = unfolded(english.attachment());
        assertThat(uids(englishRequest)).isEqualTo(uids(request));
        assertThat(englishRequest).contains("ATTENDEE;CN=Bram Test;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=FALSE:mailto:"
                + email(bram));

        Received waitlist = mails.get(email(cas));
        assertThat(waitlist.subject()).isEqualTo("Op de wachtlijst: " + TITLE);
        assertThat(waitlist.text()).contains("op positie 1", "Status: wachtlijst (positie 1)");
        assertThat(waitlist.attachment()).isNull();
        assertThat(waitlist.inlineCalendar()).isNull();
        assertThat(mails.get(email(dewi)).subject()).isEqualTo("On the waiting list: " + TITLE);
        assertThat(mails.get(email(dewi)).text()).contains("Status: waiting list (position 2)");

        assertThat(jdbc.sql("SELECT COUNT(*) FROM mail_outbox WHERE recipient IN (:r) AND status = 'SENT'"
                        + " AND sent_at IS NOT NULL AND attempts = 1")
                .param("r", List.of(email(anna), email(bram), email(cas), email(dewi))).query(Integer.class).single())
                .isEqualTo(4);

        // Anna cancels: her calendar entries are withdrawn and her seat is offered to Cas.
        EnrolmentFixtures.signIn(anna);
        enrolments.cancel(enrolmentOf(anna), "Ziek");
        mails = sendAndReceive();
        assertThat(mails).containsOnlyKeys(email(anna), email(cas));

        Received cancellation = mails.get(email(anna));
        assertThat(cancellation.subject()).isEqualTo("Inschrijving geannuleerd: " + TITLE);
        assertThat(cancellation.text()).contains("Status: geannuleerd", "Reden: Ziek");
        assertThat(cancellation.attachmentType()).contains("method=CANCEL");
        List<String> cancel = unfolded(cancellation.attachment());
        assertThat(cancel).contains("METHOD:CANCEL", "STATUS:CANCELLED").doesNotContain("STATUS:CONFIRMED");
        assertThat(uids(cancel)).isEqualTo(uids(request));
        assertHigher(sequences(cancel), sequences(request));
        assertHigher(sequences(cancel), sequences(englishRequest));
        assertThat(cancel).contains("ATTENDEE;CN=Anna Test;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=FALSE:mailto:"
                + email(anna)).anyMatch(l -> l.startsWith("ORGANIZER;CN=Onderwijsloket Oost:mailto:"));

        Instant expires = jdbc.sql("SELECT offer_expires_at FROM enrolment WHERE id = :id")
                .param("id", enrolmentOf(cas)).query(Timestamp.class).single().toInstant();
        String deadline = DateTimeFormatter.ofPattern("EEEE d MMMM yyyy 'om' HH:mm", Locale.of("nl"))
                .format(expires.atZone(AMSTERDAM));
        Received offer = mails.get(email(cas));
        assertThat(offer.subject()).isEqualTo("Er is een plaats voor je vrijgekomen: " + TITLE);
        assertThat(offer.text()).contains("Accepteer de plaats in het portaal vóór " + deadline,
                "Status: plaats aangeboden (accepteren vóór " + deadline + ")");
        assertThat(offer.attachment()).isNull();

        // Cas takes the seat: now the meetings go into her calendar.
        EnrolmentFixtures.signIn(cas);
        enrolments.acceptOffer(enrolmentOf(cas));
        mails = sendAndReceive();
        assertThat(mails).containsOnlyKeys(email(cas));
        assertThat(mails.get(email(cas)).subject()).isEqualTo("Plaats geaccepteerd, je bent ingeschreven: " + TITLE);
        List<String> accepted = unfolded(mails.get(email(cas)).attachment());
        assertThat(accepted).contains("METHOD:REQUEST");
        assertThat(uids(accepted)).containsExactly(meetingUid(meetings.get(0)), meetingUid(meetings.get(1)));
        assertHigher(sequences(accepted), sequences(cancel));
    }

    @Test
    void approvalIsAskedOfTheEmployeesHrAndItsOutcomeIsMailed() throws Exception {
        catalogue.requireApproval(course);
        enrol(anna);

        Map<String, Received> mails = sendAndReceive();
        assertThat(mails).containsOnlyKeys(email(anna), hrEmail(hrA));
        assertThat(mails.get(email(anna)).subject())
                .isEqualTo("Je aanvraag wacht op akkoord van je werkgever: " + TITLE);
        assertThat(mails.get(email(anna)).text()).contains("Status: wacht op akkoord werkgever");
        assertThat(mails.get(email(anna)).attachment()).isNull();
        Received asked = mails.get(hrEmail(hrA));
        assertThat(asked.subject()).isEqualTo("Akkoord gevraagd: Anna Test voor " + TITLE);
        assertThat(asked.text()).contains("Beste Hanna HR,", "Medewerker: Anna Test", "Cursus: " + TITLE,
                "http://localhost:8080/cursus/" + course);

        EnrolmentFixtures.signIn(hrA);
        enrolments.approve(enrolmentOf(anna));
        mails = sendAndReceive();
        assertThat(mails).containsOnlyKeys(email(anna));
        assertThat(mails.get(email(anna)).subject()).isEqualTo("Akkoord gegeven, je bent ingeschreven: " + TITLE);
        assertThat(mails.get(email(anna)).text()).contains("Je werkgever heeft akkoord gegeven");
        assertThat(unfolded(mails.get(email(anna)).attachment())).contains("METHOD:REQUEST", "STATUS:CONFIRMED");

        enrol(bram);
        mails = sendAndReceive();
        assertThat(mails.get(email(bram)).subject())
                .isEqualTo("Your request awaits your employer's approval: " + TITLE);
        assertThat(mails.get(hrEmail(hrA)).subject()).isEqualTo("Akkoord gevraagd: Bram Test voor " + TITLE);

        EnrolmentFixtures.signIn(hrA);
        enrolments.decline(enrolmentOf(bram), "Geen budget dit jaar");
        mails = sendAndReceive();
        assertThat(mails).containsOnlyKeys(email(bram));
        assertThat(mails.get(email(bram)).subject()).isEqualTo("Request not approved: " + TITLE);
        assertThat(mails.get(email(bram)).text()).contains("Reason: Geen budget dit jaar", "Status: cancelled");
        assertThat(mails.get(email(bram)).attachment()).isNull();

        // HR books Cas into the last seat; approving Dewi then puts her on the waitlist, and says so.
        enrolments.book(edition, List.of(cas.employeeId()));
        enrol(dewi);
        mails = sendAndReceive();
        assertThat(mails).containsOnlyKeys(email(cas), email(dewi), hrEmail(hrA));
        assertThat(mails.get(email(cas)).subject()).isEqualTo("Inschrijving bevestigd: " + TITLE);
        EnrolmentFixtures.signIn(hrA);
        enrolments.approve(enrolmentOf(dewi));
        mails = sendAndReceive();
        assertThat(mails).containsOnlyKeys(email(dewi));
        assertThat(mails.get(email(dewi)).subject())
                .isEqualTo("Approval given, you are on the waiting list: " + TITLE);
        assertThat(mails.get(email(dewi)).text()).contains("Your employer has approved your request",
                "Status: waiting list (position 1)");
        assertThat(mails.get(email(dewi)).attachment()).isNull();
    }

    @Test
    void mailsComposedAfterSeveralChangesKeepTheirOwnCalendarOrder() {
        // Anna enrols and cancels before the outbox job runs: both mails are composed afterwards, and the
        // cancellation must still supersede the invitation in her calendar.
        enrol(anna);
        enrolments.cancel(enrolmentOf(anna), null);
        assertThat(outboxRows(email(anna))).isZero();

        composer.composePending();

        List<String> ics = jdbc.sql("SELECT ics FROM mail_outbox WHERE recipient = :r ORDER BY id")
                .param("r", email(anna)).query(String.class).list();
        assertThat(ics).hasSize(2);
        List<String> request = unfolded(ics.get(0));
        List<String> cancel = unfolded(ics.get(1));
        assertThat(request).contains("METHOD:REQUEST");
        assertThat(cancel).contains("METHOD:CANCEL");
        assertThat(uids(cancel)).isEqualTo(uids(request));
        assertHigher(sequences(cancel), sequences(request));
    }

    @Test
    void aRolledBackChangeLeavesNoMail() {
        EnrolmentFixtures.signIn(anna);
        new TransactionTemplate(transactions).executeWithoutResult(status -> {
            enrolments.enrolSelf(edition);
            assertThat(noticeRows(anna)).isEqualTo(1);
            status.setRollbackOnly();
        });

        assertThat(noticeRows(anna)).isZero();
        TestMailServer.sendRound(context);
        assertThat(outboxRows(email(anna))).isZero();
        assertThat(jdbc.sql("SELECT COUNT(*) FROM enrolment WHERE employee_id = :p").param("p", anna.employeeId())
                .query(Integer.class).single()).isZero();
    }

    @Test
    void twoNodesComposingAtOnceWriteEveryMailExactlyOnce() throws Exception {
        for (PortalUser person : List.of(anna, bram, cas, dewi)) {
            enrol(person);
        }
        // Two nodes: the same work on the same database, each in its own thread, at the same moment.
        AtOnce.run(() -> composer.composePending(), () -> composer.composePending());

        for (PortalUser person : List.of(anna, bram, cas, dewi)) {
            assertThat(outboxRows(email(person))).as(email(person)).isEqualTo(1);
            assertThat(noticeRows(person)).isZero();
        }
    }

    @Test
    void aNoticeThatCannotBeComposedDoesNotHoldUpTheOthers() {
        enrol(anna);
        enrol(bram);
        // A notice for Anna's enrolment that names an edition which does not exist, ahead of Bram's.
        jdbc.sql("UPDATE enrolment_notice SET edition_id = -1 WHERE employee_id = :p")
                .param("p", anna.employeeId()).update();

        composer.composePending();

        assertThat(noticeRows(anna)).isZero();
        assertThat(noticeRows(bram)).isZero();
        assertThat(outboxRows(email(anna))).isZero();
        assertThat(outboxRows(email(bram))).isEqualTo(1);
    }

    // --- helpers ---

    private void enrol(PortalUser user) {
        EnrolmentFixtures.signIn(user);
        enrolments.enrolSelf(edition);
    }

    private long enrolmentOf(PortalUser user) {
        return jdbc.sql("SELECT id FROM enrolment WHERE edition_id = :e AND employee_id = :p")
                .param("e", edition).param("p", user.employeeId()).query(Long.class).single();
    }

    private String email(PortalUser user) {
        return jdbc.sql("SELECT email FROM employee WHERE id = :id").param("id", user.employeeId())
                .query(String.class).single();
    }

    private String hrEmail(PortalUser user) {
        return jdbc.sql("SELECT email FROM user_account WHERE id = :id").param("id", user.accountId())
                .query(String.class).single();
    }

    private int outboxRows(String recipient) {
        return jdbc.sql("SELECT COUNT(*) FROM mail_outbox WHERE recipient = :r").param("r", recipient)
                .query(Integer.class).single();
    }

    private int noticeRows(PortalUser person) {
        return jdbc.sql("SELECT COUNT(*) FROM enrolment_notice WHERE employee_id = :p").param("p", person.employeeId())
                .query(Integer.class).single();
    }

    /** Runs a send round and returns what this test's people received, by recipient (one mail each). */
    private Map<String, Received> sendAndReceive() throws Exception {
        return SMTP.sendAndReceive(context, List.of(email(anna), email(bram), email(cas), email(dewi), hrEmail(hrA),
                hrEmail(hrB)));
    }

    private static String dutchDate(LocalDate day) {
        return DateTimeFormatter.ofPattern("EEEE d MMMM yyyy", Locale.of("nl")).format(day);
    }

    private static String local(LocalDateTime amsterdam) {
        return DateTimeFormatter.ofPattern("yyyyMMdd'T'HHmmss").format(amsterdam);
    }

    private String meetingUid(long meetingId) {
        return calendarUids.of("meeting", meetingId);
    }

    /** Every entry of {@code later} has a higher SEQUENCE than every entry of {@code earlier}. */
    private static void assertHigher(List<Integer> later, List<Integer> earlier) {
        int highest = earlier.stream().mapToInt(Integer::intValue).max().orElseThrow();
        assertThat(later).isNotEmpty().allSatisfy(s -> assertThat(s).isGreaterThan(highest));
    }

    /** The content lines of a calendar part, after checking that ical4j parses and validates it (iTIP too). */
    private static List<String> unfolded(String ics) {
        assertThat(ics).isNotNull().endsWith("\r\n");
        ICalendars.parseValid(ics);
        return ICalendars.unfolded(ics);
    }

    private static List<String> uids(List<String> lines) {
        return lines.stream().filter(l -> l.startsWith("UID:")).map(l -> l.substring(4)).toList();
    }

    private static List<Integer> sequences(List<String> lines) {
        return lines.stream().filter(l -> l.startsWith("SEQUENCE:")).map(l -> Integer.parseInt(l.substring(9))).toList();
    }
}

package nl.onderwijsloket.portal.notification;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.ServerSocket;
import java.time.Clock;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import net.fortuna.ical4j.model.Calendar;
import nl.onderwijsloket.portal.AtOnce;
import nl.onderwijsloket.portal.DatabaseTest;
import nl.onderwijsloket.portal.notification.TestMailServer.Received;
import nl.onderwijsloket.portal.notification.data.MailOutboxSql;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.support.StaticListableBeanFactory;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.mail.javamail.JavaMailSenderImpl;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.transaction.IllegalTransactionStateException;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The portal's mail API on the real database, sent over SMTP to a server inside the test: a mail is queued
 * only inside a transaction, its calendar part arrives as alternative and attachment, each entry written for a
 * UID carries a higher SEQUENCE than the one before; retries, no mail host, an unreachable server and two
 * sending nodes behave as before.
 */
@SpringBootTest
@DatabaseTest
@DirtiesContext
class OutboxTest {

    private static final TestMailServer SMTP = new TestMailServer();

    @DynamicPropertySource
    static void mailServer(DynamicPropertyRegistry registry) {
        SMTP.register(registry);
    }

    @AfterAll
    static void stopMailServer() {
        SMTP.stop();
    }

    @Autowired
    Outbox outbox;
    @Autowired
    MailOutboxSql table;
    @Autowired
    OutboxSender sender;
    @Autowired
    ObjectProvider<JavaMailSender> mailSender;
    @Autowired
    PlatformTransactionManager transactions;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    Clock clock;
    @Autowired
    ApplicationContext context;

    final String tag = Long.toString(System.nanoTime(), 36);
    final List<String> recipients = new ArrayList<>();

    private String recipient(String name) {
        String address = name + "." + tag + "@test.example";
        recipients.add(address);
        return address;
    }

    private String uid(int n) {
        return "outbox-test-" + n + "-" + tag + "@portaal.example";
    }

    @AfterEach
    void tearDown() {
        recipients.forEach(r -> jdbc.sql("DELETE FROM mail_outbox WHERE recipient = :r").param("r", r).update());
        jdbc.sql("DELETE FROM calendar_sequence WHERE uid LIKE :tag").param("tag", "outbox-test-%-" + tag + "@%")
                .update();
    }

    private void queue(OutgoingMail mail) {
        new TransactionTemplate(transactions).executeWithoutResult(status -> outbox.queue(mail));
    }

    private CalendarPart calendar(CalendarMethod method, int... uids) {
        var events = new ArrayList<CalendarEvent>();
        for (int n : uids) {
            LocalDateTime start = LocalDateTime.of(2026, 6, 1 + n, 9, 0);
            events.add(new CalendarEvent(uid(n), start, start.plusHours(2), "Bijeenkomst " + n, "Zaal " + n, null));
        }
        return new CalendarPart(method, events);
    }

    private String outboxState(String recipient) {
        return jdbc.sql("SELECT CONCAT(status, ' ', attempts) FROM mail_outbox WHERE recipient = :r")
                .param("r", recipient).query(String.class).single();
    }

    @Test
    void aMailIsQueuedOnlyInsideTheCallersTransactionAndRollsBackWithIt() {
        String anna = recipient("anna");
        var mail = new OutgoingMail(anna, "Anna", "Onderwerp", "Tekst");

        assertThatThrownBy(() -> outbox.queue(mail)).isInstanceOf(IllegalTransactionStateException.class);
        new TransactionTemplate(transactions).executeWithoutResult(status -> {
            outbox.queue(mail);
            status.setRollbackOnly();
        });
        assertThat(jdbc.sql("SELECT COUNT(*) FROM mail_outbox WHERE recipient = :r").param("r", anna)
                .query(Integer.class).single()).isZero();

        queue(mail);
        assertThat(outboxState(anna)).isEqualTo("PENDING 0");
    }

    @Test
    void aCalendarPartArrivesAsAlternativeAndAttachmentWithItsMethod() throws Exception {
        String anna = recipient("anna");
        String bram = recipient("bram");
        queue(new OutgoingMail(anna, "Anna de Vries", "Uitnodiging", "Tekst", calendar(CalendarMethod.REQUEST, 1, 2)));
        queue(new OutgoingMail(bram, "Bram", "Zonder agenda", "Alleen tekst"));

        Map<String, Received> mails = SMTP.sendAndReceive(context, recipients);

        Received invitation = mails.get(anna);
        assertThat(invitation.subject()).isEqualTo("Uitnodiging");
        assertThat(invitation.text()).isEqualTo("Tekst");
        assertThat(invitation.attachmentName()).isEqualTo(OutboxSender.ATTACHMENT_NAME);
        assertThat(invitation.attachmentType()).startsWith("text/calendar").contains("method=REQUEST");
        assertThat(invitation.inlineCalendarType()).startsWith("text/calendar").contains("method=REQUEST");
        assertThat(invitation.inlineCalendar()).isEqualTo(invitation.attachment());
        Calendar calendar = ICalendars.parseValid(invitation.attachment());
        assertThat(ICalendars.uids(calendar)).containsExactly(uid(1), uid(2));
        assertThat(ICalendars.sequences(calendar)).containsExactly(0, 0);
        assertThat(ICalendars.value(ICalendars.events(calendar).getFirst(), "ATTENDEE")).isEqualTo("mailto:" + anna);

        assertThat(mails.get(bram).text()).isEqualTo("Alleen tekst");
        assertThat(mails.get(bram).attachment()).isNull();
        assertThat(mails.get(bram).inlineCalendar()).isNull();
    }

    @Test
    void everyEntryWrittenForAUidHasAHigherSequenceThanTheOneBefore() {
        String anna = recipient("anna");
        String bram = recipient("bram");
        queue(new OutgoingMail(anna, "Anna", "1", "x", calendar(CalendarMethod.REQUEST, 1)));
        queue(new OutgoingMail(bram, "Bram", "2", "x", calendar(CalendarMethod.REQUEST, 1, 2)));
        queue(new OutgoingMail(anna, "Anna", "3", "x", calendar(CalendarMethod.CANCEL, 1)));
        queue(new OutgoingMail(anna, "Anna", "4", "x", calendar(CalendarMethod.REQUEST, 1)));

        List<Calendar> written = jdbc.sql("SELECT ics FROM mail_outbox WHERE recipient IN (:r) ORDER BY id")
                .param("r", recipients).query(String.class).list().stream().map(ICalendars::parseValid).toList();
        assertThat(written).extracting(ICalendars::method).containsExactly("REQUEST", "REQUEST", "CANCEL", "REQUEST");
        assertThat(ICalendars.sequences(written.get(0))).containsExactly(0);
        assertThat(ICalendars.sequences(written.get(1))).containsExactly(1, 0);
        assertThat(ICalendars.sequences(written.get(2))).containsExactly(2);
        // A REQUEST after a CANCEL is never lower, so the entry comes back.
        assertThat(ICalendars.sequences(written.get(3))).containsExactly(3);
    }

    @Test
    void aMailTheServerCannotTakeFailsAfterFiveAttempts() {
        String broken = "kapot@@" + tag + ".test.example";
        recipients.add(broken);
        queue(new OutgoingMail(broken, "Kapot", "Onbestelbaar", "Tekst"));

        for (int attempt = 1; attempt <= OutboxSender.MAX_ATTEMPTS; attempt++) {
            sender.sendPending();
            assertThat(outboxState(broken)).isEqualTo((attempt < OutboxSender.MAX_ATTEMPTS ? "PENDING " : "FAILED ")
                    + attempt);
        }
        sender.sendPending();
        assertThat(outboxState(broken)).isEqualTo("FAILED 5");
        assertThat(jdbc.sql("SELECT last_error FROM mail_outbox WHERE recipient = :r").param("r", broken)
                .query(String.class).single()).contains("AddressException");
    }

    @Test
    void withoutAMailHostOrAReachableServerMailsWaitWithoutUsingAttempts() throws Exception {
        String waiting = recipient("wacht");
        queue(new OutgoingMail(waiting, "Wacht", "Wacht", "Tekst"));

        var noHost = new OutboxSender(table, List.of(),
                new StaticListableBeanFactory().getBeanProvider(JavaMailSender.class), transactions, clock,
                "noreply@test.example", "Portaal");
        assertThat(noHost.sendPending()).isZero();
        assertThat(outboxState(waiting)).isEqualTo("PENDING 0");

        int closedPort;
        try (var socket = new ServerSocket(0)) {
            closedPort = socket.getLocalPort();
        }
        var unreachable = new JavaMailSenderImpl();
        unreachable.setHost("127.0.0.1");
        unreachable.setPort(closedPort);
        var serverDown = new OutboxSender(table, List.of(),
                new StaticListableBeanFactory(Map.of("mailSender", unreachable)).getBeanProvider(JavaMailSender.class),
                transactions, clock, "noreply@test.example", "Portaal");
        assertThat(serverDown.sendPending()).isZero();
        assertThat(outboxState(waiting)).isEqualTo("PENDING 0");

        sender.sendPending();
        assertThat(outboxState(waiting)).isEqualTo("SENT 1");
    }

    @Test
    void twoNodesSendingAtOnceSendEveryMailExactlyOnce() throws Exception {
        SMTP.purge();
        for (int i = 0; i < 30; i++) {
            queue(new OutgoingMail(recipient("node" + i), "Node " + i, "Bericht " + i, "Tekst " + i));
        }
        var otherNode = new OutboxSender(table, List.of(), mailSender, transactions, clock, "noreply@test.example",
                "Node 2");
        // Two nodes: the same work on the same database, each in its own thread, at the same moment.
        AtOnce.run(() -> sender.sendPending(), () -> otherNode.sendPending());

        Map<String, Integer> received = SMTP.countByRecipient();
        recipients.forEach(r -> assertThat(received.get(r)).as(r).isEqualTo(1));
        assertThat(jdbc.sql("SELECT COUNT(*) FROM mail_outbox WHERE recipient IN (:r) AND status = 'SENT'"
                        + " AND attempts = 1")
                .param("r", recipients).query(Integer.class).single()).isEqualTo(30);
    }
}

package nl.onderwijsloket.portal.notification;

import jakarta.activation.DataHandler;
import jakarta.mail.MessagingException;
import jakarta.mail.Part;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeBodyPart;
import jakarta.mail.internet.MimeMessage;
import jakarta.mail.internet.MimeMultipart;
import jakarta.mail.util.ByteArrayDataSource;
import java.io.UnsupportedEncodingException;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.util.Date;
import java.util.List;
import java.util.Objects;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import nl.onderwijsloket.portal.notification.data.MailOutboxSql;
import nl.onderwijsloket.portal.notification.data.PendingMail;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.mail.javamail.JavaMailSenderImpl;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Sends the outbox over SMTP (Spring's {@link JavaMailSender}, configured by {@code spring.mail.*}). Before
 * each round it runs every feature's {@link MailComposer}, which write their deferred mails through
 * {@link Outbox} in batches that {@link MailComposition} runs one after the other across nodes.
 *
 * <p>Each mail is sent in its own short transaction that first locks its row with
 * {@code FOR UPDATE SKIP LOCKED}: the lock is the claim, held until the outcome (SENT, or one more failed
 * attempt) is written, so several portal nodes can run this job at once and no row is sent twice by two
 * nodes; a node that dies mid-send loses its lock with its connection and the row is tried again. SMTP
 * timeouts ({@code spring.mail.properties.mail.smtp.*timeout}) bound how long a row stays locked.
 *
 * <p>Before a run the SMTP server is probed: when it cannot be reached nothing is attempted, so an outage
 * does not use up the attempts of every waiting mail. A mail the server refuses counts as a failed attempt;
 * after {@value #MAX_ATTEMPTS} it is FAILED. Without a mail host (the embedded demo default) mails stay
 * PENDING and are sent once a host is configured.
 */
@Component
class OutboxSender {

    static final int MAX_ATTEMPTS = 5;
    static final String ATTACHMENT_NAME = "uitnodiging.ics";
    private static final int BATCH = 50;
    private static final Pattern METHOD = Pattern.compile("^METHOD:(\\w+)\\r?$", Pattern.MULTILINE);
    private static final Logger LOG = LoggerFactory.getLogger(OutboxSender.class);

    private final MailOutboxSql outbox;
    private final List<MailComposer> composers;
    private final ObjectProvider<JavaMailSender> mailSender;
    private final TransactionTemplate transaction;
    private final Clock clock;
    private final String from;
    private final String fromName;
    private boolean toldNoHost;
    private boolean serverDown;

    OutboxSender(MailOutboxSql outbox, List<MailComposer> composers, ObjectProvider<JavaMailSender> mailSender,
                 PlatformTransactionManager transactions, Clock clock,
                 @Value("${portal.mail.from:noreply@onderwijsloket-oost.example}") String from,
                 @Value("${portal.mail.from-name:Onderwijsloket Oost}") String fromName) {
        this.outbox = outbox;
        this.composers = List.copyOf(composers);
        this.mailSender = mailSender;
        this.transaction = new TransactionTemplate(transactions);
        // No gap locks: claiming a row must not hold up the enrolments that add new rows meanwhile.
        this.transaction.setIsolationLevel(TransactionDefinition.ISOLATION_READ_COMMITTED);
        this.clock = clock;
        this.from = from;
        this.fromName = fromName;
    }

    /** Composes the mails of recent changes, then sends what is pending; returns how many mails were sent. */
    @Scheduled(fixedDelayString = "${portal.mail.send-interval-ms:15000}",
            initialDelayString = "${portal.mail.send-interval-ms:15000}")
    synchronized int sendPending() {
        composers.forEach(MailComposer::composePending);
        JavaMailSender sender = mailSender.getIfAvailable();
        if (sender == null) {
            if (!toldNoHost) {
                toldNoHost = true;
                LOG.info("No mail host configured (spring.mail.host): e-mails wait in mail_outbox until one is");
            }
            return 0;
        }
        if (!outbox.hasPending() || !reachable(sender)) {
            return 0;
        }
        int sent = 0;
        long after = 0;
        for (int i = 0; i < BATCH; i++) {
            long previous = after;
            // Ids only grow within a run, so a row that just failed is not tried again in the same run.
            Outcome outcome = transaction.execute(status -> outbox.claimNext(previous)
                    .map(mail -> send(sender, mail)).orElse(null));
            if (outcome == null) {
                break;
            }
            after = outcome.id();
            sent += outcome.sent() ? 1 : 0;
        }
        return sent;
    }

    private record Outcome(long id, boolean sent) {
    }

    private Outcome send(JavaMailSender sender, PendingMail mail) {
        try {
            sender.send(message(sender, mail));
            outbox.sent(mail.id(), clock.instant());
            return new Outcome(mail.id(), true);
        } catch (MessagingException | UnsupportedEncodingException | RuntimeException e) {
            // Any failure counts against this mail, so one that can never be sent cannot block the outbox.
            String error = e.getClass().getSimpleName() + ": " + Objects.toString(e.getMessage(), "");
            LOG.warn("Mail {} to {} not sent (attempt {} of {}): {}", mail.id(), mail.recipient(),
                    mail.attempts() + 1, MAX_ATTEMPTS, error);
            outbox.failed(mail.id(), error, MAX_ATTEMPTS);
            return new Outcome(mail.id(), false);
        }
    }

    /** Whether the SMTP server answers; logs when it stops and starts answering. */
    private boolean reachable(JavaMailSender sender) {
        if (!(sender instanceof JavaMailSenderImpl smtp)) {
            return true;
        }
        try {
            smtp.testConnection();
            if (serverDown) {
                serverDown = false;
                LOG.info("Mail server {}:{} reachable again", smtp.getHost(), smtp.getPort());
            }
            return true;
        } catch (MessagingException e) {
            if (!serverDown) {
                serverDown = true;
                LOG.warn("Mail server {}:{} not reachable; e-mails wait in mail_outbox: {}", smtp.getHost(),
                        smtp.getPort(), e.getMessage());
            }
            return false;
        }
    }

    /**
     * A plain-text mail; with a calendar, a multipart/mixed of [text, calendar] alternatives (so mail
     * clients offer to add or remove the meetings) plus the same calendar as attachment {@value #ATTACHMENT_NAME}.
     */
    MimeMessage message(JavaMailSender sender, PendingMail mail) throws MessagingException, UnsupportedEncodingException {
        MimeMessage message = sender.createMimeMessage();
        message.setFrom(new InternetAddress(from, fromName, StandardCharsets.UTF_8.name()));
        message.setRecipient(MimeMessage.RecipientType.TO, new InternetAddress(mail.recipient(), true));
        message.setSubject(mail.subject(), StandardCharsets.UTF_8.name());
        message.setSentDate(Date.from(clock.instant()));
        if (mail.ics() == null) {
            message.setText(mail.body(), StandardCharsets.UTF_8.name());
            return message;
        }
        String calendarType = "text/calendar; method=" + method(mail.ics()) + "; charset=UTF-8";
        byte[] calendar = mail.ics().getBytes(StandardCharsets.UTF_8);

        var text = new MimeBodyPart();
        text.setText(mail.body(), StandardCharsets.UTF_8.name());
        var inline = new MimeBodyPart();
        inline.setDataHandler(new DataHandler(new ByteArrayDataSource(calendar, calendarType)));
        var alternatives = new MimeMultipart("alternative", text, inline);
        var body = new MimeBodyPart();
        body.setContent(alternatives);

        var attachment = new MimeBodyPart();
        attachment.setDataHandler(new DataHandler(new ByteArrayDataSource(calendar, calendarType)));
        attachment.setFileName(ATTACHMENT_NAME);
        attachment.setDisposition(Part.ATTACHMENT);

        message.setContent(new MimeMultipart("mixed", body, attachment));
        return message;
    }

    static String method(String ics) {
        Matcher matcher = METHOD.matcher(ics);
        return matcher.find() ? matcher.group(1) : "PUBLISH";
    }
}

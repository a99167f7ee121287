package nl.onderwijsloket.portal.notification;

import static org.assertj.core.api.Assertions.assertThat;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetupTest;
import jakarta.mail.Multipart;
import jakarta.mail.Part;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;
import java.nio.charset.StandardCharsets;
import java.util.Collection;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import org.springframework.context.ApplicationContext;
import org.springframework.test.context.DynamicPropertyRegistry;

/**
 * An SMTP server inside the test (GreenMail) that the portal's outbox sender delivers to, and the mails it
 * received taken apart, for the tests of every feature that mails.
 */
public final class TestMailServer {

    private final GreenMail smtp = new GreenMail(ServerSetupTest.SMTP.dynamicPort());

    /** Starts the server and points {@code spring.mail.*} at it; the send job's own schedule is pushed away. */
    public void register(DynamicPropertyRegistry registry) {
        if (!smtp.isRunning()) {
            smtp.start();
        }
        registry.add("spring.mail.host", () -> smtp.getSmtp().getServerSetup().getBindAddress());
        registry.add("spring.mail.port", () -> smtp.getSmtp().getPort());
        // The tests run the sender themselves; the scheduler must not race them.
        registry.add("portal.mail.send-interval-ms", () -> "86400000");
    }

    public void stop() {
        smtp.stop();
    }

    public void purge() throws Exception {
        smtp.purgeEmailFromAllMailboxes();
    }

    public MimeMessage[] received() {
        return smtp.getReceivedMessages();
    }

    /** Runs the portal's send round (composers first, then sending), as the scheduled job does. */
    public static int sendRound(ApplicationContext context) {
        return context.getBean(OutboxSender.class).sendPending();
    }

    /**
     * Runs a send round and returns what the given recipients received since the last call, by recipient (one
     * mail each), then empties the server. Mails other tests left in the shared outbox may arrive too; they
     * are not looked at.
     */
    public Map<String, Received> sendAndReceive(ApplicationContext context, Collection<String> recipients)
            throws Exception {
        sendRound(context);
        Set<String> ours = Set.copyOf(recipients);
        Map<String, Received> mails = new HashMap<>();
        for (MimeMessage message : smtp.getReceivedMessages()) {
            if (!ours.contains(recipient(message))) {
                continue;
            }
            Received mail = Received.of(message);
            assertThat(mails.put(mail.to(), mail)).as("second mail to " + mail.to()).isNull();
        }
        smtp.purgeEmailFromAllMailboxes();
        return mails;
    }

    public static String recipient(MimeMessage message) throws Exception {
        return ((InternetAddress) message.getAllRecipients()[0]).getAddress();
    }

    /**
     * A received mail, taken apart: plain text (with LF line ends, as the portal wrote it), the calendar
     * alternative and the calendar attachment.
     */
    public record Received(String to, String subject, String text, @Nullable String inlineCalendar,
                           @Nullable String inlineCalendarType, @Nullable String attachment,
                           @Nullable String attachmentType, @Nullable String attachmentName) {

        public static Received of(MimeMessage message) throws Exception {
            var parts = new Parts();
            parts.walk(message);
            return new Received(recipient(message), message.getSubject(), parts.text, parts.inline, parts.inlineType,
                    parts.attachment, parts.attachmentType, parts.attachmentName);
        }

        private static final class Parts {
            String text = "";
            String inline;
            String inlineType;
            String attachment;
            String attachmentType;
            String attachmentName;

            void walk(Part part) throws Exception {
                if (part.isMimeType("multipart/*")) {
                    Multipart multipart = (Multipart) part.getContent();
                    for (int i = 0; i < multipart.getCount(); i++) {
                        walk(multipart.getBodyPart(i));
                    }
                } else if (part.isMimeType("text/plain")) {
                    text = ((String) part.getContent()).replace("\r\n", "\n"); // SMTP sends CRLF
                } else if (part.isMimeType("text/calendar")) {
                    String content = new String(part.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
                    if (Part.ATTACHMENT.equalsIgnoreCase(part.getDisposition())) {
                        attachment = content;
                        attachmentType = part.getContentType();
                        attachmentName = part.getFileName();
                    } else {
                        inline = content;
                        inlineType = part.getContentType();
                    }
                }
            }
        }
    }

    /** For tests that only need the count of mails per recipient. */
    public Map<String, Integer> countByRecipient() throws Exception {
        Map<String, Integer> received = new HashMap<>();
        for (MimeMessage message : smtp.getReceivedMessages()) {
            received.merge(recipient(message), 1, Integer::sum);
        }
        return received;
    }
}

package nl.onderwijsloket.portal.notification;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.util.Map;
import nl.onderwijsloket.portal.notification.data.CalendarSequenceSql;
import nl.onderwijsloket.portal.notification.data.MailOutboxSql;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * The portal's one way to send a mail, for every feature: {@link #queue} writes it to the {@code mail_outbox}
 * table in the caller's transaction, so it commits or rolls back with the change it reports, and the sender
 * job delivers it later (with retries, on any node, or not at all while no mail host is configured).
 *
 * <p>A mail with a {@link CalendarPart} gets an iCalendar object written with ical4j: the portal's sender
 * address ({@code portal.mail.from}) as ORGANIZER, the recipient as ATTENDEE, and for each entry the next
 * SEQUENCE of its UID, taken from {@code calendar_sequence} as the entry is written, so every later entry of
 * a UID (a REQUEST after a CANCEL too) carries a higher number.
 *
 * <p>Mails composed later from notices go through {@link MailComposition}, so that what an entry says and the
 * SEQUENCE it gets follow the order of the changes.
 */
@Component
public class Outbox {

    /** The {@code mail_outbox.ics} column is a TEXT: at most 65,535 bytes. */
    static final int ICS_BYTES = 65_535;

    private final MailOutboxSql table;
    private final CalendarSequenceSql sequences;
    private final ICalendarWriter writer;
    private final Clock clock;

    Outbox(MailOutboxSql table, CalendarSequenceSql sequences, Clock clock,
           @Value("${portal.mail.from:noreply@onderwijsloket-oost.example}") String from,
           @Value("${portal.mail.from-name:Onderwijsloket Oost}") String fromName) {
        this.table = table;
        this.sequences = sequences;
        this.writer = new ICalendarWriter(new ICalendarWriter.Party(from, fromName));
        this.clock = clock;
    }

    /** Puts the mail in the outbox, inside the caller's transaction (there must be one). */
    @Transactional(propagation = Propagation.MANDATORY)
    public void queue(OutgoingMail mail) {
        Instant now = clock.instant();
        String ics = null;
        if (mail.calendar() != null) {
            Map<String, Integer> numbers = sequences.next(mail.calendar().uids());
            ics = writer.write(mail.calendar(), numbers, now, new ICalendarWriter.Party(mail.to(), mail.toName()));
            if (ics.getBytes(StandardCharsets.UTF_8).length > ICS_BYTES) {
                throw new IllegalArgumentException("Calendar of " + mail.calendar().events().size()
                        + " entries too large for one mail to " + mail.to());
            }
        }
        table.add(mail.to(), mail.subject(), mail.text(), ics, now);
    }
}

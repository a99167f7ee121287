package nl.onderwijsloket.portal.enrolment.mail;

import java.time.Clock;
import nl.onderwijsloket.portal.notification.MailComposition;
import nl.onderwijsloket.portal.notification.Outbox;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/** What every enrolment mail composer works with: the facts, the outbox, the batch, the texts and the time. */
@Component
record MailContext(EnrolmentMailSql queries, Outbox outbox, MailComposition composition, EditionTexts editions,
                   MessageSource messages, Clock clock) {
}

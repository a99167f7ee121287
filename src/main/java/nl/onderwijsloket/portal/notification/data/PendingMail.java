package nl.onderwijsloket.portal.notification.data;

import org.jspecify.annotations.Nullable;

/** An outbox row claimed for sending. */
public record PendingMail(long id, String recipient, String subject, String body, @Nullable String ics, int attempts) {
}

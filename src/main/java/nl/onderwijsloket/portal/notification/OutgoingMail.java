package nl.onderwijsloket.portal.notification;

import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * A mail as a feature hands it to the {@link Outbox}: already written in the recipient's language (the
 * feature renders its own translations, for example with {@link MailText}). {@code toName} is how the
 * recipient appears in the calendar part (the ATTENDEE's name).
 */
public record OutgoingMail(String to, String toName, String subject, String text, @Nullable CalendarPart calendar) {

    public OutgoingMail {
        Objects.requireNonNull(to, "to");
        Objects.requireNonNull(toName, "toName");
        Objects.requireNonNull(subject, "subject");
        Objects.requireNonNull(text, "text");
        if (to.isBlank()) {
            throw new IllegalArgumentException("A mail needs a recipient");
        }
    }

    /** A mail without a calendar part. */
    public OutgoingMail(String to, String toName, String subject, String text) {
        this(to, toName, subject, text, null);
    }
}

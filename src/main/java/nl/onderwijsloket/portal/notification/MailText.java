package nl.onderwijsloket.portal.notification;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import org.springframework.context.MessageSource;

/**
 * The translations and date formats of one recipient's language, for writing a mail. The keys are the
 * calling feature's own; the formats are the same in every mail of the portal (a weekday and a date in
 * words, times as 24-hour clock, both in {@link CalendarEvent#ZONE}).
 */
public final class MailText {

    private final MessageSource messages;
    private final Locale locale;
    private final DateTimeFormatter date;
    private final DateTimeFormatter time;

    public MailText(MessageSource messages, Locale locale) {
        this.messages = messages;
        this.locale = locale;
        this.date = DateTimeFormatter.ofPattern("EEEE d MMMM yyyy", locale);
        this.time = DateTimeFormatter.ofPattern("HH:mm", locale);
    }

    public Locale locale() {
        return locale;
    }

    public String get(String key, Object... args) {
        return messages.getMessage(key, args, locale);
    }

    /** {@code Label: value}, or {@code Label:} alone when the value is empty (a list follows). */
    public String label(String key, String value) {
        return value.isEmpty() ? get(key) + ":" : get(key) + ": " + value;
    }

    public String date(LocalDate day) {
        return date.format(day);
    }

    public String time(LocalDateTime moment) {
        return time.format(moment);
    }

    /** A moment as a local date and time in the region, joined by the given key ({0} date, {1} time). */
    public String dateTime(String key, Instant moment) {
        LocalDateTime local = LocalDateTime.ofInstant(moment, CalendarEvent.ZONE);
        return get(key, date(local.toLocalDate()), time(local));
    }
}

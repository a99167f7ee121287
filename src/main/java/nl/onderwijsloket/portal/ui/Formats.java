package nl.onderwijsloket.portal.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import java.text.NumberFormat;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.time.temporal.TemporalAccessor;
import java.util.Locale;
import nl.onderwijsloket.portal.common.PortalI18nProvider;

/**
 * How every screen writes dates, times and amounts: in the language of the current UI (Dutch or English),
 * and in Dutch where there is no UI (a plain unit test, a background thread). Times of day are written
 * as 24-hour clock times in both languages, as everywhere in the Netherlands; moments ({@link Instant})
 * are shown in the portal's time zone, Europe/Amsterdam.
 */
public final class Formats {

    /** The time zone of the region, in which stored moments are shown. */
    public static final ZoneId ZONE = ZoneId.of("Europe/Amsterdam");

    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH:mm");

    private Formats() {
    }

    /** The current UI's language, Dutch when there is no UI. */
    public static Locale locale() {
        UI ui = UI.getCurrent();
        return ui == null ? PortalI18nProvider.DUTCH : PortalI18nProvider.supported(ui.getLocale());
    }

    /** "3 maart 2027" / "March 3, 2027". */
    public static String date(LocalDate date) {
        return DateTimeFormatter.ofLocalizedDate(FormatStyle.LONG).withLocale(locale()).format(date);
    }

    /** "3 mrt 2027" / "Mar 3, 2027": for lists and grids. */
    public static String shortDate(LocalDate date) {
        return DateTimeFormatter.ofLocalizedDate(FormatStyle.MEDIUM).withLocale(locale()).format(date);
    }

    /** "woensdag 3 maart 2027" / "Wednesday, March 3, 2027". */
    public static String dayAndDate(LocalDate date) {
        return DateTimeFormatter.ofLocalizedDate(FormatStyle.FULL).withLocale(locale()).format(date);
    }

    /** From one date to another, "3 maart 2027 t/m 5 maart 2027", or the one date when they are the same. */
    public static String period(Component c, LocalDate start, LocalDate end) {
        return start.equals(end) ? date(start) : c.getTranslation("date.period", date(start), date(end));
    }

    /** As {@link #period}, with short dates: "3 mrt 2027 t/m 5 mrt 2027". */
    public static String shortPeriod(Component c, LocalDate start, LocalDate end) {
        return start.equals(end) ? shortDate(start) : c.getTranslation("date.period", shortDate(start), shortDate(end));
    }

    /** "3 mrt" / "3 Mar": a day of the year, where the year goes without saying (a column header). */
    public static String dayAndMonth(TemporalAccessor date) {
        return DateTimeFormatter.ofPattern("d MMM", locale()).format(date);
    }

    /** "15:30". */
    public static String time(TemporalAccessor time) {
        return TIME.format(time);
    }

    /** "15:30–17:30". */
    public static String timeRange(TemporalAccessor start, TemporalAccessor end) {
        return time(start) + "–" + time(end);
    }

    /** "3 mrt 2027 15:30" / "Mar 3, 2027, 3:30 PM". */
    public static String dateTime(LocalDateTime dateTime) {
        return DateTimeFormatter.ofLocalizedDateTime(FormatStyle.MEDIUM, FormatStyle.SHORT).withLocale(locale())
                .format(dateTime);
    }

    /** A stored moment as the date and time it was in the region. */
    public static String dateTime(Instant instant) {
        return dateTime(LocalDateTime.ofInstant(instant, ZONE));
    }

    /**
     * An amount in euros as written in the Netherlands (also in English): "€ 1.250" for whole euros,
     * "€ 12,50" otherwise.
     */
    public static String euros(long cents) {
        NumberFormat format = NumberFormat.getCurrencyInstance(Locale.forLanguageTag(locale().getLanguage() + "-NL"));
        if (cents % 100 == 0) {
            format.setMaximumFractionDigits(0);
        }
        return format.format(cents / 100.0);
    }

    /** "1.250" / "1,250". */
    public static String number(long value) {
        return NumberFormat.getIntegerInstance(locale()).format(value);
    }
}

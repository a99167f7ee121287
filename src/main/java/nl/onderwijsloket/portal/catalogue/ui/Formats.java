package nl.onderwijsloket.portal.catalogue.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import java.text.NumberFormat;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.Locale;
import nl.onderwijsloket.portal.catalogue.EditionView;
import nl.onderwijsloket.portal.common.PortalI18nProvider;

/** How the catalogue writes dates, money and seats, in the visitor's language. */
final class Formats {

    private Formats() {
    }

    /** The visitor's language (Dutch outside a request, e.g. in plain unit tests). */
    static Locale locale() {
        UI ui = UI.getCurrent();
        return ui == null ? PortalI18nProvider.DUTCH : ui.getLocale();
    }

    static String date(Component c, LocalDate date) {
        return DateTimeFormatter.ofLocalizedDate(FormatStyle.LONG).withLocale(locale()).format(date);
    }

    static String shortDate(Component c, LocalDate date) {
        return DateTimeFormatter.ofLocalizedDate(FormatStyle.MEDIUM).withLocale(locale()).format(date);
    }

    static String cost(Component c, int cents) {
        if (cents == 0) {
            return c.getTranslation("course.free");
        }
        NumberFormat format = NumberFormat.getCurrencyInstance(Locale.forLanguageTag(
                locale().getLanguage() + "-NL"));
        if (cents % 100 == 0) {
            format.setMaximumFractionDigits(0);
        }
        return format.format(cents / 100.0);
    }

    /** "nog 3 plaatsen", "vol — wachtlijst", or why there is no enrolment. */
    static String seats(Component c, EditionView edition, LocalDate today) {
        return switch (edition.status()) {
            case CANCELLED -> c.getTranslation("edition.cancelled");
            case COMPLETED -> c.getTranslation("edition.completed");
            case PLANNED -> c.getTranslation("edition.planned");
            case CLOSED -> c.getTranslation("edition.closed");
            case OPEN -> today.isAfter(edition.enrolmentDeadline())
                    ? c.getTranslation("edition.deadline-passed")
                    : seats(c, edition.seatsLeft());
        };
    }

    static String seats(Component c, int seatsLeft) {
        if (seatsLeft <= 0) {
            return c.getTranslation("edition.full");
        }
        return seatsLeft == 1 ? c.getTranslation("edition.one-seat") : c.getTranslation("edition.seats", seatsLeft);
    }

    static String hours(Component c, int hours) {
        return c.getTranslation("course.hours", hours);
    }
}

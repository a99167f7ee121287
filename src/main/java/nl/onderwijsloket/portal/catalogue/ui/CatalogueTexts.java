package nl.onderwijsloket.portal.catalogue.ui;

import com.vaadin.flow.component.Component;
import java.time.LocalDate;
import nl.onderwijsloket.portal.catalogue.EditionView;
import nl.onderwijsloket.portal.ui.Formats;

/** The catalogue's own phrases for cost, study load and seats; dates and amounts come from {@link Formats}. */
final class CatalogueTexts {

    private CatalogueTexts() {
    }

    /** "Gratis", or the amount in euros. */
    static String cost(Component c, int cents) {
        return cents == 0 ? c.getTranslation("course.free") : Formats.euros(cents);
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

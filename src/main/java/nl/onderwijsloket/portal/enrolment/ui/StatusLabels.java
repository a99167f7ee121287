package nl.onderwijsloket.portal.enrolment.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import nl.onderwijsloket.portal.enrolment.EnrolmentStatus;
import org.jspecify.annotations.Nullable;

/** Enrolment statuses in plain words, the same on every screen: "wachtlijst (positie 3)". */
public final class StatusLabels {

    private static final ZoneId ZONE = ZoneId.of("Europe/Amsterdam");

    private StatusLabels() {
    }

    public static String status(Component c, EnrolmentStatus status, @Nullable Integer position,
                                @Nullable Instant offerExpiresAt) {
        return switch (status) {
            case WAITLISTED -> c.getTranslation("enrolment.status.waitlisted", position);
            case OFFERED -> c.getTranslation("enrolment.status.offered", dateTime(offerExpiresAt));
            default -> c.getTranslation(status.labelKey());
        };
    }

    /** A stored reason: free text as typed, or a translation key the portal itself wrote. */
    public static String reason(Component c, @Nullable String reason) {
        if (reason == null) {
            return "";
        }
        return reason.startsWith("enrolment.reason.") ? c.getTranslation(reason) : reason;
    }

    public static String dateTime(Instant instant) {
        UI ui = UI.getCurrent();
        return DateTimeFormatter.ofLocalizedDateTime(FormatStyle.MEDIUM, FormatStyle.SHORT)
                .withLocale(ui == null ? java.util.Locale.of("nl") : ui.getLocale())
                .format(instant.atZone(ZONE));
    }
}

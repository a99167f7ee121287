package nl.onderwijsloket.portal.enrolment.ui;

import com.vaadin.flow.component.Component;
import java.time.Instant;
import nl.onderwijsloket.portal.enrolment.EnrolmentStatus;
import nl.onderwijsloket.portal.ui.Formats;
import org.jspecify.annotations.Nullable;

/** Enrolment statuses in plain words, the same on every screen: "wachtlijst (positie 3)". */
public final class StatusLabels {

    private StatusLabels() {
    }

    public static String status(Component c, EnrolmentStatus status, @Nullable Integer position,
                                @Nullable Instant offerExpiresAt) {
        return switch (status) {
            case WAITLISTED -> c.getTranslation("enrolment.status.waitlisted", position);
            case OFFERED -> c.getTranslation("enrolment.status.offered", Formats.dateTime(offerExpiresAt));
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
}

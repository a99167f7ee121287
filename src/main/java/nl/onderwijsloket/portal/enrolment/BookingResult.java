package nl.onderwijsloket.portal.enrolment;

import org.jspecify.annotations.Nullable;

/**
 * What happened to one person in a booking: enrolled, on the waitlist at a position, waiting for
 * approval, already enrolled, or not eligible with the reason (a translation key).
 */
public record BookingResult(
        long employeeId,
        String employeeName,
        Outcome outcome,
        @Nullable Integer waitlistPosition,
        @Nullable String reasonKey) {

    public enum Outcome {
        ENROLLED, WAITLISTED, AWAITING_APPROVAL, REQUESTED, ALREADY_ENROLLED, NOT_ELIGIBLE;

        public String labelKey() {
            return "booking-outcome." + name().toLowerCase(java.util.Locale.ROOT);
        }
    }
}

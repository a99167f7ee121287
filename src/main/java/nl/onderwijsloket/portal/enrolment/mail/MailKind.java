package nl.onderwijsloket.portal.enrolment.mail;

import java.util.Locale;
import java.util.Optional;
import nl.onderwijsloket.portal.enrolment.EnrolmentStatus;
import nl.onderwijsloket.portal.notification.CalendarMethod;
import org.jspecify.annotations.Nullable;

/**
 * Which mail a status change earns the person, if any. Each kind has a subject and an opening line in the
 * translations ({@code mail.<key>.subject}, {@code mail.<key>.intro}); a kind that gives a seat sends the
 * meetings as a calendar invitation, and a cancellation of a seat that came with one cancels it.
 */
enum MailKind {
    ENROLLED,
    APPROVED_ENROLLED,
    OFFER_ACCEPTED,
    WAITLISTED,
    APPROVED_WAITLISTED,
    OFFERED,
    APPROVAL_ASKED,
    DECLINED,
    CANCELLED,
    COMPLETED;

    /**
     * The mail for a change from {@code from} to {@code to}; none for changes that mean nothing to the
     * person yet (a request for an edition that has not opened) or that they already know (no-show).
     */
    static Optional<MailKind> of(@Nullable EnrolmentStatus from, EnrolmentStatus to) {
        boolean approval = from == EnrolmentStatus.AWAITING_APPROVAL;
        return Optional.ofNullable(switch (to) {
            case ENROLLED -> approval ? APPROVED_ENROLLED : from == EnrolmentStatus.OFFERED ? OFFER_ACCEPTED : ENROLLED;
            case WAITLISTED -> approval ? APPROVED_WAITLISTED : WAITLISTED;
            case OFFERED -> OFFERED;
            case AWAITING_APPROVAL -> APPROVAL_ASKED;
            case CANCELLED -> approval ? DECLINED : CANCELLED;
            case COMPLETED -> COMPLETED;
            case REQUESTED, NO_SHOW -> null;
        });
    }

    /**
     * The calendar method this change sends: REQUEST when the person gets a seat, CANCEL when a seat that
     * was sent as an invitation (ENROLLED) is given up; none otherwise. An offer sends no invitation, so
     * cancelling an offer has nothing to cancel.
     */
    static Optional<CalendarMethod> calendar(@Nullable EnrolmentStatus from, EnrolmentStatus to) {
        if (to == EnrolmentStatus.ENROLLED) {
            return Optional.of(CalendarMethod.REQUEST);
        }
        if (to == EnrolmentStatus.CANCELLED && from == EnrolmentStatus.ENROLLED) {
            return Optional.of(CalendarMethod.CANCEL);
        }
        return Optional.empty();
    }

    String key() {
        return name().toLowerCase(Locale.ROOT).replace('_', '-');
    }
}

package nl.onderwijsloket.portal.enrolment;

import java.util.Locale;
import java.util.Set;

/**
 * Where an enrolment stands. Seat holders count against the edition's capacity; the others do not.
 *
 * <ul>
 *   <li>REQUESTED – asked for an edition whose enrolment has not opened yet; handled in request order
 *       when the provider opens it.</li>
 *   <li>AWAITING_APPROVAL – the course needs the employer's approval; HR of the employee's board decides,
 *       and only then is a seat or a waitlist place given.</li>
 *   <li>ENROLLED, WAITLISTED (with a position), OFFERED (a freed seat, held until the offer expires),
 *       CANCELLED, COMPLETED, NO_SHOW.</li>
 * </ul>
 */
public enum EnrolmentStatus {
    REQUESTED, AWAITING_APPROVAL, ENROLLED, WAITLISTED, OFFERED, CANCELLED, COMPLETED, NO_SHOW;

    private static final Set<EnrolmentStatus> SEAT_HOLDERS = Set.of(ENROLLED, OFFERED, COMPLETED, NO_SHOW);
    private static final Set<EnrolmentStatus> ACTIVE = Set.of(REQUESTED, AWAITING_APPROVAL, ENROLLED, WAITLISTED,
            OFFERED);

    public boolean holdsSeat() {
        return SEAT_HOLDERS.contains(this);
    }

    /** Still going: can be cancelled, and blocks a second enrolment in the same edition. */
    public boolean active() {
        return ACTIVE.contains(this);
    }

    public String labelKey() {
        return "enrolment-status." + name().toLowerCase(Locale.ROOT);
    }
}

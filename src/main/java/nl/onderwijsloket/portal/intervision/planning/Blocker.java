package nl.onderwijsloket.portal.intervision.planning;

import java.util.Objects;
import nl.onderwijsloket.portal.availability.BusyInterval;

/** A member who cannot come to a session, and the busy interval that is why. */
public record Blocker(long employeeId, BusyInterval cause) {

    public Blocker {
        Objects.requireNonNull(cause, "cause");
    }
}

package nl.onderwijsloket.portal.enrolment;

import nl.onderwijsloket.portal.security.PortalUser;
import org.jspecify.annotations.Nullable;

/** Who made a change, for the audit trail: a signed-in user or the portal itself. */
record Actor(@Nullable Long accountId, String name) {

    static final Actor SYSTEM = new Actor(null, "Portaal");

    static Actor of(PortalUser user) {
        return new Actor(user.accountId(), user.displayName());
    }
}

package nl.onderwijsloket.portal.ui;

import com.vaadin.flow.component.Component;
import java.util.List;
import nl.onderwijsloket.portal.security.PortalUser;
import org.jspecify.annotations.Nullable;

/**
 * What another feature offers under each edition on a course's page, such as enrolment's "enrol", "your
 * status" and "book staff". Features contribute theirs as Spring beans, as they contribute {@link MenuEntry}
 * beans to the menu; the course page shows every contribution under every edition and knows none of them.
 */
public interface EditionActions {

    /**
     * What the course page knows of an edition.
     *
     * @param open             enrolment is open, or the edition is planned (requests may be made)
     * @param full             no seats are left
     * @param approvalRequired the course needs the employer's approval
     */
    record Edition(long id, boolean open, boolean full, boolean approvalRequired) {
    }

    /**
     * Prepares this contribution for one drawing of a course page: whatever it needs to know about the
     * editions it looks up here, for all of them at once (one query per page, not one per edition).
     *
     * @param user    the signed-in user, null for a visitor
     * @param refresh redraws the course page, for after an action changed something
     */
    OnPage forPage(List<Edition> editions, @Nullable PortalUser user, Runnable refresh);

    /** The contribution prepared for one page. */
    @FunctionalInterface
    interface OnPage {

        /** What to show under the edition (an empty component when there is nothing to offer). */
        Component under(Edition edition);
    }
}

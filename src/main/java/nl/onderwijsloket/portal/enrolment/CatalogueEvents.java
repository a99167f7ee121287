package nl.onderwijsloket.portal.enrolment;

import nl.onderwijsloket.portal.catalogue.EditionCancelled;
import nl.onderwijsloket.portal.catalogue.EditionCapacityRaised;
import nl.onderwijsloket.portal.catalogue.EditionOpened;
import nl.onderwijsloket.portal.security.CurrentUser;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * What the catalogue's edition events mean for the people enrolled. The catalogue publishes them
 * synchronously inside its transaction, after locking the edition row (see {@code EditionPlanningService}),
 * so what happens here commits or rolls back with the provider's change and runs under the same lock: the
 * order of seats and waitlist holds as it does for every enrolment change. The catalogue checked that the
 * signed-in provider owns the edition; the audit trail names that user (the portal itself when nobody is
 * signed in). Meeting changes are mailed by {@code enrolment.mail.MeetingMails}.
 */
@Component
class CatalogueEvents {

    private final EnrolmentService enrolments;
    private final CurrentUser currentUser;

    CatalogueEvents(EnrolmentService enrolments, CurrentUser currentUser) {
        this.enrolments = enrolments;
        this.currentUser = currentUser;
    }

    @EventListener
    void on(EditionOpened opened) {
        enrolments.processRequests(opened.editionId(), actor());
    }

    @EventListener
    void on(EditionCapacityRaised raised) {
        enrolments.offerNewSeats(raised.editionId());
    }

    @EventListener
    void on(EditionCancelled cancelled) {
        enrolments.cancelAll(cancelled.editionId(), cancelled.reason(), actor());
    }

    private Actor actor() {
        return currentUser.find().map(Actor::of).orElse(Actor.SYSTEM);
    }
}

package nl.onderwijsloket.portal.enrolment;

import java.time.Clock;
import nl.onderwijsloket.portal.enrolment.data.EnrolmentSql;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Every minute, offers whose acceptance window has passed lapse and their seats pass to the next person.
 * Each offer is handled in its own transaction under its edition's lock and only if it is still an open
 * offer, so when several portal nodes run this job at once every offer is still handled exactly once.
 */
@Component
class OfferExpiry {

    private static final int BATCH = 100;

    private final EnrolmentSql store;
    private final EnrolmentService enrolments;
    private final Clock clock;

    OfferExpiry(EnrolmentSql store, EnrolmentService enrolments, Clock clock) {
        this.store = store;
        this.enrolments = enrolments;
        this.clock = clock;
    }

    @Scheduled(fixedDelayString = "${portal.enrolment.offer-check-ms:60000}", initialDelay = 10000)
    int expireOffers() {
        int expired = 0;
        for (long id : store.expiredOffers(clock.instant(), BATCH)) {
            if (enrolments.expireOffer(id)) {
                expired++;
            }
        }
        return expired;
    }
}

package nl.onderwijsloket.portal.enrolment.mail;

import java.time.LocalDateTime;
import org.jspecify.annotations.Nullable;

/** One meeting of an edition; times are local Europe/Amsterdam, as stored. */
record MeetingFacts(long id, int seq, LocalDateTime startsAt, LocalDateTime endsAt, @Nullable String topic) {
}

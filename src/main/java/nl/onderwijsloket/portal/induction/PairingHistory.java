package nl.onderwijsloket.portal.induction;

import java.time.Instant;
import org.jspecify.annotations.Nullable;

/** One pairing in a starter's history: with whom, from when to when, and how it ended. */
public record PairingHistory(long id, PairingStatus status, String mentorName, Instant proposedAt,
                             @Nullable Instant acceptedAt, @Nullable Instant endedAt, @Nullable String endReason) {
}

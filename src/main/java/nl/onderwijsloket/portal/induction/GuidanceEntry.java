package nl.onderwijsloket.portal.induction;

import java.time.Instant;
import java.time.LocalDate;
import org.jspecify.annotations.Nullable;

/**
 * One meeting in the guidance log: for mentor and starter only, or for the board's HR when the starter shared
 * this entry.
 *
 * @param byMentor whether the mentor wrote it (else the starter)
 */
public record GuidanceEntry(
        long id,
        long pairingId,
        LocalDate metOn,
        String topics,
        @Nullable String agreements,
        @Nullable String nextStep,
        boolean byMentor,
        boolean sharedWithHr,
        @Nullable Instant sharedAt,
        long version) {
}

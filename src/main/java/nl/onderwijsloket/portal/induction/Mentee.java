package nl.onderwijsloket.portal.induction;

import java.time.LocalDate;
import org.jspecify.annotations.Nullable;

/**
 * A starter as their mentor sees them in "Mijn starters".
 *
 * @param fitQuestionOpen whether the mentor still has to answer whether the pairing fits
 */
public record Mentee(
        long pairingId,
        PairingStatus status,
        long placementId,
        String starterName,
        @Nullable String schoolName,
        String programmeName,
        int year,
        int meetings,
        @Nullable LocalDate lastMeeting,
        @Nullable PlannedMeeting nextMeeting,
        int overdue,
        boolean fitQuestionOpen) {
}

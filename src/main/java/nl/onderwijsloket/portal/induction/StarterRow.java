package nl.onderwijsloket.portal.induction;

import java.time.LocalDate;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * A starter in HR's induction overview: where they are in their programme, their pairing, and the signals.
 * Guidance meetings appear as a count and the last date only, never with what was said.
 *
 * @param year          the year of the programme they are in (1 = first), by their start date
 * @param pairingId     their live pairing, or the last one when none is live; null when never paired
 * @param meetings      guidance meetings logged in their live pairing
 * @param overdue       milestones overdue today
 */
public record StarterRow(
        long placementId,
        long employeeId,
        long boardId,
        String name,
        @Nullable String schoolName,
        String programmeName,
        LocalDate startedOn,
        int year,
        @Nullable Long pairingId,
        @Nullable PairingStatus pairingStatus,
        @Nullable String mentorName,
        int meetings,
        @Nullable LocalDate lastMeeting,
        int overdue,
        Set<Signal> signals) {

    public StarterRow {
        signals = Set.copyOf(signals);
    }
}

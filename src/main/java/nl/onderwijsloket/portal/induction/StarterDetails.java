package nl.onderwijsloket.portal.induction;

import java.util.List;

/**
 * One starter as HR sees them: their row of the overview, their progress, their facilities, the history of their
 * pairings, and the guidance entries the starter chose to share, nothing else of the log.
 */
public record StarterDetails(StarterRow row, List<MilestoneProgress> progress, List<Facility> facilities,
                             List<PairingHistory> pairings, List<GuidanceEntry> sharedEntries) {

    public StarterDetails {
        progress = List.copyOf(progress);
        facilities = List.copyOf(facilities);
        pairings = List.copyOf(pairings);
        sharedEntries = List.copyOf(sharedEntries);
    }
}

package nl.onderwijsloket.portal.induction;

import java.time.LocalDate;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * A starter's own induction, for "Mijn begeleiding": the programme and progress, the mentor, who helps with
 * what, the facilities and the meetings ahead. The log itself comes from {@link GuidanceService#log}.
 *
 * @param pairingId      the live pairing, or null while they have none
 * @param fitQuestionOpen whether the starter still has to answer whether the pairing fits
 */
public record MyGuidance(
        long placementId,
        String programmeName,
        LocalDate startedOn,
        int year,
        List<MilestoneProgress> progress,
        @Nullable Long pairingId,
        @Nullable PairingStatus pairingStatus,
        List<HelperContact> helpers,
        List<Facility> facilities,
        List<PlannedMeeting> meetings,
        boolean fitQuestionOpen) {

    public MyGuidance {
        progress = List.copyOf(progress);
        helpers = List.copyOf(helpers);
        facilities = List.copyOf(facilities);
        meetings = List.copyOf(meetings);
    }

    /**
     * One line of the card "who helps with what": the helper, who that is and how to reach them, and the
     * milestones of this year they help with.
     */
    public record HelperContact(Helper helper, @Nullable String name, @Nullable String email, List<String> helpsWith) {

        public HelperContact {
            helpsWith = List.copyOf(helpsWith);
        }
    }
}

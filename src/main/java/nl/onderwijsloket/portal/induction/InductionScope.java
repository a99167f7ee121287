package nl.onderwijsloket.portal.induction;

import nl.onderwijsloket.portal.induction.data.PairingSql;
import nl.onderwijsloket.portal.induction.data.PlacementSql;
import nl.onderwijsloket.portal.security.CurrentUser;
import nl.onderwijsloket.portal.security.PortalUser;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Component;

/**
 * Who may touch which placement or pairing: HR only its own board's, a mentor and a starter only their own
 * pairing. A refusal is an {@link AccessDeniedException}, logged as such, never an empty answer that looks like a
 * stale link.
 */
@Component
class InductionScope {

    private final CurrentUser currentUser;
    private final PlacementSql placements;
    private final PairingSql pairings;

    InductionScope(CurrentUser currentUser, PlacementSql placements, PairingSql pairings) {
        this.currentUser = currentUser;
        this.placements = placements;
        this.pairings = pairings;
    }

    PortalUser user() {
        return currentUser.require();
    }

    long board() {
        return currentUser.requireBoard();
    }

    /** The signed-in person's employee id; refused for accounts that are no employee. */
    long employee() {
        Long employee = currentUser.require().employeeId();
        if (employee == null) {
            throw new AccessDeniedException("Account is not linked to an employee");
        }
        return employee;
    }

    /** A placement of HR's own board. */
    PlacementSql.Placement ownBoardPlacement(long placementId) {
        var placement = placements.find(placementId)
                .orElseThrow(() -> new AccessDeniedException("No placement " + placementId));
        if (placement.boardId() != board()) {
            throw new AccessDeniedException("Placement " + placementId + " belongs to another board");
        }
        return placement;
    }

    /** A pairing of HR's own board (the starter's board). */
    PairingSql.Pairing ownBoardPairing(long pairingId) {
        var pairing = pairings.find(pairingId).orElseThrow(() -> new AccessDeniedException("No pairing " + pairingId));
        if (pairing.boardId() != board()) {
            throw new AccessDeniedException("Pairing " + pairingId + " belongs to another board");
        }
        return pairing;
    }

    /** A pairing the signed-in person is the mentor or the starter of (by employee, whatever their roles). */
    PairingSql.Pairing ownPairing(long pairingId) {
        var pairing = pairings.find(pairingId).orElseThrow(() -> new AccessDeniedException("No pairing " + pairingId));
        long me = employee();
        if (pairing.mentorId() != me && pairing.starterId() != me) {
            throw new AccessDeniedException("Pairing " + pairingId + " is not the caller's");
        }
        return pairing;
    }

    boolean isMentorOf(PairingSql.Pairing pairing) {
        return pairing.mentorId() == employee();
    }
}

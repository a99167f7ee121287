package nl.onderwijsloket.portal.induction;

import java.util.HashSet;
import java.util.List;
import nl.onderwijsloket.portal.common.RuleViolation;
import nl.onderwijsloket.portal.induction.data.MentorCandidateSql;
import nl.onderwijsloket.portal.induction.data.PairingSql;
import nl.onderwijsloket.portal.induction.data.PlacementSql;
import nl.onderwijsloket.portal.induction.matching.Exclusion;
import nl.onderwijsloket.portal.induction.matching.PairingRules;
import nl.onderwijsloket.portal.induction.matching.PairingScore;
import nl.onderwijsloket.portal.induction.matching.TownDistances;
import org.jspecify.annotations.Nullable;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Mentor pairings through their life: HR proposes (one starter, or a confirmed cohort), the mentor accepts or
 * declines, HR pauses, resumes, ends with a reason or hands over to another mentor (the old pairing stays as
 * history), and after the first meeting both answer whether it fits. The hard rules are checked here on every
 * pairing, whatever the screen showed: never the starter's line manager, never beyond a mentor's capacity (also
 * when two HR officers pair at the same moment: see {@link PairingSql#takePlace}), another board's mentor only
 * where that board allows it, and one live pairing per starter.
 */
@Service
@Transactional(readOnly = true)
public class PairingService {

    static final int MAX_REASON = 500;

    private final PairingSql pairings;
    private final PlacementSql placements;
    private final MentorCandidateSql candidates;
    private final InductionScope scope;
    private final InductionMails mails;
    private final Progress progress;
    private final PairingScore score;

    PairingService(PairingSql pairings, PlacementSql placements, MentorCandidateSql candidates, InductionScope scope,
                   InductionMails mails, Progress progress, TownDistances towns) {
        this.pairings = pairings;
        this.placements = placements;
        this.candidates = candidates;
        this.scope = scope;
        this.mails = mails;
        this.progress = progress;
        this.score = new PairingScore(towns);
    }

    /** Proposes the mentor for a starter of HR's board; the mentor is asked to accept. */
    @PreAuthorize("hasRole('HR')")
    @Transactional
    public long pair(long placementId, long mentorId) {
        return propose(scope.ownBoardPlacement(placementId), mentorId);
    }

    /**
     * Saves the cohort pairing as HR confirmed (or changed) it: all pairs or, when one breaks a rule by now (a
     * place taken meanwhile, say), none.
     *
     * @return the number of pairings proposed
     */
    @PreAuthorize("hasRole('HR')")
    @Transactional
    public int confirmCohort(List<CohortProposal.Choice> choices) {
        var seen = new HashSet<Long>();
        for (var choice : choices) {
            if (!seen.add(choice.placementId())) {
                throw new RuleViolation("induction.error.starter-twice");
            }
        }
        for (var choice : choices) {
            propose(scope.ownBoardPlacement(choice.placementId()), choice.mentorId());
        }
        return choices.size();
    }

    /** The mentor accepts the proposal: the pairing becomes active, and the starter hears whom to ask. */
    @PreAuthorize("hasAnyRole('EMPLOYEE', 'MENTOR')")
    @Transactional
    public void accept(long pairingId) {
        var pairing = asMentor(pairingId);
        change(pairing, PairingStatus.PROPOSED, PairingStatus.ACTIVE, null);
        mails.accepted(pairing.mentorId(), pairing.starterId());
    }

    /** The mentor declines the proposal, with a reason for HR; their place is free again. */
    @PreAuthorize("hasAnyRole('EMPLOYEE', 'MENTOR')")
    @Transactional
    public void decline(long pairingId, String reason) {
        var pairing = asMentor(pairingId);
        change(pairing, PairingStatus.PROPOSED, PairingStatus.ENDED, reason(reason));
        pairings.releasePlace(pairing.mentorId());
    }

    @PreAuthorize("hasRole('HR')")
    @Transactional
    public void pause(long pairingId, String reason) {
        var pairing = scope.ownBoardPairing(pairingId);
        change(pairing, PairingStatus.ACTIVE, PairingStatus.PAUSED, reason(reason));
    }

    @PreAuthorize("hasRole('HR')")
    @Transactional
    public void resume(long pairingId) {
        var pairing = scope.ownBoardPairing(pairingId);
        change(pairing, PairingStatus.PAUSED, PairingStatus.ACTIVE, null);
    }

    /** Ends a live pairing with a reason; the mentor's place is free again, the log stays. */
    @PreAuthorize("hasRole('HR')")
    @Transactional
    public void end(long pairingId, String reason) {
        var pairing = scope.ownBoardPairing(pairingId);
        if (!pairing.status().live()) {
            throw new RuleViolation("induction.error.pairing-not-live");
        }
        change(pairing, pairing.status(), PairingStatus.ENDED, reason(reason));
        pairings.releasePlace(pairing.mentorId());
    }

    /**
     * Hands a live pairing over to another mentor: the old one is kept as history (handed over, with the reason)
     * and a new one is proposed to the new mentor under the same rules.
     *
     * @return the new pairing
     */
    @PreAuthorize("hasRole('HR')")
    @Transactional
    public long handOver(long pairingId, long newMentorId, String reason) {
        var pairing = scope.ownBoardPairing(pairingId);
        if (!pairing.status().live()) {
            throw new RuleViolation("induction.error.pairing-not-live");
        }
        if (pairing.mentorId() == newMentorId) {
            throw new RuleViolation("induction.error.same-mentor");
        }
        change(pairing, pairing.status(), PairingStatus.HANDED_OVER, reason(reason));
        pairings.releasePlace(pairing.mentorId());
        var placement = placements.find(pairing.placementId()).orElseThrow();
        long next = propose(placement, newMentorId);
        pairings.linkSuccessor(pairing.id(), next);
        return next;
    }

    /**
     * Mentor or starter answers whether the pairing fits, once each. A "no" shows HR the signal to look again;
     * what either answered is not shown to the other.
     */
    @PreAuthorize("hasAnyRole('EMPLOYEE', 'MENTOR')")
    @Transactional
    public void answerFit(long pairingId, boolean fits) {
        var pairing = scope.ownPairing(pairingId);
        if (pairing.fitAskedAt() == null) {
            throw new RuleViolation("induction.error.fit-not-asked");
        }
        if (!pairings.answerFit(pairingId, scope.isMentorOf(pairing), fits, progress.now())) {
            throw new RuleViolation("induction.error.fit-answered");
        }
    }

    private long propose(PlacementSql.Placement placement, long mentorId) {
        var starter = candidates.starters(placement.boardId(), placement.id(), false).stream().findFirst()
                .orElseThrow(() -> new AccessDeniedException("No placement " + placement.id()));
        var mentor = candidates.mentorsFor(placement.boardId()).stream()
                .filter(m -> m.candidate().employeeId() == mentorId).findFirst()
                .orElseThrow(() -> new RuleViolation(placements.employee(mentorId)
                        .filter(e -> e.boardId() != placement.boardId()).isPresent()
                        ? Exclusion.OTHER_BOARD_NOT_ALLOWED.labelKey() : "induction.error.not-a-mentor"));
        Exclusion exclusion = PairingRules.exclusion(starter.starter(), mentor.candidate());
        if (exclusion != null) {
            throw new RuleViolation(exclusion.labelKey());
        }
        if (pairings.liveOf(starter.starter().employeeId()).isPresent()) {
            throw new RuleViolation("induction.error.already-paired", starter.name());
        }
        if (!pairings.takePlace(mentorId)) {
            throw new RuleViolation(Exclusion.NO_FREE_CAPACITY.labelKey());
        }
        long id;
        try {
            id = pairings.insert(placement.id(), starter.starter().employeeId(), mentorId, placement.boardId(),
                    score.score(starter.starter(), mentor.candidate()), progress.now(), scope.user().displayName());
        } catch (DuplicateKeyException e) {
            throw new RuleViolation("induction.error.already-paired", starter.name());
        }
        mails.proposed(mentorId, starter.starter().employeeId());
        return id;
    }

    private PairingSql.Pairing asMentor(long pairingId) {
        var pairing = scope.ownPairing(pairingId);
        if (!scope.isMentorOf(pairing)) {
            throw new AccessDeniedException("Only the mentor answers a proposal");
        }
        return pairing;
    }

    private void change(PairingSql.Pairing pairing, PairingStatus from, PairingStatus to, @Nullable String reason) {
        if (pairing.status() != from) {
            throw new RuleViolation("induction.error.pairing-state");
        }
        if (!pairings.changeStatus(pairing.id(), pairing.version(), from, to, progress.now(), reason)) {
            throw new RuleViolation("induction.error.changed-meanwhile");
        }
    }

    private static String reason(String reason) {
        String text = reason == null ? "" : reason.strip();
        if (text.isEmpty()) {
            throw new RuleViolation("induction.error.reason-required");
        }
        if (text.length() > MAX_REASON) {
            throw new RuleViolation("induction.error.reason-too-long", MAX_REASON);
        }
        return text;
    }
}

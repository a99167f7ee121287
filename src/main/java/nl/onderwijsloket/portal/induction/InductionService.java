package nl.onderwijsloket.portal.induction;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import nl.onderwijsloket.portal.common.RuleViolation;
import nl.onderwijsloket.portal.induction.data.GuidanceSql;
import nl.onderwijsloket.portal.induction.data.MentorCandidateSql;
import nl.onderwijsloket.portal.induction.data.PairingSql;
import nl.onderwijsloket.portal.induction.data.PlacementSql;
import nl.onderwijsloket.portal.induction.matching.CohortAssignment;
import nl.onderwijsloket.portal.induction.matching.Explanation;
import nl.onderwijsloket.portal.induction.matching.PairingScore;
import nl.onderwijsloket.portal.induction.matching.Suggestions;
import nl.onderwijsloket.portal.induction.matching.TownDistances;
import nl.onderwijsloket.portal.people.JobFunction;
import nl.onderwijsloket.portal.security.Role;
import org.jspecify.annotations.Nullable;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Induction for HR and the desk: the board's starters with their signals, placing starters in the board's
 * programme, their facilities, and mentor suggestions (one starter, or a whole cohort at once) with scores
 * explained part by part. HR acts for its own board only; the coordinator sees counts per board, never a log.
 * Pairing itself and the pairing's lifecycle are {@link PairingService}'s.
 */
@Service
@Transactional(readOnly = true)
public class InductionService {

    /** Most suggestions per starter. */
    static final int MAX_SUGGESTIONS = 10;
    static final int MAX_PAGE = 200;
    /** How far back the import's date of employment makes someone a starter to place. */
    static final int STARTER_YEARS = 3;

    private final PlacementSql placements;
    private final PairingSql pairings;
    private final GuidanceSql guidance;
    private final MentorCandidateSql candidates;
    private final InductionScope scope;
    private final Progress progress;
    private final PairingScore score;

    InductionService(PlacementSql placements, PairingSql pairings, GuidanceSql guidance,
                     MentorCandidateSql candidates, InductionScope scope, Progress progress, TownDistances towns) {
        this.placements = placements;
        this.pairings = pairings;
        this.guidance = guidance;
        this.candidates = candidates;
        this.scope = scope;
        this.progress = progress;
        this.score = new PairingScore(towns);
    }

    /** A page of starters, in name order: HR's own board's, or the region's for the coordinator. */
    @PreAuthorize("hasAnyRole('HR', 'COORDINATOR')")
    public List<StarterRow> starters(StarterFilter filter, int offset, int limit) {
        return progress.rows(placements.overview(boardInScope(), filter, progress.today(), Math.max(0, offset),
                Math.clamp(limit, 0, MAX_PAGE)));
    }

    @PreAuthorize("hasAnyRole('HR', 'COORDINATOR')")
    public int countStarters(StarterFilter filter) {
        return placements.count(boardInScope(), filter, progress.today());
    }

    /** Per board: its starters, how many have a mentor, are on track and have something overdue. Counts only. */
    @PreAuthorize("hasRole('COORDINATOR')")
    public List<BoardCoverage> coverage() {
        Map<Long, int[]> counts = new HashMap<>();
        Map<Long, String> names = placements.boardNames();
        for (StarterRow row : progress.rows(placements.all(null, progress.today()))) {
            int[] c = counts.computeIfAbsent(row.boardId(), k -> new int[4]);
            boolean active = row.pairingStatus() == PairingStatus.ACTIVE;
            c[0]++;
            c[1] += active ? 1 : 0;
            c[2] += active && row.overdue() == 0 ? 1 : 0;
            c[3] += row.overdue() > 0 ? 1 : 0;
        }
        List<BoardCoverage> result = new ArrayList<>();
        names.forEach((id, name) -> {
            int[] c = counts.getOrDefault(id, new int[4]);
            result.add(new BoardCoverage(id, name, c[0], c[1], c[2], c[3]));
        });
        return result;
    }

    /** One starter of HR's board: progress, facilities, pairings, and only the guidance entries shared with HR. */
    @PreAuthorize("hasRole('HR')")
    public Optional<StarterDetails> starter(long placementId) {
        var placement = scope.ownBoardPlacement(placementId);
        var rows = progress.rows(placements.row(placementId, progress.today()).stream().toList());
        if (rows.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(new StarterDetails(rows.getFirst(), progress.of(placement),
                placements.facilities(placementId), pairings.history(placementId),
                guidance.sharedOfPlacement(placementId)));
    }

    /** The board's programmes to place a starter in. */
    @PreAuthorize("hasRole('HR')")
    public List<ProgrammeOption> programmes() {
        return placements.boardProgrammes(scope.board()).entrySet().stream()
                .map(e -> new ProgrammeOption(e.getKey(), e.getValue())).toList();
    }

    /** Employees whose function and date of employment (from the import) make them starters not yet placed. */
    @PreAuthorize("hasRole('HR')")
    public List<UnplacedStarter> unplacedStarters() {
        return placements.unplacedStarters(scope.board(), progress.today().minusYears(STARTER_YEARS)).stream()
                .map(e -> new UnplacedStarter(e.id(), e.name(), JobFunction.valueOf(e.function()), e.startedOn()))
                .toList();
    }

    /**
     * Places an employee of HR's board in one of the board's programmes, starting on the given day (by default
     * their date of employment).
     */
    @PreAuthorize("hasRole('HR')")
    @Transactional
    public long place(long employeeId, long programmeId, @Nullable LocalDate startedOn) {
        long board = scope.board();
        var employee = placements.employee(employeeId)
                .orElseThrow(() -> new RuleViolation("induction.error.no-such-employee"));
        if (employee.boardId() != board) {
            throw new AccessDeniedException("Employee " + employeeId + " belongs to another board");
        }
        if (!placements.boardOfProgramme(programmeId).map(b -> b == board).orElse(false)) {
            throw new RuleViolation("induction.error.not-a-board-programme");
        }
        LocalDate start = startedOn != null ? startedOn : employee.startedOn();
        if (start == null) {
            throw new RuleViolation("induction.error.start-required");
        }
        if (start.isAfter(progress.today().plusYears(1)) || start.isBefore(progress.today().minusYears(5))) {
            throw new RuleViolation("induction.error.start-out-of-range");
        }
        if (placements.ofEmployee(employeeId).isPresent()) {
            throw new RuleViolation("induction.error.already-placed", employee.name());
        }
        try {
            return placements.insert(employeeId, board, programmeId, start, progress.now());
        } catch (org.springframework.dao.DuplicateKeyException e) {
            throw new RuleViolation("induction.error.already-placed", employee.name());
        }
    }

    /** Records a year's facility of a starter of HR's board, as granted and as used. */
    @PreAuthorize("hasRole('HR')")
    @Transactional
    public void saveFacility(long placementId, Facility facility) {
        var placement = scope.ownBoardPlacement(placementId);
        if (facility.kind() == null) {
            throw new RuleViolation("induction.error.facility-kind");
        }
        int years = placements.programmeYears(placement.programmeId());
        if (facility.year() < 1 || facility.year() > years) {
            throw new RuleViolation("induction.error.facility-year", years);
        }
        int max = facility.kind() == FacilityKind.REDUCED_LESSONS ? 50 : 200;
        if (facility.granted() < 0 || facility.granted() > max) {
            throw new RuleViolation("induction.error.facility-granted", max);
        }
        if (facility.used() < 0 || facility.used() > facility.granted()) {
            throw new RuleViolation("induction.error.facility-used");
        }
        if (!placements.saveFacility(placementId, facility, progress.now())) {
            throw new RuleViolation("induction.error.changed-meanwhile");
        }
    }

    /**
     * Sets how many starters a mentor of HR's board takes at most at a time; never fewer than they guide now
     * (end or hand over a pairing first).
     */
    @PreAuthorize("hasRole('HR')")
    @Transactional
    public void setMentorCapacity(long mentorId, int capacity) {
        var mentor = placements.employee(mentorId).orElseThrow(() -> new RuleViolation("induction.error.no-such-employee"));
        if (mentor.boardId() != scope.board()) {
            throw new AccessDeniedException("Mentor " + mentorId + " belongs to another board");
        }
        if (capacity < 0 || capacity > 12) {
            throw new RuleViolation("induction.error.capacity-range");
        }
        if (!pairings.setCapacity(mentorId, capacity)) {
            throw new RuleViolation("induction.error.capacity-below-load", mentor.name());
        }
    }

    /** The mentors of HR's board with their load and capacity, in name order. */
    @PreAuthorize("hasRole('HR')")
    public List<MentorLoad> mentors() {
        return candidates.boardMentors(scope.board());
    }

    /** HR's board's induction settings (the defaults until it saves its own). */
    @PreAuthorize("hasRole('HR')")
    public InductionSettings settings() {
        return placements.settings(scope.board()).orElse(InductionSettings.defaults());
    }

    /** Saves HR's board's induction settings; refused when someone else saved since they were read. */
    @PreAuthorize("hasRole('HR')")
    @Transactional
    public void saveSettings(InductionSettings settings) {
        if (settings.unpairedDays() < 1 || settings.unpairedDays() > InductionSettings.MAX_DAYS) {
            throw new RuleViolation("induction.error.unpaired-days", InductionSettings.MAX_DAYS);
        }
        if (settings.quietWeeks() < 1 || settings.quietWeeks() > InductionSettings.MAX_WEEKS) {
            throw new RuleViolation("induction.error.quiet-weeks", InductionSettings.MAX_WEEKS);
        }
        if (!placements.saveSettings(scope.board(), settings)) {
            throw new RuleViolation("induction.error.changed-meanwhile");
        }
    }

    /**
     * The best mentors for a starter of HR's board, best first, each with its score explained. Mentors who break a
     * hard rule (the line manager, no free place, another board that does not allow it) are not among them.
     */
    @PreAuthorize("hasRole('HR')")
    public List<MentorSuggestion> suggestions(long placementId, int limit) {
        var placement = scope.ownBoardPlacement(placementId);
        var starter = candidates.starters(placement.boardId(), placementId, false).stream().findFirst()
                .orElseThrow(() -> new AccessDeniedException("No placement " + placementId));
        var mentors = MentorCandidateSql.withEarlierMentees(candidates.mentorsFor(placement.boardId()),
                candidates.earlierMentees(List.of(starter.starter().employeeId())));
        Map<Long, MentorCandidateSql.Mentor> byId = new HashMap<>();
        mentors.forEach(m -> byId.put(m.candidate().employeeId(), m));
        return new Suggestions(score).rank(starter.starter(), mentors.stream().map(MentorCandidateSql.Mentor::candidate)
                        .toList(), Math.clamp(limit, 1, MAX_SUGGESTIONS)).stream()
                .map(s -> suggestion(byId.get(s.mentor().employeeId()), s.explanation()))
                .toList();
    }

    /**
     * "Pair all starters without a mentor": the assignment of the board's unpaired starters with the best total
     * score that keeps each mentor within their free places. Nothing is saved: HR confirms it (or changes pairs)
     * with {@link PairingService#confirmCohort}.
     */
    @PreAuthorize("hasRole('HR')")
    public CohortProposal cohort() {
        long board = scope.board();
        var starters = candidates.starters(board, null, true);
        var mentors = MentorCandidateSql.withEarlierMentees(candidates.mentorsFor(board),
                candidates.earlierMentees(starters.stream().map(s -> s.starter().employeeId()).toList()));
        Map<Long, MentorCandidateSql.Mentor> mentorById = new HashMap<>();
        mentors.forEach(m -> mentorById.put(m.candidate().employeeId(), m));
        Map<Long, MentorCandidateSql.PlacedStarter> starterById = new HashMap<>();
        starters.forEach(s -> starterById.put(s.starter().employeeId(), s));
        var proposal = new CohortAssignment(score).solve(starters.stream().map(MentorCandidateSql.PlacedStarter::starter)
                .toList(), mentors.stream().map(MentorCandidateSql.Mentor::candidate).toList());
        var pairs = proposal.pairs().stream().map(p -> {
            var s = starterById.get(p.starter().employeeId());
            return new CohortProposal.Pair(s.placementId(), s.name(),
                    suggestion(mentorById.get(p.mentor().employeeId()), p.explanation()));
        }).toList();
        var unpaired = proposal.unassigned().stream().map(u -> {
            var s = starterById.get(u.starter().employeeId());
            return new CohortProposal.Unpaired(s.placementId(), s.name(), u.reason().labelKey());
        }).toList();
        int max = pairs.stream().mapToInt(p -> p.mentor().maxScore()).sum();
        return new CohortProposal(pairs, unpaired, proposal.totalScore(), max);
    }

    private static MentorSuggestion suggestion(MentorCandidateSql.Mentor mentor, Explanation explanation) {
        var c = mentor.candidate();
        var parts = explanation.parts().stream().map(p -> new MentorSuggestion.ScorePart(p.criterion().labelKey(),
                p.key(), List.of(p.args()), p.points(), p.max())).toList();
        return new MentorSuggestion(c.employeeId(), mentor.name(), mentor.boardName(), mentor.schoolName(), c.town(),
                c.freePlaces(), c.capacity(), explanation.total(), explanation.max(), parts);
    }

    private @Nullable Long boardInScope() {
        return scope.user().has(Role.COORDINATOR) ? null : scope.board();
    }
}

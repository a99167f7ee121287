package nl.onderwijsloket.portal.induction;

import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import nl.onderwijsloket.portal.common.RuleViolation;
import nl.onderwijsloket.portal.induction.data.ContactSql;
import nl.onderwijsloket.portal.induction.data.GuidanceSql;
import nl.onderwijsloket.portal.induction.data.PairingSql;
import nl.onderwijsloket.portal.induction.data.PlacementSql;
import org.jspecify.annotations.Nullable;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Guidance between a mentor and a starter: the mentor's starters, the starter's own induction, the log, planned
 * meetings and milestones done. The log's contents are for the two of them only: every method that returns
 * contents checks that the caller is the pairing's mentor or starter (by employee, whatever their roles), so HR,
 * the coordinator or another mentor get a refusal, not the text. HR sees only that meetings take place
 * ({@link InductionService}) and the entries a starter shares.
 */
@Service
@Transactional(readOnly = true)
public class GuidanceService {

    static final int MAX_TOPICS = 2000;
    static final int MAX_AGREEMENTS = 2000;
    static final int MAX_NEXT_STEP = 1000;
    static final int MAX_PLACE = 200;
    static final Duration LONGEST_MEETING = Duration.ofHours(4);

    private final GuidanceSql guidance;
    private final PairingSql pairings;
    private final PlacementSql placements;
    private final ContactSql contacts;
    private final InductionScope scope;
    private final InductionMails mails;
    private final Progress progress;

    GuidanceService(GuidanceSql guidance, PairingSql pairings, PlacementSql placements, ContactSql contacts,
                    InductionScope scope, InductionMails mails, Progress progress) {
        this.guidance = guidance;
        this.pairings = pairings;
        this.placements = placements;
        this.contacts = contacts;
        this.scope = scope;
        this.mails = mails;
        this.progress = progress;
    }

    /** The signed-in mentor's starters (proposals first), with their next meeting and what is overdue. */
    @PreAuthorize("hasAnyRole('EMPLOYEE', 'MENTOR')")
    public List<Mentee> mentees() {
        var rows = pairings.menteesOf(scope.employee());
        var overdue = progress.overdue(rows.stream()
                .map(r -> new Progress.Started(r.placementId(), r.programmeId(), r.startedOn())).toList());
        LocalDateTime now = LocalDateTime.now(progress.clockZone());
        var next = guidance.nextMeetings(rows.stream().map(PairingSql.MenteeRow::pairingId).toList(), now);
        return rows.stream().map(r -> new Mentee(r.pairingId(), r.status(), r.placementId(), r.starterName(),
                r.schoolName(), r.programmeName(), ProgressRules.yearOf(r.startedOn(), progress.today()), r.meetings(),
                r.lastMeeting(), next.get(r.pairingId()), overdue.getOrDefault(r.placementId(), 0),
                r.fitQuestionOpen())).toList();
    }

    /** The signed-in starter's induction, or empty when they are in no programme. */
    @PreAuthorize("hasRole('EMPLOYEE')")
    public Optional<MyGuidance> myGuidance() {
        long me = scope.employee();
        return placements.ofEmployee(me).map(placement -> {
            var milestones = progress.of(placement);
            var live = pairings.live(me);
            int year = ProgressRules.yearOf(placement.startedOn(), progress.today());
            LocalDateTime now = LocalDateTime.now(progress.clockZone());
            return new MyGuidance(placement.id(), placement.programmeName(), placement.startedOn(), year, milestones,
                    live.map(PairingSql.Live::pairingId).orElse(null), live.map(PairingSql.Live::status).orElse(null),
                    helpers(placement, live.orElse(null), milestones, year), placements.facilities(placement.id()),
                    live.map(l -> guidance.upcomingMeetings(l.pairingId(), now)).orElse(List.of()),
                    live.map(PairingSql.Live::starterFitOpen).orElse(false));
        });
    }

    /**
     * The log as the caller may read it: the starter all of their own log (also with an earlier mentor), the
     * mentor only what belongs to their pairing. Anyone else is refused.
     */
    @PreAuthorize("hasAnyRole('EMPLOYEE', 'MENTOR')")
    public List<GuidanceEntry> log(long pairingId) {
        var pairing = scope.ownPairing(pairingId);
        return scope.isMentorOf(pairing) ? guidance.entriesOfPairing(pairingId)
                : guidance.entriesOfPlacement(pairing.placementId());
    }

    /**
     * Logs a meeting of an active pairing, by its mentor or its starter. After the first one both are asked
     * whether the pairing fits.
     */
    @PreAuthorize("hasAnyRole('EMPLOYEE', 'MENTOR')")
    @Transactional
    public long addEntry(long pairingId, GuidanceDraft draft) {
        var pairing = scope.ownPairing(pairingId);
        if (pairing.status() != PairingStatus.ACTIVE) {
            throw new RuleViolation("induction.error.pairing-not-active");
        }
        var placement = placements.find(pairing.placementId()).orElseThrow();
        if (draft.metOn() == null) {
            throw new RuleViolation("induction.error.date-required");
        }
        if (draft.metOn().isAfter(progress.today())) {
            throw new RuleViolation("induction.error.meeting-in-future");
        }
        if (draft.metOn().isBefore(placement.startedOn().minusMonths(1))) {
            throw new RuleViolation("induction.error.meeting-before-start");
        }
        String topics = text(draft.topics(), MAX_TOPICS, true, "induction.error.topics");
        long id = guidance.insert(pairingId, draft.metOn(), topics,
                text(draft.agreements(), MAX_AGREEMENTS, false, "induction.error.agreements"),
                text(draft.nextStep(), MAX_NEXT_STEP, false, "induction.error.next-step"),
                scope.employee(), progress.now());
        if (pairings.markFitAsked(pairingId, progress.now())) {
            mails.fitQuestion(pairing.mentorId(), pairing.starterId());
        }
        return id;
    }

    /** The starter shares one of their log's entries with the board's HR, or takes the sharing back. */
    @PreAuthorize("hasRole('EMPLOYEE')")
    @Transactional
    public void share(long entryId, boolean shared) {
        long pairingId = guidance.pairingOf(entryId).orElseThrow(() -> new AccessDeniedException("No entry " + entryId));
        var pairing = pairings.find(pairingId).orElseThrow();
        if (pairing.starterId() != scope.employee()) {
            throw new AccessDeniedException("Only the starter shares an entry of their log");
        }
        guidance.share(entryId, shared, progress.now());
    }

    /** Plans a guidance meeting of an active pairing; both get it as a calendar entry. */
    @PreAuthorize("hasAnyRole('EMPLOYEE', 'MENTOR')")
    @Transactional
    public long planMeeting(long pairingId, LocalDateTime start, LocalDateTime end, String place) {
        var pairing = scope.ownPairing(pairingId);
        if (pairing.status() != PairingStatus.ACTIVE) {
            throw new RuleViolation("induction.error.pairing-not-active");
        }
        checkTimes(start, end);
        String where = text(place, MAX_PLACE, true, "induction.error.place");
        long id = guidance.insertMeeting(pairingId, start, end, where, progress.now());
        mails.meetingPlanned(new PlannedMeeting(id, start, end, where), pairing.mentorId(), pairing.starterId(), false);
        return id;
    }

    /**
     * Moves a planned meeting (the day, the times or the place); both get the calendar entry again with the same
     * UID, so their calendars replace it instead of adding a second one.
     */
    @PreAuthorize("hasAnyRole('EMPLOYEE', 'MENTOR')")
    @Transactional
    public void moveMeeting(long meetingId, LocalDateTime start, LocalDateTime end, String place) {
        var pairing = meetingOfMine(meetingId);
        checkTimes(start, end);
        String where = text(place, MAX_PLACE, true, "induction.error.place");
        if (!guidance.moveMeeting(meetingId, start, end, where, LocalDateTime.now(progress.clockZone()))) {
            throw new RuleViolation("induction.error.meeting-gone");
        }
        mails.meetingPlanned(new PlannedMeeting(meetingId, start, end, where), pairing.mentorId(),
                pairing.starterId(), true);
    }

    /** Cancels a planned meeting; both get the cancellation, which removes it from their calendars. */
    @PreAuthorize("hasAnyRole('EMPLOYEE', 'MENTOR')")
    @Transactional
    public void cancelMeeting(long meetingId) {
        var pairing = meetingOfMine(meetingId);
        var meeting = guidance.meeting(meetingId).orElseThrow();
        if (!guidance.cancelMeeting(meetingId, LocalDateTime.now(progress.clockZone()))) {
            throw new RuleViolation("induction.error.meeting-gone");
        }
        mails.meetingCancelled(meeting, pairing.mentorId(), pairing.starterId());
    }

    /** The pairing of a meeting whose mentor or starter is signed in; the pairing must be active. */
    private PairingSql.Pairing meetingOfMine(long meetingId) {
        var meeting = guidance.meeting(meetingId)
                .orElseThrow(() -> new AccessDeniedException("No meeting " + meetingId));
        var pairing = scope.ownPairing(guidance.pairingOfMeeting(meetingId).orElseThrow());
        if (pairing.status() != PairingStatus.ACTIVE) {
            throw new RuleViolation("induction.error.pairing-not-active");
        }
        if (!meeting.startsAt().isAfter(LocalDateTime.now(progress.clockZone()))) {
            throw new RuleViolation("induction.error.meeting-gone");
        }
        return pairing;
    }

    private void checkTimes(LocalDateTime start, LocalDateTime end) {
        if (start == null || end == null) {
            throw new RuleViolation("induction.error.date-required");
        }
        if (!start.isAfter(LocalDateTime.now(progress.clockZone()))) {
            throw new RuleViolation("induction.error.meeting-in-past");
        }
        if (!end.isAfter(start) || Duration.between(start, end).compareTo(LONGEST_MEETING) > 0) {
            throw new RuleViolation("induction.error.meeting-times");
        }
    }

    /**
     * The progress of one of the signed-in mentor's starters, milestone by milestone, so the mentor can see what
     * is due and tick off what was done. Only for the mentor of the live pairing.
     */
    @PreAuthorize("hasAnyRole('EMPLOYEE', 'MENTOR')")
    public List<MilestoneProgress> menteeProgress(long pairingId) {
        var pairing = scope.ownPairing(pairingId);
        if (!scope.isMentorOf(pairing) || !pairing.status().live() || pairing.status() == PairingStatus.PROPOSED) {
            throw new AccessDeniedException("Pairing " + pairingId + " is not a live pairing the caller mentors");
        }
        return progress.of(placements.find(pairing.placementId()).orElseThrow());
    }

    /** Records a milestone as done, by the starter or by the mentor of their live pairing. */
    @PreAuthorize("hasAnyRole('EMPLOYEE', 'MENTOR')")
    @Transactional
    public void recordMilestone(long placementId, long milestoneId, LocalDate on, @Nullable String note) {
        var placement = placements.find(placementId).orElseThrow(() -> new AccessDeniedException("No placement"));
        long me = scope.employee();
        boolean starter = placement.employeeId() == me;
        boolean mentor = pairings.live(placement.employeeId()).map(l -> l.mentorId() == me).orElse(false);
        if (!starter && !mentor) {
            throw new AccessDeniedException("Placement " + placementId + " is not the caller's");
        }
        if (!placements.programmeOfMilestone(milestoneId).map(p -> p == placement.programmeId()).orElse(false)) {
            throw new RuleViolation("induction.error.not-in-programme");
        }
        if (on == null || on.isAfter(progress.today())) {
            throw new RuleViolation("induction.error.done-in-future");
        }
        placements.recordDone(placementId, milestoneId, on, text(note, 300, false, "induction.error.note"),
                scope.user().displayName(), progress.now());
    }

    private List<MyGuidance.HelperContact> helpers(PlacementSql.Placement placement, PairingSql.@Nullable Live live,
                                                   List<MilestoneProgress> milestones, int year) {
        Map<Helper, List<String>> helpsWith = milestones.stream().filter(m -> m.year() == year)
                .collect(Collectors.groupingBy(MilestoneProgress::helper,
                        Collectors.mapping(MilestoneProgress::title, Collectors.toList())));
        List<MyGuidance.HelperContact> result = new ArrayList<>();
        var mentor = live == null || live.status() != PairingStatus.ACTIVE ? Optional.<ContactSql.Contact>empty()
                : contacts.employee(live.mentorId());
        result.add(contact(Helper.MENTOR, mentor, helpsWith));
        Long schoolContact = placement.schoolContactId() != null ? placement.schoolContactId()
                : contacts.lineManagerOf(placement.employeeId()).orElse(null);
        result.add(contact(Helper.SCHOOL_CONTACT, schoolContact == null ? Optional.empty()
                : contacts.employee(schoolContact), helpsWith));
        result.add(contact(Helper.HR, contacts.accounts("HR", placement.boardId()).stream().findFirst(), helpsWith));
        result.add(contact(Helper.DESK, contacts.accounts("COORDINATOR", null).stream().findFirst(), helpsWith));
        return result;
    }

    private static MyGuidance.HelperContact contact(Helper helper, Optional<ContactSql.Contact> who,
                                                    Map<Helper, List<String>> helpsWith) {
        return new MyGuidance.HelperContact(helper, who.map(ContactSql.Contact::name).orElse(null),
                who.map(ContactSql.Contact::email).orElse(null), helpsWith.getOrDefault(helper, List.of()));
    }

    private static @Nullable String text(@Nullable String value, int max, boolean required, String key) {
        String text = value == null ? "" : value.strip();
        if (text.isEmpty()) {
            if (required) {
                throw new RuleViolation(key + "-required");
            }
            return null;
        }
        if (text.length() > max) {
            throw new RuleViolation(key + "-too-long", max);
        }
        return text;
    }
}

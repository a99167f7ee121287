package nl.onderwijsloket.portal.enrolment;

import nl.onderwijsloket.portal.common.RuleViolation;
import java.time.Clock;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Optional;
import nl.onderwijsloket.portal.enrolment.data.EditionState;
import nl.onderwijsloket.portal.enrolment.data.EnrolmentRow;
import nl.onderwijsloket.portal.enrolment.data.EnrolmentSql;
import nl.onderwijsloket.portal.enrolment.data.ParticipantSql;
import nl.onderwijsloket.portal.enrolment.data.ParticipantSql.Scope;
import nl.onderwijsloket.portal.security.CurrentUser;
import nl.onderwijsloket.portal.security.PortalUser;
import nl.onderwijsloket.portal.security.Role;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Participant lists and attendance. The course's provider sees everybody in its own editions and registers
 * attendance per meeting; a coordinator sees everybody, HR only the people of its own board, both read-only.
 * Scope comes from the signed-in account, never from a parameter; reaching for an edition outside it is
 * refused with {@link AccessDeniedException}. Completion and no-shows are status changes and go through
 * {@link EnrolmentService}.
 */
@Service
@Transactional(readOnly = true)
public class ParticipantService {

    /** Largest page of editions a caller gets, whatever it asks for. */
    static final int MAX_PAGE = 100;

    private final ParticipantSql participants;
    private final EnrolmentSql store;
    private final CurrentUser currentUser;
    private final Clock clock;

    ParticipantService(ParticipantSql participants, EnrolmentSql store, CurrentUser currentUser, Clock clock) {
        this.participants = participants;
        this.store = store;
        this.currentUser = currentUser;
        this.clock = clock;
    }

    /** Editions whose participants the user may see, filtered on course title, the latest start first. */
    @PreAuthorize("hasAnyRole('PROVIDER', 'HR', 'COORDINATOR')")
    public List<EditionChoice> editions(String text, int offset, int limit) {
        return participants.editions(scope(currentUser.require()), text == null ? "" : text, Math.max(offset, 0),
                Math.clamp(limit, 0, MAX_PAGE));
    }

    @PreAuthorize("hasAnyRole('PROVIDER', 'HR', 'COORDINATOR')")
    public int countEditions(String text) {
        return participants.countEditions(scope(currentUser.require()), text == null ? "" : text);
    }

    /** One edition as a choice (e.g. to show the one named in a link); refused outside the user's scope. */
    @PreAuthorize("hasAnyRole('PROVIDER', 'HR', 'COORDINATOR')")
    public Optional<EditionChoice> edition(long editionId) {
        Optional<EditionChoice> choice = participants.editionChoice(editionId);
        choice.ifPresent(c -> view(currentUser.require(), editionId));
        return choice;
    }

    /** The edition's participants, meetings and attendance, as far as the user may see them. */
    @PreAuthorize("hasAnyRole('PROVIDER', 'HR', 'COORDINATOR')")
    public Optional<ParticipantList> participants(long editionId) {
        return participants.edition(editionId).map(edition -> {
            View view = view(currentUser.require(), editionId);
            var people = participants.participants(editionId, view.boardId());
            var present = participants.present(editionId);
            var shown = people.stream().map(ParticipantList.Participant::enrolmentId).toList();
            present.removeIf(p -> !shown.contains(p.enrolmentId()));
            return new ParticipantList(edition, view.manage(), participants.meetings(editionId), people, present);
        });
    }

    /**
     * The course's provider registers whether an enrolled (or completed) participant of the edition was at
     * one of its meetings, once the meeting has begun. A second registration replaces the first.
     */
    @Transactional
    @PreAuthorize("hasRole('PROVIDER')")
    public void recordAttendance(long meetingId, long enrolmentId, boolean present) {
        PortalUser user = currentUser.require();
        var meeting = participants.meeting(meetingId)
                .orElseThrow(() -> new RuleViolation("attendance.error.no-meeting"));
        long editionId = meeting.editionId();
        EditionState edition = store.lockEdition(editionId)
                .orElseThrow(() -> new RuleViolation("enrolment.error.no-edition"));
        if (user.providerId() == null || user.providerId() != edition.providerId()) {
            throw new AccessDeniedException("Edition " + editionId + " is not the provider's own");
        }
        EnrolmentRow enrolment = store.find(enrolmentId)
                .filter(e -> e.editionId() == editionId)
                .orElseThrow(() -> new RuleViolation("attendance.error.not-participant"));
        if (enrolment.status() != EnrolmentStatus.ENROLLED && enrolment.status() != EnrolmentStatus.COMPLETED) {
            throw new RuleViolation("attendance.error.not-participant");
        }
        if (meeting.startsAt().isAfter(LocalDateTime.now(clock))) {
            throw new RuleViolation("attendance.error.not-yet");
        }
        participants.recordAttendance(meetingId, enrolmentId, present, user.accountId(), clock.instant());
    }

    private record View(boolean manage, Long boardId) {
    }

    /** What the user may see of the edition's people, or a refusal. */
    private View view(PortalUser user, long editionId) {
        if (user.has(Role.PROVIDER) && user.providerId() != null
                && participants.providerOf(editionId).filter(user.providerId()::equals).isPresent()) {
            return new View(true, null);
        }
        if (user.has(Role.COORDINATOR)) {
            return new View(false, null);
        }
        // HR sees the editions its own board's people take part in, as in the list of editions.
        if (user.has(Role.HR) && user.boardId() != null && participants.hasPeopleOf(editionId, user.boardId())) {
            return new View(false, user.boardId());
        }
        throw new AccessDeniedException("Edition " + editionId + " is outside the user's scope");
    }

    private static Scope scope(PortalUser user) {
        if (user.has(Role.COORDINATOR)) {
            return Scope.ALL;
        }
        if (user.has(Role.PROVIDER) && user.providerId() != null) {
            return Scope.provider(user.providerId());
        }
        if (user.has(Role.HR) && user.boardId() != null) {
            return Scope.board(user.boardId());
        }
        throw new AccessDeniedException("No edition scope for this account");
    }
}

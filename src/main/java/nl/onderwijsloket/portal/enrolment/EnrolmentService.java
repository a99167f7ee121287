package nl.onderwijsloket.portal.enrolment;

import nl.onderwijsloket.portal.common.RuleViolation;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import nl.onderwijsloket.portal.catalogue.EditionStatus;
import nl.onderwijsloket.portal.enrolment.BookingResult.Outcome;
import nl.onderwijsloket.portal.enrolment.data.Applicant;
import nl.onderwijsloket.portal.enrolment.data.EditionState;
import nl.onderwijsloket.portal.enrolment.data.Enrolling;
import nl.onderwijsloket.portal.enrolment.data.EnrolmentRow;
import nl.onderwijsloket.portal.enrolment.data.EnrolmentSql;
import nl.onderwijsloket.portal.enrolment.data.PersonRef;
import nl.onderwijsloket.portal.security.CurrentUser;
import nl.onderwijsloket.portal.security.PortalUser;
import nl.onderwijsloket.portal.security.Role;
import org.jspecify.annotations.Nullable;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Enrolment: employees enrol themselves, HR books and approves for its own board, anyone with the right
 * cancels, freed seats go to the waitlist as offers. Every change locks the edition row first, so capacity
 * and waitlist order hold under concurrent use.
 */
@Service
@Transactional(readOnly = true)
public class EnrolmentService {

    private final EnrolmentSql store;
    private final CurrentUser currentUser;
    private final ApplicationEventPublisher events;
    private final Clock clock;
    private final Duration offerWindow;

    EnrolmentService(EnrolmentSql store, CurrentUser currentUser, ApplicationEventPublisher events, Clock clock,
                     @Value("${portal.enrolment.offer-hours:48}") int offerHours) {
        this.store = store;
        this.currentUser = currentUser;
        this.events = events;
        this.clock = clock;
        this.offerWindow = Duration.ofHours(offerHours);
    }

    /** The signed-in person's enrolments in the given editions, by edition (none when not linked to a person). */
    @PreAuthorize("isAuthenticated()")
    public Map<Long, MyEnrolment> mine(Collection<Long> editionIds) {
        Long employeeId = currentUser.require().employeeId();
        if (employeeId == null || editionIds.isEmpty()) {
            return Map.of();
        }
        return store.ofPersonInEditions(employeeId, editionIds).stream()
                .collect(Collectors.toMap(EnrolmentRow::editionId, row -> new MyEnrolment(row.id(), row.editionId(),
                        row.status(), row.waitlistPosition(), row.offerExpiresAt(), row.reason())));
    }

    /** The signed-in employee asks for a place in an edition. */
    @Transactional
    @PreAuthorize("hasRole('EMPLOYEE')")
    public BookingResult enrolSelf(long editionId) {
        PortalUser user = currentUser.require();
        if (user.employeeId() == null) {
            throw new RuleViolation("enrolment.error.no-person");
        }
        Enrolling enrolling = lockForEnrolment(editionId, List.of(user.employeeId()));
        BookingResult result = enrol(enrolling.edition(), enrolling.applicants().getFirst(), Actor.of(user), false);
        if (result.outcome() == Outcome.NOT_ELIGIBLE || result.outcome() == Outcome.ALREADY_ENROLLED) {
            throw new RuleViolation(result.reasonKey());
        }
        return result;
    }

    /**
     * HR books people of its own board into an edition in one go; a booking by HR counts as the employer's
     * approval. Asking for anybody outside the board refuses the whole call and changes nothing.
     */
    @Transactional
    @PreAuthorize("hasRole('HR')")
    public List<BookingResult> book(long editionId, Collection<Long> employeeIds) {
        PortalUser user = currentUser.require();
        long board = currentUser.requireBoard();
        var ids = new LinkedHashSet<>(employeeIds);
        Enrolling enrolling = lockForEnrolment(editionId, ids);
        EditionState edition = enrolling.edition();
        List<Applicant> applicants = enrolling.applicants();
        if (applicants.size() != ids.size() || applicants.stream().anyMatch(a -> a.person().boardId() != board)) {
            throw new AccessDeniedException("Employees outside the HR officer's board");
        }
        List<BookingResult> results = new ArrayList<>();
        for (Applicant applicant : applicants.stream().sorted(Comparator.comparing(a -> a.person().name())).toList()) {
            results.add(enrol(edition, applicant, Actor.of(user), true));
            edition = lock(editionId);
        }
        return results;
    }

    /**
     * One person's request, under the edition's lock: a seat while there is one, else the end of the
     * waitlist; a request while the edition is planned, or a wait for the employer where approval is needed.
     */
    private BookingResult enrol(EditionState edition, Applicant applicant, Actor actor, boolean approved) {
        PersonRef person = applicant.person();
        String refusal = refusal(edition, applicant);
        if (refusal != null) {
            return new BookingResult(person.id(), person.name(), Outcome.NOT_ELIGIBLE, null, refusal);
        }
        EnrolmentRow existing = applicant.existing();
        if (existing != null && existing.status().active()) {
            return new BookingResult(person.id(), person.name(), Outcome.ALREADY_ENROLLED,
                    existing.waitlistPosition(), "enrolment.error.already");
        }
        EnrolmentStatus status;
        Integer position = null;
        if (edition.status() == EditionStatus.PLANNED) {
            status = EnrolmentStatus.REQUESTED;
        } else if (edition.approvalRequired() && !approved) {
            status = EnrolmentStatus.AWAITING_APPROVAL;
        } else if (edition.hasFreeSeat() && store.takeSeat(edition.id())) {
            status = EnrolmentStatus.ENROLLED;
        } else {
            status = EnrolmentStatus.WAITLISTED;
            position = store.nextWaitlistPosition(edition.id());
        }
        Instant now = clock.instant();
        long id;
        if (existing != null) {
            id = existing.id();
            if (!store.reopen(id, existing.status(), status, position, actor.accountId(), now)) {
                throw new RuleViolation("enrolment.error.changed-meanwhile");
            }
        } else {
            id = store.insert(edition.id(), person.id(), status, position, actor.accountId(), now);
        }
        var row = new EnrolmentRow(id, edition.id(), person.id(), person.boardId(), status, position, null, null);
        record(row, existing == null ? null : existing.status(), actor);
        return new BookingResult(person.id(), person.name(), Outcome.valueOf(status.name()), position, null);
    }

    /** Why this person cannot enrol in this edition now (a translation key), or null. */
    private String refusal(EditionState edition, Applicant applicant) {
        LocalDate today = LocalDate.now(clock);
        return switch (edition.status()) {
            case CANCELLED -> "enrolment.error.edition-cancelled";
            case CLOSED, COMPLETED -> "enrolment.error.edition-closed";
            case PLANNED, OPEN -> today.isAfter(edition.enrolmentDeadline()) ? "enrolment.error.deadline-passed"
                    : applicant.completedCourse() ? "enrolment.error.already-completed"
                    : null;
        };
    }

    /**
     * Cancels an enrolment. The employee may until the edition's cancellation deadline; HR of the person's
     * board, the course's provider and coordinators may at any time. A freed seat is offered to the waitlist.
     */
    @Transactional
    @PreAuthorize("isAuthenticated()")
    public void cancel(long enrolmentId, String reason) {
        PortalUser user = currentUser.require();
        EnrolmentRow enrolment = find(enrolmentId);
        EditionState edition = lock(enrolment.editionId());
        enrolment = find(enrolmentId);
        boolean own = user.employeeId() != null && user.employeeId() == enrolment.employeeId();
        boolean staff = user.has(Role.COORDINATOR)
                || user.has(Role.HR) && user.boardId() != null && user.boardId() == enrolment.boardId()
                || user.has(Role.PROVIDER) && user.providerId() != null && user.providerId() == edition.providerId();
        if (!own && !staff) {
            throw new AccessDeniedException("Not allowed to cancel enrolment " + enrolmentId);
        }
        if (!staff && LocalDate.now(clock).isAfter(edition.cancellationDeadline())) {
            throw new RuleViolation("enrolment.error.cancellation-deadline-passed");
        }
        if (!enrolment.status().active()) {
            throw new RuleViolation("enrolment.error.not-active");
        }
        String why = reason == null || reason.isBlank() ? null : reason.strip();
        leave(enrolment, edition, EnrolmentStatus.CANCELLED, why, Actor.of(user));
    }

    /** HR of the person's board approves a request; only now is a seat or a waitlist place given. */
    @Transactional
    @PreAuthorize("hasRole('HR')")
    public BookingResult approve(long enrolmentId) {
        PortalUser user = currentUser.require();
        EnrolmentRow enrolment = ownBoard(find(enrolmentId));
        Enrolling enrolling = lockForEnrolment(enrolment.editionId(), List.of(enrolment.employeeId()));
        EditionState edition = enrolling.edition();
        enrolment = find(enrolmentId);
        if (enrolment.status() != EnrolmentStatus.AWAITING_APPROVAL) {
            throw new RuleViolation("enrolment.error.not-awaiting-approval");
        }
        Applicant applicant = enrolling.applicants().getFirst();
        PersonRef person = applicant.person();
        String refusal = refusal(edition, applicant);
        if (refusal != null) {
            throw new RuleViolation(refusal);
        }
        EnrolmentStatus to;
        Integer position = null;
        if (store.takeSeat(edition.id())) {
            to = EnrolmentStatus.ENROLLED;
        } else {
            to = EnrolmentStatus.WAITLISTED;
            position = store.nextWaitlistPosition(edition.id());
        }
        move(enrolment, to, position, null, null, Actor.of(user));
        return new BookingResult(person.id(), person.name(), Outcome.valueOf(to.name()), position, null);
    }

    /** HR of the person's board declines a request; the reason is shown to the employee. */
    @Transactional
    @PreAuthorize("hasRole('HR')")
    public void decline(long enrolmentId, String reason) {
        if (reason == null || reason.isBlank()) {
            throw new RuleViolation("enrolment.error.reason-required");
        }
        PortalUser user = currentUser.require();
        EnrolmentRow enrolment = ownBoard(find(enrolmentId));
        lock(enrolment.editionId());
        enrolment = find(enrolmentId);
        if (enrolment.status() != EnrolmentStatus.AWAITING_APPROVAL) {
            throw new RuleViolation("enrolment.error.not-awaiting-approval");
        }
        move(enrolment, EnrolmentStatus.CANCELLED, null, null, reason.strip(), Actor.of(user));
    }

    /** The employee takes the seat offered to her, before the offer expires. */
    @Transactional
    @PreAuthorize("hasRole('EMPLOYEE')")
    public void acceptOffer(long enrolmentId) {
        PortalUser user = currentUser.require();
        EnrolmentRow enrolment = own(find(enrolmentId), user);
        lock(enrolment.editionId());
        enrolment = find(enrolmentId);
        if (enrolment.status() != EnrolmentStatus.OFFERED) {
            throw new RuleViolation("enrolment.error.no-offer");
        }
        if (!clock.instant().isBefore(enrolment.offerExpiresAt())) {
            throw new RuleViolation("enrolment.error.offer-expired");
        }
        move(enrolment, EnrolmentStatus.ENROLLED, null, null, null, Actor.of(user));
    }

    /** The employee turns the offered seat down; it goes to the next person on the waitlist. */
    @Transactional
    @PreAuthorize("hasRole('EMPLOYEE')")
    public void declineOffer(long enrolmentId) {
        PortalUser user = currentUser.require();
        EnrolmentRow enrolment = own(find(enrolmentId), user);
        EditionState edition = lock(enrolment.editionId());
        enrolment = find(enrolmentId);
        if (enrolment.status() != EnrolmentStatus.OFFERED) {
            throw new RuleViolation("enrolment.error.no-offer");
        }
        leave(enrolment, edition, EnrolmentStatus.CANCELLED, "enrolment.reason.offer-declined", Actor.of(user));
    }

    /**
     * Lets one expired offer lapse and passes the seat on. Called by {@link OfferExpiry} per offer in its
     * own transaction; the status check under the edition lock makes a second node's attempt a no-op.
     */
    @Transactional
    boolean expireOffer(long enrolmentId) {
        EnrolmentRow seen = find(enrolmentId);
        EditionState edition = lock(seen.editionId());
        EnrolmentRow enrolment = find(enrolmentId);
        if (enrolment.status() != EnrolmentStatus.OFFERED || clock.instant().isBefore(enrolment.offerExpiresAt())) {
            return false;
        }
        leave(enrolment, edition, EnrolmentStatus.CANCELLED, "enrolment.reason.offer-expired", Actor.SYSTEM);
        return true;
    }

    /**
     * Handles the requests made while the edition was still planned, first asked first: the provider moved
     * a planned edition on (opened or closed it). Called by {@link CatalogueEvents} inside the catalogue's
     * transaction, which holds the edition's lock.
     */
    @Transactional(propagation = Propagation.MANDATORY)
    void processRequests(long editionId, Actor actor) {
        EditionState edition = lock(editionId);
        for (EnrolmentRow request : store.requested(editionId)) {
            if (edition.approvalRequired()) {
                move(request, EnrolmentStatus.AWAITING_APPROVAL, null, null, null, actor);
            } else if (store.takeSeat(editionId)) {
                move(request, EnrolmentStatus.ENROLLED, null, null, null, actor);
            } else {
                move(request, EnrolmentStatus.WAITLISTED, store.nextWaitlistPosition(editionId), null, null, actor);
            }
        }
    }

    /**
     * The edition got more seats: they are offered to the waitlist, first in line first. Called by
     * {@link CatalogueEvents} inside the catalogue's transaction.
     */
    @Transactional(propagation = Propagation.MANDATORY)
    void offerNewSeats(long editionId) {
        offerFreeSeats(lock(editionId));
    }

    /**
     * The edition was cancelled (its status is already CANCELLED): every active enrolment is cancelled with
     * the reason (or a standard one), each with its audit row and event, and its seat freed. Called by
     * {@link CatalogueEvents} inside the catalogue's transaction. Returns how many were cancelled.
     */
    @Transactional(propagation = Propagation.MANDATORY)
    int cancelAll(long editionId, @Nullable String reason, Actor actor) {
        EditionState edition = lock(editionId);
        if (edition.status() != EditionStatus.CANCELLED) {
            throw new IllegalStateException("Edition " + editionId + " is not cancelled");
        }
        String why = reason == null || reason.isBlank() ? "enrolment.reason.edition-cancelled" : reason.strip();
        List<EnrolmentRow> active = store.active(editionId);
        for (EnrolmentRow row : active) {
            leave(find(row.id()), edition, EnrolmentStatus.CANCELLED, why, actor);
        }
        return active.size();
    }

    /**
     * The course's provider marks an enrolled participant as having completed the edition (from its start
     * on): the course's study load is credited as hours, dated today.
     */
    @Transactional
    @PreAuthorize("hasRole('PROVIDER')")
    public void complete(long enrolmentId) {
        PortalUser user = currentUser.require();
        EditionState edition = ownProvider(lock(find(enrolmentId).editionId()), user);
        EnrolmentRow enrolment = find(enrolmentId);
        started(enrolment, edition);
        if (!store.complete(enrolmentId, edition.studyLoadHours(), LocalDate.now(clock), clock.instant())) {
            throw new RuleViolation("enrolment.error.changed-meanwhile");
        }
        record(enrolment.after(EnrolmentStatus.COMPLETED, null, null, null), enrolment.status(), Actor.of(user));
    }

    /** The course's provider marks an enrolled participant who did not turn up (from the edition's start on). */
    @Transactional
    @PreAuthorize("hasRole('PROVIDER')")
    public void markNoShow(long enrolmentId) {
        PortalUser user = currentUser.require();
        EditionState edition = ownProvider(lock(find(enrolmentId).editionId()), user);
        EnrolmentRow enrolment = find(enrolmentId);
        started(enrolment, edition);
        move(enrolment, EnrolmentStatus.NO_SHOW, null, null, null, Actor.of(user));
    }

    private void started(EnrolmentRow enrolment, EditionState edition) {
        if (enrolment.status() != EnrolmentStatus.ENROLLED) {
            throw new RuleViolation("enrolment.error.not-enrolled");
        }
        if (LocalDate.now(clock).isBefore(edition.startDate())) {
            throw new RuleViolation("enrolment.error.not-started");
        }
    }

    private static EditionState ownProvider(EditionState edition, PortalUser user) {
        if (user.providerId() == null || user.providerId() != edition.providerId()) {
            throw new AccessDeniedException("Edition " + edition.id() + " is not the provider's own");
        }
        return edition;
    }

    /** Takes the person out (cancelled, declined, expired) and gives a freed seat to the waitlist. */
    private void leave(EnrolmentRow enrolment, EditionState edition, EnrolmentStatus to, String reason, Actor actor) {
        move(enrolment, to, null, null, reason, actor);
        if (enrolment.status().holdsSeat()) {
            store.releaseSeat(edition.id());
            offerFreeSeats(edition);
        } else if (enrolment.status() == EnrolmentStatus.WAITLISTED) {
            store.closeWaitlistGap(edition.id(), enrolment.waitlistPosition());
        }
    }

    /**
     * While there are free seats and people waiting, the first in line gets an offer, held for the offer
     * window but never past the start of the edition. A cancelled or completed edition offers nothing.
     */
    void offerFreeSeats(EditionState edition) {
        if (edition.status() == EditionStatus.CANCELLED || edition.status() == EditionStatus.COMPLETED) {
            return;
        }
        long editionId = edition.id();
        while (true) {
            var first = store.firstOnWaitlist(editionId);
            if (first.isEmpty() || !store.takeSeat(editionId)) {
                return;
            }
            Instant expires = clock.instant().plus(offerWindow);
            Instant editionStart = edition.startDate().atStartOfDay(clock.getZone()).toInstant();
            if (expires.isAfter(editionStart) && editionStart.isAfter(clock.instant())) {
                expires = editionStart;
            }
            move(first.get(), EnrolmentStatus.OFFERED, null, expires, null, Actor.SYSTEM);
            store.closeWaitlistGap(editionId, 1);
        }
    }

    private void move(EnrolmentRow enrolment, EnrolmentStatus to, Integer position, Instant offerExpiresAt,
                      String reason, Actor actor) {
        if (!store.transition(enrolment.id(), enrolment.status(), to, position, offerExpiresAt, reason,
                clock.instant())) {
            throw new RuleViolation("enrolment.error.changed-meanwhile");
        }
        record(enrolment.after(to, position, offerExpiresAt, reason), enrolment.status(), actor);
    }

    /**
     * Writes the audit row of a change and publishes it, from the data in hand: {@code now} is the
     * enrolment as it stands after the change (with the change's reason), {@code from} its status before.
     */
    private void record(EnrolmentRow now, @Nullable EnrolmentStatus from, Actor actor) {
        long eventId = store.event(now, from, now.status(), now.waitlistPosition(), actor.accountId(), actor.name(),
                now.reason(), clock.instant());
        events.publishEvent(new EnrolmentChanged(now.id(), eventId, now.editionId(), now.employeeId(), from,
                now.status(), now.waitlistPosition(), now.offerExpiresAt(), now.reason()));
    }

    private EnrolmentRow own(EnrolmentRow enrolment, PortalUser user) {
        if (user.employeeId() == null || user.employeeId() != enrolment.employeeId()) {
            throw new AccessDeniedException("Not your enrolment");
        }
        return enrolment;
    }

    private EnrolmentRow ownBoard(EnrolmentRow enrolment) {
        if (enrolment.boardId() != currentUser.requireBoard()) {
            throw new AccessDeniedException("Enrolment of another board");
        }
        return enrolment;
    }

    private EnrolmentRow find(long id) {
        return store.find(id).orElseThrow(() -> new RuleViolation("enrolment.error.not-found"));
    }

    private Enrolling lockForEnrolment(long editionId, Collection<Long> employeeIds) {
        return store.lockForEnrolment(editionId, employeeIds)
                .orElseThrow(() -> new RuleViolation("enrolment.error.no-edition"));
    }

    private EditionState lock(long editionId) {
        return store.lockEdition(editionId).orElseThrow(() -> new RuleViolation("enrolment.error.no-edition"));
    }
}

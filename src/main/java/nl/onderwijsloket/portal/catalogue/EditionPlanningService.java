package nl.onderwijsloket.portal.catalogue;

import nl.onderwijsloket.portal.common.RuleViolation;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import nl.onderwijsloket.portal.catalogue.data.Course;
import nl.onderwijsloket.portal.catalogue.data.CourseReadSql;
import nl.onderwijsloket.portal.catalogue.data.CourseRepository;
import nl.onderwijsloket.portal.catalogue.data.Edition;
import nl.onderwijsloket.portal.catalogue.data.EditionRepository;
import nl.onderwijsloket.portal.catalogue.data.Meeting;
import nl.onderwijsloket.portal.catalogue.data.MeetingRepository;
import nl.onderwijsloket.portal.security.CurrentUser;
import org.jspecify.annotations.Nullable;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * A provider plans the editions of its own courses: dates, deadlines, place, seats, status and meetings.
 * The provider is always the one the signed-in account acts for, never one a caller names; an edition of
 * another provider's course is refused with {@link AccessDeniedException}.
 *
 * <p>Every change locks the edition row first (the lock enrolment takes too), so the seats taken it checks
 * a new capacity against cannot change underneath it. What a change means for others is published as an
 * event ({@link EditionOpened}, {@link EditionCapacityRaised}, {@link EditionCancelled},
 * {@link MeetingsChanged}) after the change is flushed, synchronously and so inside the same transaction and
 * under the same lock: enrolment listens, handles the requests made meanwhile, offers new seats to the
 * waitlist or cancels every active enrolment (each with its audit row, event and mail), and a listener's
 * failure rolls the whole change back. Catalogue does not know who listens (see DD015). Edits carry the
 * version they were read at; a change made meanwhile by somebody else raises
 * {@link OptimisticLockingFailureException}.
 */
@Service
@Transactional(readOnly = true)
public class EditionPlanningService {

    /** The status a provider can choose; COMPLETED is set when an edition is over, not by hand. */
    public static final List<EditionStatus> CHOOSABLE = List.of(EditionStatus.PLANNED, EditionStatus.OPEN,
            EditionStatus.CLOSED, EditionStatus.CANCELLED);

    private final EditionRepository editions;
    private final MeetingRepository meetings;
    private final CourseRepository courses;
    private final CourseReadSql readSql;
    private final ApplicationEventPublisher events;
    private final CurrentUser currentUser;
    private final Clock clock;

    EditionPlanningService(EditionRepository editions, MeetingRepository meetings, CourseRepository courses,
                           CourseReadSql readSql, ApplicationEventPublisher events, CurrentUser currentUser,
                           Clock clock) {
        this.editions = editions;
        this.meetings = meetings;
        this.courses = courses;
        this.readSql = readSql;
        this.events = events;
        this.currentUser = currentUser;
        this.clock = clock;
    }

    /** One of the provider's own courses, to plan a new edition of; empty when there is no such course. */
    @PreAuthorize("hasRole('PROVIDER')")
    public Optional<CourseRef> ownCourse(long courseId) {
        return courses.findById(courseId).map(this::own).map(c -> new CourseRef(c.getId(), c.getTitle()));
    }

    /** An edition of one of the provider's own courses, with its meetings; empty when there is none. */
    @PreAuthorize("hasRole('PROVIDER')")
    public Optional<EditionDetails> edition(long editionId) {
        return editions.findWithCourse(editionId).map(edition -> {
            own(edition.getCourse());
            var planned = meetings.findByEditionIdOrderBySeq(editionId).stream()
                    .map(m -> new EditionDetails.PlannedMeeting(m.getId(), m.getVersion(), m.getSeq(),
                            new MeetingPlan(m.getStartsAt().toLocalDate(), m.getStartsAt().toLocalTime(),
                                    m.getEndsAt().toLocalTime(), m.getTopic())))
                    .toList();
            return new EditionDetails(edition.getId(), edition.getCourse().getId(), edition.getCourse().getTitle(),
                    edition.getVersion(), edition.getSeatsTaken(), plan(edition), planned);
        });
    }

    /** Plans a new edition of an own course; returns its id. */
    @Transactional
    @PreAuthorize("hasRole('PROVIDER')")
    public long create(long courseId, EditionPlan plan) {
        Course course = own(courses.findById(courseId)
                .orElseThrow(() -> new RuleViolation("edition.error.no-course")));
        if (plan.status() == EditionStatus.CANCELLED || !CHOOSABLE.contains(plan.status())) {
            throw new RuleViolation("edition.error.new-status");
        }
        check(plan);
        var edition = new Edition(course);
        apply(edition, plan);
        long id = editions.saveAndFlush(edition).getId();
        readSql.refreshNextStart(courseId, today());
        return id;
    }

    /**
     * Changes an edition as read at {@code version}. Lowering the capacity below the seats taken is refused;
     * a higher capacity offers the new seats to the waitlist; leaving PLANNED handles the requests made
     * meanwhile; CANCELLED cancels every active enrolment with the given reason (or a standard one); another
     * place (or going online) changes every meeting for the people enrolled.
     */
    @Transactional
    @PreAuthorize("hasRole('PROVIDER')")
    public void update(long editionId, long version, EditionPlan plan, @Nullable String cancellationReason) {
        Edition edition = lockOwn(editionId);
        if (edition.getVersion() != version) {
            throw new OptimisticLockingFailureException("Edition " + editionId + " changed since version " + version);
        }
        EditionStatus from = edition.getStatus();
        EditionStatus to = plan.status();
        changeable(edition);
        if (!CHOOSABLE.contains(to)) {
            throw new RuleViolation("edition.error.status-not-choosable");
        }
        if (to == EditionStatus.PLANNED && from != EditionStatus.PLANNED) {
            throw new RuleViolation("edition.error.back-to-planned");
        }
        check(plan);
        if (plan.capacity() < edition.getSeatsTaken()) {
            throw new RuleViolation("edition.error.capacity-below-taken", edition.getSeatsTaken());
        }
        if (meetings.countOutside(editionId, plan.startDate().atStartOfDay(),
                plan.endDate().plusDays(1).atStartOfDay()) > 0) {
            throw new RuleViolation("edition.error.meetings-outside");
        }
        int oldCapacity = edition.getCapacity();
        Place oldPlace = Place.of(edition);
        apply(edition, plan);
        editions.flush();
        if (to == EditionStatus.CANCELLED) {
            events.publishEvent(new EditionCancelled(editionId, cancellationReason));
        } else {
            if (from == EditionStatus.PLANNED && to != EditionStatus.PLANNED) {
                events.publishEvent(new EditionOpened(editionId, to));
            }
            if (plan.capacity() > oldCapacity) {
                events.publishEvent(new EditionCapacityRaised(editionId, oldCapacity, plan.capacity()));
            }
            // Nobody holds a seat in a planned edition, so only a place change after opening concerns anyone.
            if (from != EditionStatus.PLANNED && !Place.of(edition).equals(oldPlace)) {
                Set<Long> all = Set.copyOf(meetings.findByEditionIdOrderBySeq(editionId).stream()
                        .map(Meeting::getId).toList());
                if (!all.isEmpty()) {
                    events.publishEvent(MeetingsChanged.changed(editionId, all));
                }
            }
        }
        readSql.refreshNextStart(edition.getCourse().getId(), today());
    }

    /** Adds a meeting to an own edition; it must fall within the edition's period. Returns its id. */
    @Transactional
    @PreAuthorize("hasRole('PROVIDER')")
    public long addMeeting(long editionId, MeetingPlan plan) {
        Edition edition = lockOwn(editionId);
        changeable(edition);
        check(plan, edition);
        var meeting = new Meeting(editionId, meetings.lastSeq(editionId) + 1);
        meeting.plan(plan.date().atTime(plan.start()), plan.date().atTime(plan.end()), blankToNull(plan.topic()));
        long id = meetings.saveAndFlush(meeting).getId();
        meetings.renumber(editionId);
        events.publishEvent(MeetingsChanged.added(editionId, id));
        return id;
    }

    /** Changes a meeting as read at {@code version}. */
    @Transactional
    @PreAuthorize("hasRole('PROVIDER')")
    public void updateMeeting(long meetingId, long version, MeetingPlan plan) {
        Meeting meeting = lockedMeeting(meetingId, version);
        Edition edition = editions.findWithCourse(meeting.getEditionId()).orElseThrow();
        check(plan, edition);
        var before = new MeetingPlan(meeting.getStartsAt().toLocalDate(), meeting.getStartsAt().toLocalTime(),
                meeting.getEndsAt().toLocalTime(), meeting.getTopic());
        var after = new MeetingPlan(plan.date(), plan.start(), plan.end(), blankToNull(plan.topic()));
        meeting.plan(plan.date().atTime(plan.start()), plan.date().atTime(plan.end()), after.topic());
        meetings.saveAndFlush(meeting);
        long editionId = meeting.getEditionId();
        meetings.renumber(editionId);
        if (!after.equals(before)) {
            events.publishEvent(MeetingsChanged.changed(editionId, Set.of(meetingId)));
        }
    }

    /** Removes a meeting as read at {@code version}; refused once attendance has been registered for it. */
    @Transactional
    @PreAuthorize("hasRole('PROVIDER')")
    public void removeMeeting(long meetingId, long version) {
        Meeting meeting = lockedMeeting(meetingId, version);
        long editionId = meeting.getEditionId();
        var removed = new MeetingsChanged.RemovedMeeting(meetingId, meeting.getStartsAt(), meeting.getEndsAt(),
                meeting.getTopic());
        meetings.delete(meeting);
        try {
            meetings.flush();
        } catch (DataIntegrityViolationException e) {
            // Only attendance refers to a meeting (its foreign key restricts the delete, V8); the transaction
            // rolls back, so nothing changed.
            throw new RuleViolation("edition.error.meeting-has-attendance");
        }
        meetings.renumber(editionId);
        events.publishEvent(MeetingsChanged.removed(editionId, removed));
    }

    /** The meeting, after locking its (own, changeable) edition, if it is still at the version the caller saw. */
    private Meeting lockedMeeting(long meetingId, long version) {
        long editionId = meetings.editionOf(meetingId)
                .orElseThrow(() -> new RuleViolation("edition.error.meeting-gone"));
        changeable(lockOwn(editionId));
        Meeting meeting = meetings.findById(meetingId)
                .orElseThrow(() -> new RuleViolation("edition.error.meeting-gone"));
        if (meeting.getVersion() != version) {
            throw new OptimisticLockingFailureException("Meeting " + meetingId + " changed since version " + version);
        }
        return meeting;
    }

    private Edition lockOwn(long editionId) {
        Edition edition = editions.lockById(editionId)
                .orElseThrow(() -> new RuleViolation("edition.error.no-edition"));
        own(edition.getCourse());
        return edition;
    }

    private Course own(Course course) {
        if (currentUser.requireProvider() != course.getProvider().getId()) {
            throw new AccessDeniedException("Course " + course.getId() + " is not the provider's own");
        }
        return course;
    }

    private static void changeable(Edition edition) {
        if (edition.getStatus() == EditionStatus.CANCELLED || edition.getStatus() == EditionStatus.COMPLETED) {
            throw new RuleViolation("edition.error.not-changeable");
        }
    }

    /** The rules the database also enforces (CHECK constraints), said in words first. */
    private static void check(EditionPlan plan) {
        if (plan.startDate() == null || plan.endDate() == null || plan.enrolmentDeadline() == null
                || plan.status() == null) {
            throw new RuleViolation("edition.error.incomplete");
        }
        if (plan.endDate().isBefore(plan.startDate())) {
            throw new RuleViolation("edition.error.end-before-start");
        }
        if (plan.enrolmentDeadline().isAfter(plan.startDate())) {
            throw new RuleViolation("edition.error.deadline-after-start");
        }
        if (plan.cancellationDeadline() != null && plan.cancellationDeadline().isAfter(plan.startDate())) {
            throw new RuleViolation("edition.error.cancellation-after-start");
        }
        if (plan.capacity() < 1) {
            throw new RuleViolation("edition.error.capacity-positive");
        }
        if (!plan.online() && blankToNull(plan.locationName()) == null) {
            throw new RuleViolation("edition.error.location-required");
        }
        if (length(plan.locationName()) > 160 || length(plan.locationTown()) > 80) {
            throw new RuleViolation("edition.error.location-too-long");
        }
    }

    private static void check(MeetingPlan plan, Edition edition) {
        if (plan.date() == null || plan.start() == null || plan.end() == null) {
            throw new RuleViolation("meeting.error.incomplete");
        }
        if (!plan.end().isAfter(plan.start())) {
            throw new RuleViolation("meeting.error.end-before-start");
        }
        if (plan.date().isBefore(edition.getStartDate()) || plan.date().isAfter(edition.getEndDate())) {
            throw new RuleViolation("meeting.error.outside-edition");
        }
        if (length(plan.topic()) > 200) {
            throw new RuleViolation("meeting.error.topic-too-long");
        }
    }

    private static void apply(Edition edition, EditionPlan plan) {
        edition.plan(plan.startDate(), plan.endDate(), plan.enrolmentDeadline(), plan.cancellationDeadline(),
                plan.online(), blankToNull(plan.locationName()), blankToNull(plan.locationTown()), plan.capacity(),
                plan.status());
    }

    private static EditionPlan plan(Edition edition) {
        return new EditionPlan(edition.getStartDate(), edition.getEndDate(), edition.getEnrolmentDeadline(),
                edition.getCancellationDeadline(), edition.isOnline(), edition.getLocationName(),
                edition.getLocationTown(), edition.getCapacity(), edition.getStatus());
    }

    /** Where an edition takes place, as far as its meetings' calendar entries say. */
    private record Place(boolean online, @Nullable String name, @Nullable String town) {

        static Place of(Edition edition) {
            return edition.isOnline() ? new Place(true, null, null)
                    : new Place(false, edition.getLocationName(), edition.getLocationTown());
        }
    }

    private static @Nullable String blankToNull(@Nullable String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }

    private static int length(@Nullable String text) {
        return text == null ? 0 : text.strip().length();
    }

    private LocalDate today() {
        return LocalDate.now(clock);
    }
}

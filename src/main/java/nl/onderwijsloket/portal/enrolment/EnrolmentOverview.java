package nl.onderwijsloket.portal.enrolment;

import nl.onderwijsloket.portal.common.RuleViolation;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import nl.onderwijsloket.portal.enrolment.data.EnrolmentListSql;
import nl.onderwijsloket.portal.enrolment.data.EnrolmentSql;
import nl.onderwijsloket.portal.security.CurrentUser;
import nl.onderwijsloket.portal.security.PortalUser;
import nl.onderwijsloket.portal.security.Role;
import org.jspecify.annotations.Nullable;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * What HR and coordinators look at: editions to book into, the enrolments of a board and their audit
 * trail. HR sees exactly its own board (from the signed-in account, never from a parameter); coordinators
 * see the region.
 */
@Service
@Transactional(readOnly = true)
public class EnrolmentOverview {

    private final EnrolmentListSql queries;
    private final EnrolmentSql store;
    private final CurrentUser currentUser;
    private final Clock clock;

    EnrolmentOverview(EnrolmentListSql queries, EnrolmentSql store, CurrentUser currentUser, Clock clock) {
        this.queries = queries;
        this.store = store;
        this.currentUser = currentUser;
        this.clock = clock;
    }

    @PreAuthorize("hasAnyRole('HR', 'COORDINATOR', 'PROVIDER')")
    public Optional<EditionInfo> edition(long editionId) {
        return queries.edition(editionId);
    }

    @PreAuthorize("hasAnyRole('HR', 'COORDINATOR')")
    public List<EditionInfo> openEditions(String text, int offset, int limit) {
        return queries.openEditions(text, LocalDate.now(clock), offset, Math.min(limit, 100));
    }

    @PreAuthorize("hasAnyRole('HR', 'COORDINATOR')")
    public int countOpenEditions(String text) {
        return queries.countOpenEditions(text, LocalDate.now(clock));
    }

    @PreAuthorize("hasAnyRole('HR', 'COORDINATOR')")
    public List<BoardEnrolment> enrolments(EnrolmentSearch search, int offset, int limit) {
        return queries.enrolments(search, scope(search), offset, Math.min(limit, 200));
    }

    @PreAuthorize("hasAnyRole('HR', 'COORDINATOR')")
    public int countEnrolments(EnrolmentSearch search) {
        return queries.countEnrolments(search, scope(search));
    }

    /** The audit trail of one enrolment: for HR of the person's board and for coordinators. */
    @PreAuthorize("hasAnyRole('HR', 'COORDINATOR')")
    public List<AuditEntry> history(long enrolmentId) {
        var enrolment = store.find(enrolmentId).orElseThrow(() -> new RuleViolation("enrolment.error.not-found"));
        PortalUser user = currentUser.require();
        if (!user.has(Role.COORDINATOR) && enrolment.boardId() != currentUser.requireBoard()) {
            throw new AccessDeniedException("Enrolment of another board");
        }
        return queries.history(enrolmentId);
    }

    /**
     * Courses with enrolments in the user's scope whose title contains the words, to filter the list by
     * course: HR's own board, or for coordinators the chosen board (null = the region).
     */
    @PreAuthorize("hasAnyRole('HR', 'COORDINATOR')")
    public List<CourseChoice> enrolledCourses(String text, @Nullable Long boardId, int offset, int limit) {
        return queries.enrolledCourses(text, scope(boardId), offset, Math.min(limit, 100));
    }

    @PreAuthorize("hasAnyRole('HR', 'COORDINATOR')")
    public int countEnrolledCourses(String text, @Nullable Long boardId) {
        return queries.countEnrolledCourses(text, scope(boardId));
    }

    /** The course an enrolment filter names (from a link), whether or not it has enrolments now. */
    @PreAuthorize("hasAnyRole('HR', 'COORDINATOR')")
    public Optional<CourseChoice> courseChoice(long courseId) {
        return queries.courseChoice(courseId);
    }

    private @Nullable Long scope(EnrolmentSearch search) {
        return scope(search.boardId());
    }

    /** The board whose enrolments the user may see: HR's own, or the coordinator's choice (null = all). */
    private @Nullable Long scope(@Nullable Long requestedBoard) {
        if (currentUser.require().has(Role.COORDINATOR)) {
            return requestedBoard;
        }
        return currentUser.requireBoard();
    }
}

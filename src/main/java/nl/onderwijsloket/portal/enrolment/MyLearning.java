package nl.onderwijsloket.portal.enrolment;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import org.jspecify.annotations.Nullable;

/** What "My learning" shows the signed-in person; every record is about her own enrolments only. */
public final class MyLearning {

    private MyLearning() {
    }

    /** One of her enrolments with its course and edition. */
    public record Enrolment(long id, long courseId, String courseTitle, String providerName, LocalDate startDate,
                            LocalDate endDate, boolean online, @Nullable String locationName,
                            @Nullable String locationTown, EnrolmentStatus status, @Nullable Integer waitlistPosition,
                            @Nullable Instant offerExpiresAt, @Nullable String reason) {
    }

    /** A meeting of an edition she is enrolled in that has not ended yet. */
    public record Meeting(long id, LocalDateTime startsAt, LocalDateTime endsAt, @Nullable String topic,
                          long courseId, String courseTitle, boolean online, @Nullable String locationName,
                          @Nullable String locationTown) {
    }

    /**
     * Her progress through a pathway with a course she is enrolled in or completed: course steps completed
     * out of all course steps, and the first course step not completed yet (null when all are).
     */
    public record PathwayProgress(String code, String title, int completedSteps, int courseSteps,
                                  @Nullable NextStep next) {
    }

    /** The next course step of a pathway; {@code enrolled} when she already holds a seat in it. */
    public record NextStep(int position, String title, long courseId, boolean enrolled) {
    }

    /** A completed course of her professional-development record. */
    public record CompletedCourse(long enrolmentId, long courseId, String courseTitle, String providerName,
                                  LocalDate completedOn, int hours) {
    }

    /** Hours credited in one calendar year, and how many courses they came from. */
    public record YearTotal(int year, int hours, int courses) {
    }
}

package nl.onderwijsloket.portal.catalogue;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import nl.onderwijsloket.portal.people.JobFunction;
import org.jspecify.annotations.Nullable;

/** Everything the pathway page shows: its steps in order, with the courses behind them. */
public record PathwayDetails(
        String code,
        String title,
        String summary,
        String description,
        int durationMonths,
        String outcome,
        Set<JobFunction> audiences,
        List<Step> steps) {

    /**
     * One step. For a course step, {@code courseId}, {@code courseTitle} and {@code nextStart} describe
     * the course behind it; a milestone has none of them.
     */
    public record Step(
            int position,
            StepKind kind,
            String title,
            @Nullable String description,
            int plannedMonth,
            @Nullable Long courseId,
            @Nullable String courseTitle,
            @Nullable LocalDate nextStart) {
    }
}

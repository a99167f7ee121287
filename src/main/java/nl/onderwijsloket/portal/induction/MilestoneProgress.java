package nl.onderwijsloket.portal.induction;

import java.time.LocalDate;
import org.jspecify.annotations.Nullable;

/**
 * How far a starter is with one milestone of their programme.
 *
 * @param done     times done in its year (for mentor conversations: the guidance meetings logged in that year)
 * @param dueByNow how many of the required times should have been done by today
 * @param overdue  how many of those are not done
 * @param nextDue  when the next one not yet done is due; null when all are done
 */
public record MilestoneProgress(
        long milestoneId,
        int year,
        MilestoneKind kind,
        String title,
        Helper helper,
        int required,
        int done,
        int dueByNow,
        int overdue,
        @Nullable LocalDate nextDue) {

    public boolean complete() {
        return done >= required;
    }
}

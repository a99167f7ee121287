package nl.onderwijsloket.portal.induction.matching;

import java.util.Set;
import nl.onderwijsloket.portal.people.JobFunction;
import nl.onderwijsloket.portal.people.Sector;
import org.jspecify.annotations.Nullable;

/**
 * An employee who may mentor starters, with their current load.
 *
 * @param employeeId              the employee's id
 * @param boardId                 the board that employs the mentor
 * @param schoolId                their school, or null for staff of the board's office
 * @param town                    the town they work in, or null when unknown
 * @param sector                  the sector of their school, or null when unknown
 * @param function                their own function (a teacher with the mentor role, a mentor, a school leader, ...)
 * @param subjects                the subjects they teach, as the import names them (compared exactly)
 * @param activePairings          starters they mentor now (proposed, active or paused pairings)
 * @param capacity                how many starters they mentor at most at a time
 * @param completedMentorTraining whether they completed a course of the theme BEGELEIDING in the catalogue
 * @param earlierMenteeIds        starters they mentored before in a pairing that ended without a fit problem
 *                                (for instance one handed over when the mentor went on leave); the service
 *                                leaves out pairings ended because either of them answered "no" to the fit
 *                                question
 * @param boardAllowsOutside      whether the mentor's board lets them mentor starters of other boards
 */
public record MentorCandidate(
        long employeeId,
        long boardId,
        @Nullable Long schoolId,
        @Nullable String town,
        @Nullable Sector sector,
        JobFunction function,
        Set<String> subjects,
        int activePairings,
        int capacity,
        boolean completedMentorTraining,
        Set<Long> earlierMenteeIds,
        boolean boardAllowsOutside) {

    public MentorCandidate {
        if (function == null) {
            throw new IllegalArgumentException("function is required");
        }
        if (activePairings < 0 || capacity < 0) {
            throw new IllegalArgumentException("active pairings and capacity cannot be negative");
        }
        subjects = Set.copyOf(subjects);
        earlierMenteeIds = Set.copyOf(earlierMenteeIds);
    }

    /** Places left: capacity minus active pairings, never below zero. */
    public int freePlaces() {
        return Math.max(0, capacity - activePairings);
    }
}

package nl.onderwijsloket.portal.induction.matching;

import java.util.EnumSet;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/** The hard rules of a pairing: who may never mentor whom. */
public final class PairingRules {

    private PairingRules() {
    }

    /**
     * The first rule the pair breaks, in the order of {@link Exclusion}, or null when the mentor may mentor the
     * starter. Allocates nothing.
     */
    public static @Nullable Exclusion exclusion(Starter starter, MentorCandidate mentor) {
        if (mentor.employeeId() == starter.employeeId()) {
            return Exclusion.SELF;
        }
        Long lineManager = starter.lineManagerId();
        if (lineManager != null && lineManager == mentor.employeeId()) {
            return Exclusion.LINE_MANAGER;
        }
        if (mentor.boardId() != starter.boardId() && !mentor.boardAllowsOutside()) {
            return Exclusion.OTHER_BOARD_NOT_ALLOWED;
        }
        if (mentor.activePairings() >= mentor.capacity()) {
            return Exclusion.NO_FREE_CAPACITY;
        }
        return null;
    }

    /** Every rule the pair breaks; empty when the mentor may mentor the starter. */
    public static Set<Exclusion> exclusions(Starter starter, MentorCandidate mentor) {
        Set<Exclusion> broken = EnumSet.noneOf(Exclusion.class);
        if (mentor.employeeId() == starter.employeeId()) {
            broken.add(Exclusion.SELF);
        }
        Long lineManager = starter.lineManagerId();
        if (lineManager != null && lineManager == mentor.employeeId()) {
            broken.add(Exclusion.LINE_MANAGER);
        }
        if (mentor.boardId() != starter.boardId() && !mentor.boardAllowsOutside()) {
            broken.add(Exclusion.OTHER_BOARD_NOT_ALLOWED);
        }
        if (mentor.activePairings() >= mentor.capacity()) {
            broken.add(Exclusion.NO_FREE_CAPACITY);
        }
        return broken;
    }

    /** Whether the mentor may mentor the starter. */
    public static boolean allowed(Starter starter, MentorCandidate mentor) {
        return exclusion(starter, mentor) == null;
    }
}

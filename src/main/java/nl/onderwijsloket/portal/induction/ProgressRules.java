package nl.onderwijsloket.portal.induction;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * When milestones are due and which are overdue. Year {@code y} of a programme runs from the start date plus
 * {@code y - 1} years up to the start date plus {@code y} years; the {@code k}-th of {@code n} required times is
 * due {@code k/n} of the way through that year, so six mentor conversations fall due about every two months and a
 * single reflection at the end of the year. Pure: no database, no clock of its own.
 */
public final class ProgressRules {

    private ProgressRules() {
    }

    /** A milestone of the starter's programme, as progress needs it. */
    public record Milestone(long id, int year, int position, MilestoneKind kind, String title, Helper helper,
                            int required) {
    }

    /** The year of the programme that contains {@code day} (1 for the first), at least 1. */
    public static int yearOf(LocalDate startedOn, LocalDate day) {
        if (day.isBefore(startedOn)) {
            return 1;
        }
        return (int) ChronoUnit.YEARS.between(startedOn, day) + 1;
    }

    public static LocalDate yearStart(LocalDate startedOn, int year) {
        return startedOn.plusYears(year - 1L);
    }

    /** When the {@code k}-th (1-based) of {@code n} times of a milestone in {@code year} is due. */
    public static LocalDate due(LocalDate startedOn, int year, int k, int n) {
        LocalDate from = yearStart(startedOn, year);
        long days = ChronoUnit.DAYS.between(from, from.plusYears(1));
        return from.plusDays(Math.round((double) days * k / n) - 1);
    }

    /**
     * The progress of each milestone, in the order given.
     *
     * @param done     per milestone id, the times it was recorded as done in its year
     * @param evidence per kind, per programme year, what the portal saw happen in that year without anyone
     *                 recording it: guidance meetings logged count towards mentor conversations, catalogue courses
     *                 completed towards course milestones. Each counts once, filling that year's milestones of the
     *                 kind in the milestones' order, after what was recorded by hand.
     */
    public static List<MilestoneProgress> progress(LocalDate startedOn, LocalDate today, List<Milestone> milestones,
                                                   Map<Long, Integer> done,
                                                   Map<MilestoneKind, Map<Integer, Integer>> evidence) {
        Map<MilestoneKind, Map<Integer, Integer>> left = new HashMap<>();
        evidence.forEach((kind, byYear) -> left.put(kind, new HashMap<>(byYear)));
        List<MilestoneProgress> result = new ArrayList<>(milestones.size());
        for (Milestone m : milestones) {
            int count = done.getOrDefault(m.id(), 0);
            Map<Integer, Integer> seen = left.get(m.kind());
            if (seen != null) {
                int available = seen.getOrDefault(m.year(), 0);
                int used = Math.min(available, Math.max(0, m.required() - count));
                count += used;
                seen.put(m.year(), available - used);
            }
            int dueByNow = 0;
            while (dueByNow < m.required() && !due(startedOn, m.year(), dueByNow + 1, m.required()).isAfter(today)) {
                dueByNow++;
            }
            LocalDate nextDue = count < m.required() ? due(startedOn, m.year(), count + 1, m.required()) : null;
            result.add(new MilestoneProgress(m.id(), m.year(), m.kind(), m.title(), m.helper(), m.required(),
                    count, dueByNow, Math.max(0, dueByNow - count), nextDue));
        }
        return result;
    }

    /** The number of milestones with anything overdue. */
    public static int overdueMilestones(List<MilestoneProgress> progress) {
        return (int) progress.stream().filter(p -> p.overdue() > 0).count();
    }

    /**
     * Whether a facility is granted but not being used: more than two months into the year, less than half of what
     * a steady use would have taken by now.
     */
    public static boolean facilityUnused(LocalDate startedOn, LocalDate today, int granted, int used) {
        if (granted <= 0) {
            return false;
        }
        int year = yearOf(startedOn, today);
        LocalDate from = yearStart(startedOn, year);
        long days = ChronoUnit.DAYS.between(from, from.plusYears(1));
        long elapsed = ChronoUnit.DAYS.between(from, today);
        if (elapsed < 61) {
            return false;
        }
        double expected = granted * (double) elapsed / days;
        return used < expected / 2;
    }
}

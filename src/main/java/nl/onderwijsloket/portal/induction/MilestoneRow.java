package nl.onderwijsloket.portal.induction;

import org.jspecify.annotations.Nullable;

/**
 * A milestone of a programme: what a starter does in a year, how often, and who helps.
 *
 * @param originId for a board's copy: the template milestone it came from; null for one the board added
 *                 and for a template's own milestones
 * @param position its place within its year, low first (positions need not be consecutive)
 * @param version  the milestone's version, to pass back with an edit (optimistic locking)
 */
public record MilestoneRow(long id, long programmeId, @Nullable Long originId, int year, int position,
                           MilestoneKind kind, String title, int requiredCount, Helper helper, long version) {

    public MilestoneDraft draft() {
        return new MilestoneDraft(year, kind, title, requiredCount, helper);
    }
}

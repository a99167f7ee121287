package nl.onderwijsloket.portal.induction;

import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * A change the desk made to a regional template since a board last reviewed its copy, which the board may
 * take over ({@link ProgrammeService#takeOver}) or leave. A change of the board's own (a count it raised, a
 * milestone it removed) is never one of these.
 *
 * @param originId    the template milestone that was added, removed or changed
 * @param milestoneId the copy's milestone taken from it; null for an added one
 * @param template    the template milestone as it is now (for a removed one: as it was)
 * @param copy        the copy's milestone as it is now; null for an added one
 * @param fields      for a changed milestone, what the desk changed; empty otherwise
 */
public record TemplateChange(Type type, long originId, @Nullable Long milestoneId, MilestoneDraft template,
                             @Nullable MilestoneDraft copy, Set<Field> fields) {

    public TemplateChange {
        fields = Set.copyOf(fields);
    }

    public enum Type {
        ADDED, REMOVED, CHANGED;

        public String labelKey() {
            return "induction.template-change." + name().toLowerCase(java.util.Locale.ROOT);
        }
    }

    /** What of a milestone the desk can change. */
    public enum Field {
        YEAR, KIND, TITLE, COUNT, HELPER;

        public String labelKey() {
            return "induction.template-change.field." + name().toLowerCase(java.util.Locale.ROOT);
        }
    }
}

package nl.onderwijsloket.portal.induction;

import org.jspecify.annotations.Nullable;

/**
 * A programme as lists show it: a regional template of the desk ({@code boardId} null) or a board's
 * adopted copy.
 *
 * @param templateId       for a copy: the template it was adopted from; null for a template
 * @param reviewedRevision for a copy: the template revision the board last reviewed; null for a template
 * @param revision         for a template its own revision; for a copy the template's current revision
 * @param version          the programme row's version (optimistic locking)
 */
public record ProgrammeSummary(long id, @Nullable Long boardId, ProgrammeKind kind, String name, int years,
                               @Nullable Long templateId, @Nullable Integer reviewedRevision, int revision,
                               long version) {

    public boolean template() {
        return boardId == null;
    }

    /** A copy whose template changed since the board last reviewed it. */
    public boolean behind() {
        return !template() && reviewedRevision != null && reviewedRevision < revision;
    }
}

package nl.onderwijsloket.portal.induction.data;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Optional;
import nl.onderwijsloket.portal.induction.Helper;
import nl.onderwijsloket.portal.induction.MilestoneDraft;
import nl.onderwijsloket.portal.induction.MilestoneKind;
import nl.onderwijsloket.portal.induction.MilestoneRow;
import nl.onderwijsloket.portal.induction.ProgrammeKind;
import nl.onderwijsloket.portal.induction.ProgrammeSummary;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Repository;

/**
 * Induction programmes in SQL: the desk's templates, the boards' copies and their milestones. Writes that
 * carry a version change a row only while it still has that version and say how many rows they changed, so
 * the service can tell a change made meanwhile.
 */
@Repository
public class ProgrammeSql {

    /** A copy shows its template's current revision; a template its own. */
    private static final String PROGRAMME = """
            SELECT p.id, p.board_id, p.kind, p.name, p.years, p.template_id, p.template_revision,
                   COALESCE(t.revision, p.revision) AS current_revision, p.version
            FROM induction_programme p
            LEFT JOIN induction_programme t ON t.id = p.template_id
            """;
    private static final String MILESTONE = """
            SELECT id, programme_id, origin_id, year_no, position, kind, title, required_count, helper, version,
                   added_in_revision, removed_in_revision, base_year_no, base_kind, base_title,
                   base_required_count, base_helper
            FROM induction_milestone
            """;

    /**
     * A milestone as stored, with what only the service needs: when a template milestone was added or
     * removed, and for a copy's milestone the template values it last took over.
     */
    public record StoredMilestone(MilestoneRow row, int addedInRevision, @Nullable Integer removedInRevision,
                                  @Nullable MilestoneDraft base) {

        public boolean removed() {
            return removedInRevision != null;
        }
    }

    private final JdbcClient jdbc;

    public ProgrammeSql(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public List<ProgrammeSummary> templates() {
        return jdbc.sql(PROGRAMME + "WHERE p.board_id IS NULL ORDER BY p.id").query(ProgrammeSql::programme).list();
    }

    public List<ProgrammeSummary> copiesOf(long boardId) {
        return jdbc.sql(PROGRAMME + "WHERE p.board_id = :board ORDER BY p.id").param("board", boardId)
                .query(ProgrammeSql::programme).list();
    }

    public Optional<ProgrammeSummary> programme(long id) {
        return jdbc.sql(PROGRAMME + "WHERE p.id = :id").param("id", id).query(ProgrammeSql::programme).optional();
    }

    public Optional<ProgrammeSummary> template(ProgrammeKind kind) {
        return jdbc.sql(PROGRAMME + "WHERE p.board_id IS NULL AND p.kind = :kind").param("kind", kind.name())
                .query(ProgrammeSql::programme).optional();
    }

    /** The programme's milestones in year and position order; a template's removed ones left out. */
    public List<MilestoneRow> milestones(long programmeId) {
        return jdbc.sql(MILESTONE + """
                        WHERE programme_id = :programme AND removed_in_revision IS NULL
                        ORDER BY year_no, position, id""")
                .param("programme", programmeId).query(ProgrammeSql::row).list();
    }

    /** Every milestone of the programme as stored, a template's removed ones included. */
    public List<StoredMilestone> stored(long programmeId) {
        return jdbc.sql(MILESTONE + "WHERE programme_id = :programme ORDER BY year_no, position, id")
                .param("programme", programmeId).query(ProgrammeSql::stored).list();
    }

    public Optional<StoredMilestone> milestone(long id) {
        return jdbc.sql(MILESTONE + "WHERE id = :id").param("id", id).query(ProgrammeSql::stored).optional();
    }

    /** Inserts a board's copy of the template and returns its id. */
    public long insertCopy(long boardId, ProgrammeSummary template, LocalDateTime now) {
        var keys = new GeneratedKeyHolder();
        jdbc.sql("""
                        INSERT INTO induction_programme (board_id, kind, name, years, template_id, template_revision,
                            revision, created_at, updated_at)
                        VALUES (:board, :kind, :name, :years, :template, :revision, 1, :now, :now)""")
                .param("board", boardId).param("kind", template.kind().name()).param("name", template.name())
                .param("years", template.years()).param("template", template.id())
                .param("revision", template.revision()).param("now", Timestamp.valueOf(now)).update(keys, "id");
        return keys.getKey().longValue();
    }

    /** Copies the template's current (not removed) milestones into the copy, each linked to its origin. */
    public void copyMilestones(long templateId, long copyId, LocalDateTime now) {
        jdbc.sql("""
                        INSERT INTO induction_milestone (programme_id, origin_id, year_no, position, kind, title,
                            required_count, helper, base_year_no, base_kind, base_title, base_required_count,
                            base_helper, updated_at)
                        SELECT :copy, id, year_no, position, kind, title, required_count, helper,
                               year_no, kind, title, required_count, helper, :now
                        FROM induction_milestone
                        WHERE programme_id = :template AND removed_in_revision IS NULL""")
                .param("copy", copyId).param("template", templateId).param("now", Timestamp.valueOf(now)).update();
    }

    /** The position after the last milestone of the year (removed template milestones do not count). */
    public int nextPosition(long programmeId, int year) {
        return jdbc.sql("""
                        SELECT COALESCE(MAX(position), 0) + 1 FROM induction_milestone
                        WHERE programme_id = :programme AND year_no = :year AND removed_in_revision IS NULL""")
                .param("programme", programmeId).param("year", year).query(Integer.class).single();
    }

    /**
     * Inserts a milestone and returns its id.
     *
     * @param originId        for a copy's milestone taken from the template, its template milestone
     * @param base            with an origin: the template values taken over
     * @param addedInRevision for a template milestone: the revision that adds it
     */
    public long insertMilestone(long programmeId, @Nullable Long originId, int position, MilestoneDraft draft,
                                @Nullable MilestoneDraft base, int addedInRevision, LocalDateTime now) {
        var keys = new GeneratedKeyHolder();
        jdbc.sql("""
                        INSERT INTO induction_milestone (programme_id, origin_id, year_no, position, kind, title,
                            required_count, helper, added_in_revision, base_year_no, base_kind, base_title,
                            base_required_count, base_helper, updated_at)
                        VALUES (:programme, :origin, :year, :position, :kind, :title, :count, :helper, :added,
                            :baseYear, :baseKind, :baseTitle, :baseCount, :baseHelper, :now)""")
                .param("programme", programmeId).param("origin", originId).param("position", position)
                .param("year", draft.year()).param("kind", name(draft.kind())).param("title", draft.title())
                .param("count", draft.requiredCount()).param("helper", name(draft.helper()))
                .param("added", addedInRevision)
                .param("baseYear", base == null ? null : base.year())
                .param("baseKind", base == null ? null : name(base.kind()))
                .param("baseTitle", base == null ? null : base.title())
                .param("baseCount", base == null ? null : base.requiredCount())
                .param("baseHelper", base == null ? null : name(base.helper()))
                .param("now", Timestamp.valueOf(now)).update(keys, "id");
        return keys.getKey().longValue();
    }

    /** Changes what a milestone asks, while it has the version; 0 when it has not (or is gone). */
    public int updateMilestone(long id, long version, MilestoneDraft draft, int position, LocalDateTime now) {
        return jdbc.sql("""
                        UPDATE induction_milestone
                        SET year_no = :year, position = :position, kind = :kind, title = :title,
                            required_count = :count, helper = :helper, updated_at = :now, version = version + 1
                        WHERE id = :id AND version = :version AND removed_in_revision IS NULL""")
                .param("id", id).param("version", version).param("year", draft.year()).param("position", position)
                .param("kind", name(draft.kind())).param("title", draft.title())
                .param("count", draft.requiredCount()).param("helper", name(draft.helper()))
                .param("now", Timestamp.valueOf(now)).update();
    }

    /** Sets what a copy's milestone last took over of its template milestone. */
    public void updateBase(long id, MilestoneDraft base) {
        jdbc.sql("""
                        UPDATE induction_milestone
                        SET base_year_no = :year, base_kind = :kind, base_title = :title,
                            base_required_count = :count, base_helper = :helper
                        WHERE id = :id""")
                .param("id", id).param("year", base.year()).param("kind", name(base.kind()))
                .param("title", base.title()).param("count", base.requiredCount()).param("helper", name(base.helper()))
                .update();
    }

    /** Sets the base of every milestone of the copy to its template milestone's values as they are now. */
    public void updateAllBases(long copyId) {
        jdbc.sql("""
                        UPDATE induction_milestone c JOIN induction_milestone t ON t.id = c.origin_id
                        SET c.base_year_no = t.year_no, c.base_kind = t.kind, c.base_title = t.title,
                            c.base_required_count = t.required_count, c.base_helper = t.helper
                        WHERE c.programme_id = :copy""")
                .param("copy", copyId).update();
    }

    /** Moves a milestone to a place, while it has the version; 0 when it has not. */
    public int place(long id, long version, int year, int position, LocalDateTime now) {
        return jdbc.sql("""
                        UPDATE induction_milestone
                        SET year_no = :year, position = :position, updated_at = :now, version = version + 1
                        WHERE id = :id AND version = :version AND removed_in_revision IS NULL""")
                .param("id", id).param("version", version).param("year", year).param("position", position)
                .param("now", Timestamp.valueOf(now)).update();
    }

    /** Gives another milestone of the same year a new position; not an edit of what it asks. */
    public void renumber(long id, int position) {
        jdbc.sql("UPDATE induction_milestone SET position = :position WHERE id = :id")
                .param("id", id).param("position", position).update();
    }

    /** Deletes a milestone while it has the version; 0 when it has not. */
    public int deleteMilestone(long id, long version) {
        return jdbc.sql("DELETE FROM induction_milestone WHERE id = :id AND version = :version")
                .param("id", id).param("version", version).update();
    }

    /** Whether a board's copy still refers to the template milestone. */
    public boolean copied(long templateMilestoneId) {
        return jdbc.sql("SELECT EXISTS (SELECT 1 FROM induction_milestone WHERE origin_id = :id)")
                .param("id", templateMilestoneId).query(Boolean.class).single();
    }

    /** Marks a template milestone removed in the revision, while it has the version; 0 when it has not. */
    public int markRemoved(long id, long version, int revision, LocalDateTime now) {
        return jdbc.sql("""
                        UPDATE induction_milestone
                        SET removed_in_revision = :revision, updated_at = :now, version = version + 1
                        WHERE id = :id AND version = :version AND removed_in_revision IS NULL""")
                .param("id", id).param("version", version).param("revision", revision)
                .param("now", Timestamp.valueOf(now)).update();
    }

    /** Raises a template's revision and returns the new one; the row stays locked until the transaction ends. */
    public int raiseRevision(long templateId, LocalDateTime now) {
        jdbc.sql("""
                        UPDATE induction_programme SET revision = revision + 1, updated_at = :now
                        WHERE id = :id AND board_id IS NULL""")
                .param("id", templateId).param("now", Timestamp.valueOf(now)).update();
        return jdbc.sql("SELECT revision FROM induction_programme WHERE id = :id").param("id", templateId)
                .query(Integer.class).single();
    }

    /**
     * Records that the board reviewed the copy up to the revision, while the copy has the version and the
     * template is still at that revision; 0 when either moved on meanwhile.
     */
    public int markReviewed(long copyId, long version, int revision, LocalDateTime now) {
        return jdbc.sql("""
                        UPDATE induction_programme c JOIN induction_programme t ON t.id = c.template_id
                        SET c.template_revision = :revision, c.updated_at = :now, c.version = c.version + 1
                        WHERE c.id = :id AND c.version = :version AND t.revision = :revision""")
                .param("id", copyId).param("version", version).param("revision", revision)
                .param("now", Timestamp.valueOf(now)).update();
    }

    /** Notes on the programme that its milestones changed (for "last changed" and a lock on the row). */
    public void touch(long programmeId, LocalDateTime now) {
        jdbc.sql("UPDATE induction_programme SET updated_at = :now WHERE id = :id")
                .param("id", programmeId).param("now", Timestamp.valueOf(now)).update();
    }

    private static ProgrammeSummary programme(ResultSet rs, int n) throws SQLException {
        return new ProgrammeSummary(rs.getLong("id"), rs.getObject("board_id", Long.class),
                ProgrammeKind.valueOf(rs.getString("kind")), rs.getString("name"), rs.getInt("years"),
                rs.getObject("template_id", Long.class), rs.getObject("template_revision", Integer.class),
                rs.getInt("current_revision"), rs.getLong("version"));
    }

    private static MilestoneRow row(ResultSet rs, int n) throws SQLException {
        return new MilestoneRow(rs.getLong("id"), rs.getLong("programme_id"), rs.getObject("origin_id", Long.class),
                rs.getInt("year_no"), rs.getInt("position"), MilestoneKind.valueOf(rs.getString("kind")),
                rs.getString("title"), rs.getInt("required_count"), Helper.valueOf(rs.getString("helper")),
                rs.getLong("version"));
    }

    private static StoredMilestone stored(ResultSet rs, int n) throws SQLException {
        String baseKind = rs.getString("base_kind");
        MilestoneDraft base = baseKind == null ? null : new MilestoneDraft(rs.getInt("base_year_no"),
                MilestoneKind.valueOf(baseKind), rs.getString("base_title"), rs.getInt("base_required_count"),
                Helper.valueOf(rs.getString("base_helper")));
        return new StoredMilestone(row(rs, n), rs.getInt("added_in_revision"),
                rs.getObject("removed_in_revision", Integer.class), base);
    }

    private static @Nullable String name(@Nullable Enum<?> value) {
        return value == null ? null : value.name();
    }
}

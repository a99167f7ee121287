package nl.onderwijsloket.portal.induction;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;

/**
 * Induction programmes for a test: copies of the demo region's regional templates for the test's own
 * boards, and the templates kept as they were. There is one template per kind (a unique key), so tests
 * never create templates; a test that changes one through the service first {@link #keep keeps} it, and
 * {@link #removeAll()} puts it back exactly: its revision and its milestones, without the ones the test
 * added. The boards' copies are removed with it.
 */
public class ProgrammeFixtures {

    private final JdbcClient jdbc;
    private final List<Long> boards = new ArrayList<>();
    private final Map<Long, Kept> kept = new LinkedHashMap<>();

    private record Kept(int revision, long version, List<Map<String, Object>> milestones) {
    }

    public ProgrammeFixtures(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** The demo region's template of the kind. */
    public long template(ProgrammeKind kind) {
        return jdbc.sql("SELECT id FROM induction_programme WHERE board_id IS NULL AND kind = :kind")
                .param("kind", kind.name()).query(Long.class).single();
    }

    public int revision(long programmeId) {
        return jdbc.sql("SELECT revision FROM induction_programme WHERE id = :id").param("id", programmeId)
                .query(Integer.class).single();
    }

    /** The board's programmes are removed with this fixture, however they were made (in the UI, say). */
    public void watch(long... boardIds) {
        for (long board : boardIds) {
            boards.add(board);
        }
    }

    /**
     * A copy of the kind's template for the board as if it was adopted when the template was at
     * {@code revision} (and not reviewed since): only the milestones the template had then.
     */
    public long copy(long boardId, ProgrammeKind kind, int revision) {
        watch(boardId);
        long template = template(kind);
        var keys = new GeneratedKeyHolder();
        Timestamp now = Timestamp.from(Instant.now());
        jdbc.sql("""
                        INSERT INTO induction_programme (board_id, kind, name, years, template_id, template_revision,
                            revision, created_at, updated_at)
                        SELECT :board, kind, name, years, id, :revision, 1, :now, :now
                        FROM induction_programme WHERE id = :template""")
                .param("board", boardId).param("revision", revision).param("template", template).param("now", now)
                .update(keys, "id");
        long copy = keys.getKey().longValue();
        jdbc.sql("""
                        INSERT INTO induction_milestone (programme_id, origin_id, year_no, position, kind, title,
                            required_count, helper, base_year_no, base_kind, base_title, base_required_count,
                            base_helper, updated_at)
                        SELECT :copy, id, year_no, position, kind, title, required_count, helper,
                               year_no, kind, title, required_count, helper, :now
                        FROM induction_milestone
                        WHERE programme_id = :template AND added_in_revision <= :revision
                          AND (removed_in_revision IS NULL OR removed_in_revision > :revision)""")
                .param("copy", copy).param("template", template).param("revision", revision).param("now", now)
                .update();
        return copy;
    }

    /** A milestone of the programme by its year and title (the first, if there are more). */
    public long milestone(long programmeId, int year, String title) {
        return jdbc.sql("""
                        SELECT id FROM induction_milestone
                        WHERE programme_id = :p AND year_no = :year AND title = :title AND removed_in_revision IS NULL
                        ORDER BY position, id LIMIT 1""")
                .param("p", programmeId).param("year", year).param("title", title).query(Long.class).single();
    }

    public long version(long milestoneId) {
        return jdbc.sql("SELECT version FROM induction_milestone WHERE id = :id").param("id", milestoneId)
                .query(Long.class).single();
    }

    /** Remembers the kind's template as it is now, to put it back in {@link #removeAll()}. */
    public void keep(ProgrammeKind kind) {
        long template = template(kind);
        if (kept.containsKey(template)) {
            return;
        }
        var row = jdbc.sql("SELECT revision, version FROM induction_programme WHERE id = :id").param("id", template)
                .query().singleRow();
        kept.put(template, new Kept(((Number) row.get("revision")).intValue(), ((Number) row.get("version")).longValue(),
                jdbc.sql("""
                                SELECT id, year_no, position, kind, title, required_count, helper, version,
                                       added_in_revision, removed_in_revision
                                FROM induction_milestone WHERE programme_id = :id""")
                        .param("id", template).query().listOfRows()));
    }

    /** Removes the watched boards' programmes, then puts the kept templates back as they were. */
    public void removeAll() {
        if (!boards.isEmpty()) {
            jdbc.sql("DELETE FROM induction_programme WHERE board_id IN (:boards)").param("boards", boards).update();
            boards.clear();
        }
        kept.forEach((template, state) -> {
            List<Object> ids = state.milestones().stream().map(m -> m.get("id")).toList();
            jdbc.sql("DELETE FROM induction_milestone WHERE programme_id = :p AND id NOT IN (:ids)")
                    .param("p", template).param("ids", ids.isEmpty() ? List.of(0L) : ids).update();
            for (Map<String, Object> m : state.milestones()) {
                jdbc.sql("""
                                UPDATE induction_milestone
                                SET year_no = :year_no, position = :position, kind = :kind, title = :title,
                                    required_count = :required_count, helper = :helper, version = :version,
                                    added_in_revision = :added_in_revision, removed_in_revision = :removed_in_revision
                                WHERE id = :id""")
                        .params(m).update();
            }
            jdbc.sql("UPDATE induction_programme SET revision = :revision, version = :version WHERE id = :id")
                    .param("revision", state.revision()).param("version", state.version()).param("id", template)
                    .update();
        });
        kept.clear();
    }
}

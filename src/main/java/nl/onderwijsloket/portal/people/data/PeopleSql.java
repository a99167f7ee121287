package nl.onderwijsloket.portal.people.data;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import nl.onderwijsloket.portal.common.LikePattern;
import nl.onderwijsloket.portal.people.BoardOverview;
import nl.onderwijsloket.portal.people.EmployeeFilter;
import nl.onderwijsloket.portal.people.EmployeeRow;
import nl.onderwijsloket.portal.people.JobFunction;
import nl.onderwijsloket.portal.people.SchoolOption;
import nl.onderwijsloket.portal.people.Sector;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * Read models of the people screens in SQL: the employee list (filtered, sorted and paged in MariaDB),
 * school options and the region overview. A fixed number of queries per call, none per row.
 *
 * <p>These queries apply the filter they are given, board included; deciding which board a user may see
 * is the service's job.
 */
@Repository
public class PeopleSql {

    /** At most this many words of a search text are used; more only slow the query down. */
    static final int MAX_WORDS = 5;

    private static final String FULL_NAME = "CONCAT_WS(' ', e.first_name, e.name_prefix, e.last_name)";

    private final JdbcClient jdbc;

    public PeopleSql(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** A page of employees in last-name order. */
    public List<EmployeeRow> employees(EmployeeFilter filter, int offset, int limit) {
        var where = new Where(filter);
        Map<String, Object> params = new HashMap<>(where.params());
        params.put("limit", limit);
        params.put("offset", offset);
        return jdbc.sql("""
                        SELECT e.id, %s AS full_name, e.email, e.job_function,
                               s.name AS school_name, b.name AS board_name
                        FROM employee e JOIN board b ON b.id = e.board_id
                        LEFT JOIN school s ON s.id = e.school_id%s
                        ORDER BY e.last_name, e.first_name, e.id
                        LIMIT :limit OFFSET :offset""".formatted(FULL_NAME, where.sql()))
                .params(params)
                .query((rs, n) -> new EmployeeRow(rs.getLong("id"), rs.getString("full_name"), rs.getString("email"),
                        JobFunction.valueOf(rs.getString("job_function")), rs.getString("school_name"),
                        rs.getString("board_name")))
                .list();
    }

    public int countEmployees(EmployeeFilter filter) {
        var where = new Where(filter);
        return jdbc.sql("SELECT COUNT(*) FROM employee e" + where.sql())
                .params(where.params()).query(Integer.class).single();
    }

    /** The schools of one board, or of all boards when {@code boardId} is null, by name. */
    public List<SchoolOption> schools(@Nullable Long boardId) {
        return jdbc.sql("SELECT id, name, town, sector, board_id FROM school%s ORDER BY name, town, id"
                        .formatted(boardId == null ? "" : " WHERE board_id = :board"))
                .params(boardId == null ? Map.of() : Map.of("board", boardId))
                .query((rs, n) -> new SchoolOption(rs.getLong("id"), rs.getString("name"), rs.getString("town"),
                        Sector.valueOf(rs.getString("sector")), rs.getLong("board_id")))
                .list();
    }

    /**
     * Every board with its number of schools (in all and per sector) and employees, by name. One
     * statement: schools and employees are grouped per board separately and then joined, so the counts
     * do not multiply each other.
     */
    public List<BoardOverview> boards() {
        var perSector = new StringBuilder();
        for (Sector sector : Sector.values()) {
            // Enum constants, not user input: safe to write into the statement.
            perSector.append(", SUM(sector = '").append(sector.name()).append("') AS ")
                    .append(column(sector));
        }
        var sectorColumns = new StringBuilder();
        for (Sector sector : Sector.values()) {
            sectorColumns.append(", COALESCE(s.").append(column(sector)).append(", 0) AS ").append(column(sector));
        }
        return jdbc.sql("""
                        SELECT b.id, b.code, b.name, COALESCE(s.schools, 0) AS schools,
                               COALESCE(e.employees, 0) AS employees%s
                        FROM board b
                        LEFT JOIN (SELECT board_id, COUNT(*) AS schools%s
                                   FROM school GROUP BY board_id) s ON s.board_id = b.id
                        LEFT JOIN (SELECT board_id, COUNT(*) AS employees FROM employee GROUP BY board_id) e
                               ON e.board_id = b.id
                        ORDER BY b.name, b.id""".formatted(sectorColumns, perSector))
                .query((rs, n) -> {
                    Map<Sector, Integer> sectors = new EnumMap<>(Sector.class);
                    for (Sector sector : Sector.values()) {
                        sectors.put(sector, rs.getInt(column(sector)));
                    }
                    return new BoardOverview(rs.getLong("id"), rs.getString("code"), rs.getString("name"),
                            rs.getInt("schools"), rs.getInt("employees"), sectors);
                })
                .list();
    }

    private static String column(Sector sector) {
        return "schools_" + sector.name().toLowerCase(Locale.ROOT);
    }

    /** The WHERE clause shared by page and count, with its parameters; it refers to {@code employee e} only. */
    private static final class Where {

        private final StringBuilder sql = new StringBuilder(" WHERE 1 = 1");
        private final Map<String, Object> params = new HashMap<>();

        Where(EmployeeFilter filter) {
            if (filter.boardId() != null) {
                sql.append(" AND e.board_id = :board");
                params.put("board", filter.boardId());
            }
            List<String> words = words(filter.text());
            for (int i = 0; i < words.size(); i++) {
                String name = "w" + i;
                sql.append(" AND (").append(FULL_NAME).append(" LIKE :").append(name).append(LikePattern.ESCAPE)
                        .append(" OR e.email LIKE :").append(name).append(LikePattern.ESCAPE).append(')');
                params.put(name, LikePattern.containing(words.get(i)));
            }
            in("e.school_id IN (:schools)", "schools", filter.schoolIds());
            in("e.job_function IN (:functions)", "functions", filter.functions().stream().map(Enum::name).toList());
        }

        private void in(String condition, String name, Collection<?> values) {
            if (!values.isEmpty()) {
                sql.append(" AND ").append(condition);
                params.put(name, values);
            }
        }

        String sql() {
            return sql.toString();
        }

        Map<String, Object> params() {
            return params;
        }
    }

    /** The distinct words of a search text, at most {@link #MAX_WORDS}. */
    static List<String> words(String text) {
        var words = new ArrayList<String>();
        Arrays.stream(text.strip().split("\\s+"))
                .filter(word -> !word.isEmpty())
                .distinct()
                .limit(MAX_WORDS)
                .forEach(words::add);
        return words;
    }

}

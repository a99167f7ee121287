package nl.onderwijsloket.portal.people.data;

import java.util.List;
import nl.onderwijsloket.portal.people.EmployeeRow;
import nl.onderwijsloket.portal.people.JobFunction;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Read model of HR's employee list: one board, filtered, paged and counted in the database. */
@Repository
public class EmployeeQueries {

    private static final String NAME = "CONCAT_WS(' ', e.first_name, e.name_prefix, e.last_name)";
    private static final String WHERE = " WHERE e.board_id = :board AND (:like = '%%' OR " + NAME
            + " LIKE :like OR e.email LIKE :like)";

    private final JdbcClient jdbc;

    public EmployeeQueries(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public List<EmployeeRow> page(long boardId, String filter, int offset, int limit) {
        return jdbc.sql("SELECT e.id, " + NAME + " AS name, e.email, e.job_function, s.name AS school"
                        + " FROM employee e LEFT JOIN school s ON s.id = e.school_id" + WHERE
                        + " ORDER BY e.last_name, e.first_name, e.id LIMIT :limit OFFSET :offset")
                .param("board", boardId).param("like", like(filter))
                .param("limit", limit).param("offset", offset)
                .query((rs, n) -> new EmployeeRow(rs.getLong("id"), rs.getString("name"), rs.getString("email"),
                        JobFunction.valueOf(rs.getString("job_function")), rs.getString("school")))
                .list();
    }

    public int count(long boardId, String filter) {
        return jdbc.sql("SELECT COUNT(*) FROM employee e" + WHERE)
                .param("board", boardId).param("like", like(filter))
                .query(Integer.class).single();
    }

    public String boardName(long boardId) {
        return jdbc.sql("SELECT name FROM board WHERE id = :id").param("id", boardId).query(String.class).single();
    }

    private static String like(String filter) {
        String text = filter == null ? "" : filter.trim();
        return "%" + text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%";
    }
}

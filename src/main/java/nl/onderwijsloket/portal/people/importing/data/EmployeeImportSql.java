package nl.onderwijsloket.portal.people.importing.data;

import java.sql.Date;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.sql.Types;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import nl.onderwijsloket.portal.people.JobFunction;
import org.jspecify.annotations.Nullable;
import org.springframework.dao.IncorrectUpdateSemanticsDataAccessException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * What the employee import reads and writes, in plain SQL: the board's employees and the schools a file
 * names, e-mail addresses in use at other boards, and batched inserts and updates. A fixed number of
 * statements per call (lookups in chunks of {@value #CHUNK} values), none per row.
 */
@Repository
public class EmployeeImportSql {

    /** Values per IN list, so a 5,000-row file does not make one enormous statement. */
    static final int CHUNK = 1_000;

    private static final String EMPLOYEE_COLUMNS = """
            id, employee_number, first_name, name_prefix, last_name, email,
            school_id, job_function, preferred_locale, started_on, line_manager_id, subjects""";

    private final JdbcClient jdbc;
    private final JdbcTemplate template;

    public EmployeeImportSql(JdbcClient jdbc, JdbcTemplate template) {
        this.jdbc = jdbc;
        this.template = template;
    }

    /**
     * Locks the board's row until the transaction ends, so two imports for one board run one after the
     * other and each sees what the other wrote.
     */
    public void lockBoard(long boardId) {
        jdbc.sql("SELECT id FROM board WHERE id = :board FOR UPDATE").param("board", boardId).query(Long.class).single();
    }

    /** Every employee of the board; with {@code lock}, their rows stay locked until the transaction ends. */
    public List<ExistingEmployee> employees(long boardId, boolean lock) {
        return jdbc.sql("SELECT %s FROM employee WHERE board_id = :board ORDER BY id%s"
                        .formatted(EMPLOYEE_COLUMNS, lock ? " FOR UPDATE" : ""))
                .param("board", boardId)
                .query((rs, n) -> existing(rs))
                .list();
    }

    /** The board's schools, and any other school whose BRIN code or name is one of the given texts. */
    public List<SchoolRef> schools(long boardId, Collection<String> brinsOrNames) {
        List<SchoolRef> schools = new ArrayList<>(jdbc.sql("""
                        SELECT id, brin, name, board_id FROM school
                        WHERE board_id = :board ORDER BY id""")
                .param("board", boardId).query(SchoolRef.class).list());
        for (List<String> chunk : chunks(brinsOrNames)) {
            // The column collation (utf8mb4_unicode_ci) makes these comparisons case- and accent-insensitive.
            schools.addAll(jdbc.sql("""
                            SELECT id, brin, name, board_id FROM school WHERE board_id <> :board
                            AND (brin IN (:texts) OR name IN (:texts)) ORDER BY id""")
                    .param("board", boardId).param("texts", chunk).query(SchoolRef.class).list());
        }
        return schools;
    }

    /** Those of the given e-mail addresses that employees of other boards have, as stored. */
    public Set<String> emailsOfOtherBoards(long boardId, Collection<String> emails) {
        Set<String> found = new HashSet<>();
        for (List<String> chunk : chunks(emails)) {
            found.addAll(jdbc.sql("SELECT email FROM employee WHERE board_id <> :board AND email IN (:emails)")
                    .param("board", boardId).param("emails", chunk).query(String.class).list());
        }
        return found;
    }

    /** Inserts new employees of the board in one batch. */
    public void insert(long boardId, List<EmployeeWrite> rows, Instant now) {
        Timestamp at = Timestamp.from(now);
        template.batchUpdate("""
                        INSERT INTO employee (board_id, employee_number, first_name, name_prefix, last_name,
                            email, school_id, job_function, preferred_locale, started_on, subjects, created_at,
                            updated_at)
                        VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""",
                rows, rows.size(), (ps, row) -> {
                    ps.setLong(1, boardId);
                    int next = values(ps, 2, row);
                    ps.setTimestamp(next, at);
                    ps.setTimestamp(next + 1, at);
                });
    }

    /**
     * Updates employees of the board in one batch, raising their version so that an editor holding an older
     * copy gets a conflict. Fails when a row is not (or no longer) an employee of this board.
     */
    public void update(long boardId, List<EmployeeWrite> rows, Instant now) {
        Timestamp at = Timestamp.from(now);
        int[][] counts = template.batchUpdate("""
                        UPDATE employee SET employee_number = ?, first_name = ?,
                            name_prefix = ?, last_name = ?, email = ?, school_id = ?, job_function = ?,
                            preferred_locale = ?, started_on = ?, subjects = ?, updated_at = ?, version = version + 1
                        WHERE id = ? AND board_id = ?""",
                rows, rows.size(), (ps, row) -> {
                    int next = values(ps, 1, row);
                    ps.setTimestamp(next, at);
                    ps.setLong(next + 1, row.id());
                    ps.setLong(next + 2, boardId);
                });
        for (int[] batch : counts) {
            for (int count : batch) {
                // The driver may answer "done, count unknown" for a batch; 0 means the row was not there.
                if (count == 0) {
                    throw new IncorrectUpdateSemanticsDataAccessException("An imported employee is not of board "
                            + boardId);
                }
            }
        }
    }

    /**
     * Points each row that names a line manager at the board's employee with that number, or at none, in one
     * batch. Runs after the inserts and updates, so a manager added by the same file is found.
     */
    public void linkLineManagers(long boardId, List<EmployeeWrite> rows) {
        List<EmployeeWrite> linking = rows.stream().filter(EmployeeWrite::setsLineManager).toList();
        template.batchUpdate("""
                        UPDATE employee e LEFT JOIN employee m
                            ON m.board_id = e.board_id AND m.employee_number = ? AND m.id <> e.id
                        SET e.line_manager_id = m.id
                        WHERE e.board_id = ? AND e.employee_number = ?""",
                linking, linking.size(), (ps, row) -> {
                    setNullable(ps, 1, row.lineManagerNumber(), Types.VARCHAR);
                    ps.setLong(2, boardId);
                    ps.setString(3, row.employeeNumber());
                });
    }

    /** Sets the ten employee values from {@code index} on; returns the next index. */
    private static int values(PreparedStatement ps, int index, EmployeeWrite row) throws SQLException {
        ps.setString(index, row.employeeNumber());
        ps.setString(index + 1, row.firstName());
        setNullable(ps, index + 2, row.namePrefix(), Types.VARCHAR);
        ps.setString(index + 3, row.lastName());
        ps.setString(index + 4, row.email());
        setNullable(ps, index + 5, row.schoolId(), Types.BIGINT);
        ps.setString(index + 6, row.function().name());
        ps.setString(index + 7, row.preferredLocale());
        setNullable(ps, index + 8, row.startedOn() == null ? null : Date.valueOf(row.startedOn()), Types.DATE);
        setNullable(ps, index + 9, row.subjects(), Types.VARCHAR);
        return index + 10;
    }

    private static void setNullable(PreparedStatement ps, int index, @Nullable Object value, int type)
            throws SQLException {
        if (value == null) {
            ps.setNull(index, type);
        } else {
            ps.setObject(index, value, type);
        }
    }

    private static ExistingEmployee existing(ResultSet rs) throws SQLException {
        Date started = rs.getDate("started_on");
        long school = rs.getLong("school_id");
        Long schoolId = rs.wasNull() ? null : school;
        return new ExistingEmployee(rs.getLong("id"), rs.getString("employee_number"), rs.getString("first_name"),
                rs.getString("name_prefix"), rs.getString("last_name"), rs.getString("email"),
                schoolId, JobFunction.valueOf(rs.getString("job_function")),
                rs.getString("preferred_locale"), started == null ? null : started.toLocalDate(),
                rs.getObject("line_manager_id", Long.class), rs.getString("subjects"));
    }

    private static List<List<String>> chunks(Collection<String> values) {
        List<String> distinct = values.stream().distinct().toList();
        List<List<String>> chunks = new ArrayList<>();
        for (int from = 0; from < distinct.size(); from += CHUNK) {
            chunks.add(distinct.subList(from, Math.min(from + CHUNK, distinct.size())));
        }
        return chunks;
    }
}

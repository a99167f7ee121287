package nl.onderwijsloket.portal.induction.data;

import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Whom induction writes to or names on a starter's card: employees, and the board's HR and the desk's accounts. */
@Repository
public class ContactSql {

    private final JdbcClient jdbc;

    public ContactSql(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** A person to write to, in their language. */
    public record Contact(String name, String email, String locale) {
    }

    public Optional<Contact> employee(long employeeId) {
        return jdbc.sql("""
                        SELECT CONCAT_WS(' ', first_name, NULLIF(name_prefix, ''), last_name) AS name, email,
                               preferred_locale
                        FROM people_employee WHERE id = :id
                        """)
                .param("id", employeeId)
                .query((rs, n) -> new Contact(rs.getString("name"), rs.getString("email"),
                        rs.getString("preferred_locale")))
                .optional();
    }

    /** The employee's line manager, if the import named one. */
    public Optional<Long> lineManagerOf(long employeeId) {
        return jdbc.sql("SELECT line_manager_id FROM people_employee WHERE id = :id AND line_manager_id IS NOT NULL")
                .param("id", employeeId).query(Long.class).optional();
    }

    /** The enabled accounts with the role, of the board (HR) or of the whole region (board null). */
    public List<Contact> accounts(String role, Long boardId) {
        return jdbc.sql("""
                        SELECT a.display_name, a.email FROM security_account a
                        JOIN security_account_role r ON r.user_account_id = a.id
                        WHERE r.role = :role AND a.enabled AND a.email IS NOT NULL
                          AND (:board IS NULL OR a.board_id = :board)
                        ORDER BY a.display_name, a.id
                        """)
                .param("role", role).param("board", boardId)
                .query((rs, n) -> new Contact(rs.getString("display_name"), rs.getString("email"), "nl"))
                .list();
    }
}

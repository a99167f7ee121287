package nl.onderwijsloket.portal.enrolment;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import nl.onderwijsloket.portal.security.PortalUser;
import nl.onderwijsloket.portal.security.PortalUserDetails;
import nl.onderwijsloket.portal.security.Role;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;

/** Boards, employees and accounts for enrolment tests; removes them (and their enrolments and mails) afterwards. */
public class EnrolmentFixtures {

    private final JdbcClient jdbc;
    private final List<Long> boards = new ArrayList<>();
    private final List<Long> employees = new ArrayList<>();
    private final List<Long> accounts = new ArrayList<>();
    private final String tag = Long.toString(System.nanoTime(), 36);

    public EnrolmentFixtures(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public long board(String name) {
        var keys = new GeneratedKeyHolder();
        jdbc.sql("INSERT INTO board (region_id, code, name) VALUES ((SELECT MIN(id) FROM region), :code, :name)")
                .param("code", "TB-" + tag + "-" + boards.size()).param("name", name).update(keys);
        long id = keys.getKey().longValue();
        boards.add(id);
        return id;
    }

    public long employee(long board, String first, String last) {
        var keys = new GeneratedKeyHolder();
        int n = employees.size();
        jdbc.sql("INSERT INTO employee (board_id, employee_number, first_name, last_name, email, job_function,"
                        + " preferred_locale, created_at, updated_at)"
                        + " VALUES (:board, :number, :first, :last, :email, 'LERAAR', 'nl', :now, :now)")
                .param("board", board).param("number", "T" + n).param("first", first).param("last", last)
                .param("email", "t" + n + "." + tag + "@test.example").param("now", Timestamp.from(Instant.now()))
                .update(keys);
        long id = keys.getKey().longValue();
        employees.add(id);
        return id;
    }

    /** An account with the given roles, linked to a person and a board. */
    public PortalUser account(String name, Set<Role> roles, Long employeeId, Long boardId, Long providerId) {
        var keys = new GeneratedKeyHolder();
        String username = name + "-" + tag + "-" + accounts.size();
        jdbc.sql("INSERT INTO user_account (username, password_hash, display_name, employee_id, board_id, provider_id)"
                        + " VALUES (:username, '{noop}x', :name, :employee, :board, :provider)")
                .param("username", username).param("name", name).param("employee", employeeId)
                .param("board", boardId).param("provider", providerId).update(keys);
        long id = keys.getKey().longValue();
        accounts.add(id);
        roles.forEach(role -> jdbc.sql("INSERT INTO user_account_role VALUES (:id, :role)")
                .param("id", id).param("role", role.name()).update());
        return new PortalUser(id, username, name, roles.isEmpty() ? EnumSet.noneOf(Role.class) : EnumSet.copyOf(roles),
                employeeId, boardId, providerId);
    }

    /** Makes the user the signed-in user of the current thread. */
    public static void signIn(PortalUser user) {
        var details = new PortalUserDetails(user, "{noop}x", true);
        SecurityContextHolder.getContext().setAuthentication(
                UsernamePasswordAuthenticationToken.authenticated(details, null, details.getAuthorities()));
    }

    public void removeAll() {
        String ids = employees.isEmpty() ? "0" : String.join(",", employees.stream().map(String::valueOf).toList());
        String accountIds = accounts.isEmpty() ? "0" : String.join(",", accounts.stream().map(String::valueOf).toList());
        jdbc.sql("DELETE FROM mail_outbox WHERE recipient IN (SELECT email FROM employee WHERE id IN (" + ids + ")"
                + " UNION SELECT email FROM user_account WHERE id IN (" + accountIds + "))").update();
        jdbc.sql("DELETE FROM attendance WHERE enrolment_id IN (SELECT id FROM enrolment WHERE employee_id IN (" + ids + "))")
                .update();
        jdbc.sql("DELETE FROM enrolment_event WHERE employee_id IN (" + ids + ")").update();
        jdbc.sql("DELETE FROM enrolment WHERE employee_id IN (" + ids + ")").update();
        accounts.forEach(id -> jdbc.sql("DELETE FROM user_account WHERE id = :id").param("id", id).update());
        employees.forEach(id -> jdbc.sql("DELETE FROM employee WHERE id = :id").param("id", id).update());
        boards.forEach(id -> jdbc.sql("DELETE FROM board WHERE id = :id").param("id", id).update());
        boards.clear();
        employees.clear();
        accounts.clear();
    }
}

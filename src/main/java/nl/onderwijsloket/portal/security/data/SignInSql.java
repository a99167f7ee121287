package nl.onderwijsloket.portal.security.data;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.LocalDateTime;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import nl.onderwijsloket.portal.common.LikePattern;
import nl.onderwijsloket.portal.security.LinkCandidate;
import nl.onderwijsloket.portal.security.Role;
import nl.onderwijsloket.portal.security.UnlinkedSignIn;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * SQL of identity-provider sign-ins: unlinked sign-ins, people without an account, and link updates. Boards
 * and employees are people's: they are read through its views {@code people_board} and
 * {@code people_employee} (DD014).
 */
@Repository
public class SignInSql {

    /** An employee who has no account yet. */
    public record Person(long employeeId, long boardId, String displayName, String email) {
    }

    private static final String PERSON_NAME = "CONCAT_WS(' ', e.first_name, e.name_prefix, e.last_name)";

    /**
     * Accounts without an identity-provider user and people without an account that match {@code :like}, by
     * name; filled in with {@link LikePattern#ESCAPE} (1) and {@link #PERSON_NAME} (2).
     */
    private static final String CANDIDATES = """
            SELECT * FROM (
                SELECT 'ACCOUNT' AS kind, a.id, a.display_name AS name, a.email, b.name AS board
                FROM user_account a LEFT JOIN people_board b ON b.id = a.board_id
                WHERE a.external_subject IS NULL AND a.enabled
                AND (a.display_name LIKE :like%1$s OR a.email LIKE :like%1$s OR a.username LIKE :like%1$s)
                UNION ALL
                SELECT 'PERSON', e.id, %2$s, e.email, b.name
                FROM people_employee e JOIN people_board b ON b.id = e.board_id
                WHERE NOT EXISTS (SELECT 1 FROM user_account a WHERE a.employee_id = e.id)
                AND (%2$s LIKE :like%1$s OR e.email LIKE :like%1$s)
            ) candidate ORDER BY name, kind, id LIMIT :limit OFFSET :offset"""
            .formatted(LikePattern.ESCAPE, PERSON_NAME);

    /** An employee without an account; filled in with {@link #PERSON_NAME} and a condition on {@code e}. */
    private static final String PERSON_WITHOUT_ACCOUNT = """
            SELECT e.id, e.board_id, %s AS name, e.email FROM people_employee e
            WHERE %s AND NOT EXISTS (SELECT 1 FROM user_account a WHERE a.employee_id = e.id)""";

    private static final String UNLINKED_COLUMNS = """
            SELECT subject, username, display_name, email, email_verified,
                   roles, first_seen_at, last_seen_at, attempts FROM unlinked_sign_in""";

    private final JdbcClient jdbc;

    public SignInSql(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Records (or counts again) a sign-in that matched nobody. Safe when the same user signs in twice at once. */
    public void recordUnlinked(String subject, @Nullable String username, @Nullable String displayName,
            @Nullable String email, boolean emailVerified, Set<Role> roles, LocalDateTime now) {
        jdbc.sql("""
                        INSERT INTO unlinked_sign_in (subject, username, display_name, email, email_verified, roles,
                            first_seen_at, last_seen_at, attempts)
                        VALUES (:subject, :username, :name, :email, :verified, :roles, :now, :now, 1)
                        ON DUPLICATE KEY UPDATE username = VALUES(username), display_name = VALUES(display_name),
                            email = VALUES(email), email_verified = VALUES(email_verified), roles = VALUES(roles),
                            last_seen_at = VALUES(last_seen_at), attempts = attempts + 1""")
                .param("subject", subject)
                .param("username", truncate(username, 120))
                .param("name", truncate(displayName, 160))
                .param("email", truncate(email, 190))
                .param("verified", emailVerified)
                .param("roles", roles.stream().map(Role::name).sorted().collect(Collectors.joining(",")))
                .param("now", Timestamp.valueOf(now))
                .update();
    }

    public boolean forgetUnlinked(String subject) {
        return jdbc.sql("DELETE FROM unlinked_sign_in WHERE subject = :subject").param("subject", subject)
                .update() > 0;
    }

    public Optional<UnlinkedSignIn> findUnlinked(String subject) {
        return jdbc.sql(UNLINKED_COLUMNS + " WHERE subject = :subject").param("subject", subject)
                .query((rs, n) -> unlinked(rs)).optional();
    }

    /** Unlinked sign-ins, the most recent attempt first. */
    public List<UnlinkedSignIn> unlinked(int offset, int limit) {
        return jdbc.sql(UNLINKED_COLUMNS + " ORDER BY last_seen_at DESC, id DESC LIMIT :limit OFFSET :offset")
                .param("limit", limit).param("offset", offset)
                .query((rs, n) -> unlinked(rs)).list();
    }

    public int countUnlinked() {
        return jdbc.sql("SELECT COUNT(*) FROM unlinked_sign_in").query(Integer.class).single();
    }

    /**
     * Accounts without an identity-provider user and people without an account whose name or e-mail
     * address contains the filter, by name.
     */
    public List<LinkCandidate> candidates(String filter, int offset, int limit) {
        String like = LikePattern.containing(filter);
        return jdbc.sql(CANDIDATES)
                .param("like", like).param("limit", limit).param("offset", offset)
                .query((rs, n) -> new LinkCandidate(LinkCandidate.Kind.valueOf(rs.getString("kind")),
                        rs.getLong("id"), rs.getString("name"), rs.getString("email"), rs.getString("board")))
                .list();
    }

    /** Enabled accounts with this e-mail address that are not linked to an identity-provider user. */
    public List<Long> unlinkedAccountIds(String email) {
        return jdbc.sql("SELECT id FROM user_account WHERE email = :email AND external_subject IS NULL AND enabled")
                .param("email", email).query(Long.class).list();
    }

    /** The employee with this e-mail address, when there is exactly one and it has no account. */
    public Optional<Person> personWithoutAccount(String email) {
        List<Person> people = jdbc.sql(PERSON_WITHOUT_ACCOUNT.formatted(PERSON_NAME, "e.email = :email"))
                .param("email", email).query((rs, n) -> person(rs)).list();
        return people.size() == 1 ? Optional.of(people.getFirst()) : Optional.empty();
    }

    public Optional<Person> personWithoutAccount(long employeeId) {
        return jdbc.sql(PERSON_WITHOUT_ACCOUNT.formatted(PERSON_NAME, "e.id = :id"))
                .param("id", employeeId).query((rs, n) -> person(rs)).optional();
    }

    /**
     * Links an account to an identity-provider user unless it is linked already (by a concurrent sign-in or
     * another coordinator). Returns whether this call made the link.
     */
    public boolean linkAccount(long accountId, String subject) {
        return jdbc.sql("""
                        UPDATE user_account SET external_subject = :subject, version = version + 1
                        WHERE id = :id AND external_subject IS NULL AND enabled""")
                .param("subject", subject).param("id", accountId)
                .update() == 1;
    }

    private static UnlinkedSignIn unlinked(ResultSet rs) throws SQLException {
        return new UnlinkedSignIn(rs.getString("subject"), rs.getString("username"), rs.getString("display_name"),
                rs.getString("email"), rs.getBoolean("email_verified"), roles(rs.getString("roles")),
                rs.getTimestamp("first_seen_at").toLocalDateTime(), rs.getTimestamp("last_seen_at").toLocalDateTime(),
                rs.getInt("attempts"));
    }

    private static Person person(ResultSet rs) throws SQLException {
        return new Person(rs.getLong("id"), rs.getLong("board_id"), rs.getString("name"), rs.getString("email"));
    }

    private static Set<Role> roles(String codes) {
        Set<Role> roles = EnumSet.noneOf(Role.class);
        Arrays.stream(codes.split(",")).map(String::trim).filter(code -> !code.isEmpty())
                .map(code -> code.toUpperCase(Locale.ROOT))
                .filter(code -> Arrays.stream(Role.values()).anyMatch(role -> role.name().equals(code)))
                .map(Role::valueOf).forEach(roles::add);
        return roles;
    }

    private static @Nullable String truncate(@Nullable String value, int max) {
        return value == null || value.length() <= max ? value : value.substring(0, max);
    }
}

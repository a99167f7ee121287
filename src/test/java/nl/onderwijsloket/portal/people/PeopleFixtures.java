package nl.onderwijsloket.portal.people;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.UUID;
import nl.onderwijsloket.portal.security.Role;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;

/**
 * Writes a small region of its own for a test – boards, schools, employees and sign-in accounts – and
 * removes it afterwards. Codes, BRIN numbers, e-mail addresses and user names carry a random tag, so
 * fixtures of several tests never collide with each other or with the demo data.
 */
public class PeopleFixtures {

    private final JdbcClient jdbc;
    /** Five characters that make this fixture's unique values unique. */
    private final String tag = UUID.randomUUID().toString().replace("-", "").substring(0, 5).toUpperCase(Locale.ROOT);
    private final List<Long> regions = new ArrayList<>();
    private final List<Long> boards = new ArrayList<>();
    private final List<Long> schools = new ArrayList<>();
    private final List<Long> employees = new ArrayList<>();
    private final List<Long> accounts = new ArrayList<>();
    private int sequence;

    public PeopleFixtures(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** The random tag of this fixture; part of every user name it creates. */
    public String tag() {
        return tag;
    }

    public long board(String name) {
        if (regions.isEmpty()) {
            regions.add(insert("INSERT INTO region (code, name) VALUES ('test-" + tag + "', 'Testregio " + tag + "')"));
        }
        long id = insertWith("INSERT INTO board (region_id, code, name) VALUES (:region, :code, :name)",
                new Object[][] {{"region", regions.getFirst()}, {"code", "test-" + tag + "-" + next()}, {"name", name}});
        boards.add(id);
        return id;
    }

    public long school(long boardId, String name, Sector sector) {
        // BRIN numbers have six characters: a letter, four of the tag and one for the school (36 per fixture).
        String brin = "T" + tag.substring(0, 4) + Integer.toString(schools.size(), 36).toUpperCase(Locale.ROOT);
        long id = insertWith("INSERT INTO school (board_id, brin, name, sector, town)"
                        + " VALUES (:board, :brin, :name, :sector, 'Testdorp')",
                new Object[][] {{"board", boardId}, {"brin", brin}, {"name", name}, {"sector", sector.name()}});
        schools.add(id);
        return id;
    }

    /** An employee of the board, at the school (or the board office when {@code schoolId} is null). */
    public long employee(long boardId, @Nullable Long schoolId, String firstName, @Nullable String prefix,
                         String lastName, JobFunction function) {
        int n = next();
        Timestamp now = Timestamp.from(Instant.now());
        long id = insertWith("INSERT INTO employee (board_id, school_id, employee_number, first_name, name_prefix,"
                        + " last_name, email, job_function, created_at, updated_at)"
                        + " VALUES (:board, :school, :number, :first, :prefix, :last, :email, :function, :now, :now)",
                new Object[][] {{"board", boardId}, {"school", schoolId}, {"number", "T" + tag + n},
                        {"first", firstName}, {"prefix", prefix}, {"last", lastName},
                        {"email", (firstName + "." + lastName).toLowerCase(Locale.ROOT).replace(' ', '-')
                                + "." + n + "@" + tag.toLowerCase(Locale.ROOT) + ".test"},
                        {"function", function.name()}, {"now", now}});
        employees.add(id);
        return id;
    }

    /**
     * A sign-in account whose user name is {@code name} followed by this fixture's tag; returns the user
     * name. Its password hash is a plain placeholder: tests sign in without a password.
     */
    public String account(String name, Set<Role> roles, @Nullable Long boardId, @Nullable Long providerId) {
        String username = name + "-" + tag.toLowerCase(Locale.ROOT);
        long id = insertWith("INSERT INTO user_account (username, password_hash, display_name, board_id, provider_id)"
                        + " VALUES (:username, '{noop}test', :display, :board, :provider)",
                new Object[][] {{"username", username}, {"display", "Test " + name}, {"board", boardId},
                        {"provider", providerId}});
        accounts.add(id);
        roles.forEach(role -> jdbc.sql("INSERT INTO user_account_role (user_account_id, role) VALUES (:id, :role)")
                .param("id", id).param("role", role.name()).update());
        return username;
    }

    /** Removes everything this fixture wrote, newest kind first. */
    public void removeAll() {
        delete("user_account", accounts);
        delete("employee", employees);
        delete("school", schools);
        delete("board", boards);
        delete("region", regions);
    }

    private void delete(String table, List<Long> ids) {
        if (!ids.isEmpty()) {
            jdbc.sql("DELETE FROM " + table + " WHERE id IN (:ids)").param("ids", ids).update();
            ids.clear();
        }
    }

    private int next() {
        return ++sequence;
    }

    private long insert(String sql) {
        var keys = new GeneratedKeyHolder();
        jdbc.sql(sql).update(keys);
        return keys.getKey().longValue();
    }

    private long insertWith(String sql, Object[][] params) {
        var statement = jdbc.sql(sql);
        for (Object[] param : params) {
            statement = statement.param((String) param[0], param[1]);
        }
        var keys = new GeneratedKeyHolder();
        statement.update(keys);
        return keys.getKey().longValue();
    }
}

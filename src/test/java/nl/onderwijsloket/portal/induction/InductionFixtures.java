package nl.onderwijsloket.portal.induction;

import java.sql.Date;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import nl.onderwijsloket.portal.people.JobFunction;
import nl.onderwijsloket.portal.people.PeopleFixtures;
import nl.onderwijsloket.portal.people.Sector;
import nl.onderwijsloket.portal.security.PortalUser;
import nl.onderwijsloket.portal.security.Role;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;

/**
 * A small induction world of its own for a test: boards with a school and the board's copy of the starting-teacher
 * programme, employees, sign-in accounts linked to them, placements and mentor profiles. {@link #removeAll()}
 * removes all of it, pairings, logs and mails included.
 */
public class InductionFixtures {

    private final JdbcClient jdbc;
    private final PeopleFixtures people;
    private final ProgrammeFixtures programmes;
    private final List<Long> employees = new ArrayList<>();
    private final List<Long> accounts = new ArrayList<>();
    private final List<Long> boards = new ArrayList<>();

    public InductionFixtures(JdbcClient jdbc) {
        this.jdbc = jdbc;
        this.people = new PeopleFixtures(jdbc);
        this.programmes = new ProgrammeFixtures(jdbc);
    }

    /** A board of the test region with one school. */
    public record Board(long id, long schoolId, long programmeId) {
    }

    public Board board(String name, Sector sector, String town) {
        long board = people.board(name);
        boards.add(board);
        long school = people.school(board, "School van " + name, sector);
        jdbc.sql("UPDATE school SET town = :town WHERE id = :id").param("town", town).param("id", school).update();
        long template = programmes.template(ProgrammeKind.STARTING_TEACHER);
        long copy = programmes.copy(board, ProgrammeKind.STARTING_TEACHER, programmes.revision(template));
        return new Board(board, school, copy);
    }

    public void allowMentorsOutside(long boardId) {
        jdbc.sql("INSERT INTO induction_board_setting (board_id, mentors_outside) VALUES (:b, TRUE)")
                .param("b", boardId).update();
    }

    /** Another school of the board, in another town. */
    public long school(Board board, String name, Sector sector, String town) {
        long school = people.school(board.id(), name, sector);
        jdbc.sql("UPDATE school SET town = :town WHERE id = :id").param("town", town).param("id", school).update();
        return school;
    }

    /** A starting teacher at the given school of the board, placed in its programme a month ago. */
    public long starterAt(Board board, long schoolId, String first, String last) {
        long id = people.employee(board.id(), schoolId, first, null, last, JobFunction.STARTENDE_LERAAR);
        employees.add(id);
        place(id, board, LocalDate.now().minusMonths(1));
        return id;
    }

    public long employee(Board board, String first, String last, JobFunction function) {
        long id = people.employee(board.id(), board.schoolId(), first, null, last, function);
        employees.add(id);
        return id;
    }

    public void lineManager(long employeeId, long managerId) {
        jdbc.sql("UPDATE employee SET line_manager_id = :m WHERE id = :e").param("m", managerId).param("e", employeeId)
                .update();
    }

    /** A mentor of the board with the given capacity. */
    public long mentor(Board board, String first, String last, int capacity) {
        long id = employee(board, first, last, JobFunction.MENTOR);
        jdbc.sql("INSERT INTO mentor_profile (employee_id, capacity) VALUES (:e, :c)").param("e", id)
                .param("c", capacity).update();
        return id;
    }

    /** A starting teacher placed in the board's programme, started {@code monthsAgo} months ago. */
    public long starter(Board board, String first, String last, int monthsAgo) {
        long id = employee(board, first, last, JobFunction.STARTENDE_LERAAR);
        place(id, board, LocalDate.now().minusMonths(monthsAgo));
        return id;
    }

    public long place(long employeeId, Board board, LocalDate startedOn) {
        var keys = new GeneratedKeyHolder();
        jdbc.sql("""
                        INSERT INTO induction_placement (employee_id, board_id, programme_id, started_on, created_at)
                        VALUES (:e, :b, :p, :s, :now)""")
                .param("e", employeeId).param("b", board.id()).param("p", board.programmeId())
                .param("s", Date.valueOf(startedOn)).param("now", Timestamp.from(Instant.now()))
                .update(keys, "id");
        return keys.getKey().longValue();
    }

    public long placementOf(long employeeId) {
        return jdbc.sql("SELECT id FROM induction_placement WHERE employee_id = :e").param("e", employeeId)
                .query(Long.class).single();
    }

    /** A sign-in account with the roles, linked to the employee (or none) and the board. */
    public PortalUser user(String name, Set<Role> roles, @Nullable Long employeeId, @Nullable Long boardId) {
        var keys = new GeneratedKeyHolder();
        String username = "ind-" + people.tag().toLowerCase() + "-" + accounts.size();
        jdbc.sql("""
                        INSERT INTO user_account (username, password_hash, display_name, email, employee_id, board_id)
                        VALUES (:u, '{noop}x', :n, :mail, :e, :b)""")
                .param("u", username).param("n", name).param("mail", username + "@test.invalid")
                .param("e", employeeId).param("b", boardId).update(keys, "id");
        long id = keys.getKey().longValue();
        accounts.add(id);
        roles.forEach(role -> jdbc.sql("INSERT INTO user_account_role (user_account_id, role) VALUES (:id, :r)")
                .param("id", id).param("r", role.name()).update());
        return new PortalUser(id, username, name, EnumSet.copyOf(roles), employeeId, boardId, null);
    }

    public String status(long pairingId) {
        return jdbc.sql("SELECT status FROM mentor_pairing WHERE id = :id").param("id", pairingId)
                .query(String.class).single();
    }

    public int livePairings(long mentorId) {
        return jdbc.sql("""
                        SELECT COUNT(*) FROM mentor_pairing
                        WHERE mentor_id = :m AND status IN ('PROPOSED', 'ACTIVE', 'PAUSED')""")
                .param("m", mentorId).query(Integer.class).single();
    }

    public int mails(long employeeId, String subjectPart) {
        return jdbc.sql("""
                        SELECT COUNT(*) FROM mail_outbox
                        WHERE recipient = (SELECT email FROM employee WHERE id = :e) AND subject LIKE :s""")
                .param("e", employeeId).param("s", "%" + subjectPart + "%").query(Integer.class).single();
    }

    public void removeAll() {
        if (!employees.isEmpty()) {
            jdbc.sql("DELETE FROM mail_outbox WHERE recipient IN (SELECT email FROM employee WHERE id IN (:e))")
                    .param("e", employees).update();
            jdbc.sql("""
                            DELETE g FROM guidance_meeting g JOIN mentor_pairing mp ON mp.id = g.pairing_id
                            WHERE mp.starter_id IN (:e)""").param("e", employees).update();
            jdbc.sql("""
                            DELETE g FROM guidance_entry g JOIN mentor_pairing mp ON mp.id = g.pairing_id
                            WHERE mp.starter_id IN (:e)""").param("e", employees).update();
            jdbc.sql("UPDATE mentor_pairing SET handed_over_to = NULL WHERE starter_id IN (:e)")
                    .param("e", employees).update();
            jdbc.sql("DELETE FROM mentor_pairing WHERE starter_id IN (:e)").param("e", employees).update();
            jdbc.sql("DELETE FROM induction_placement WHERE employee_id IN (:e)").param("e", employees).update();
            jdbc.sql("DELETE FROM mentor_profile WHERE employee_id IN (:e)").param("e", employees).update();
            jdbc.sql("UPDATE employee SET line_manager_id = NULL WHERE id IN (:e)").param("e", employees).update();
        }
        if (!boards.isEmpty()) {
            jdbc.sql("DELETE FROM induction_board_setting WHERE board_id IN (:b)").param("b", boards).update();
        }
        if (!accounts.isEmpty()) {
            jdbc.sql("DELETE FROM user_account WHERE id IN (:a)").param("a", accounts).update();
        }
        programmes.removeAll();
        people.removeAll();
        employees.clear();
        accounts.clear();
        boards.clear();
    }
}

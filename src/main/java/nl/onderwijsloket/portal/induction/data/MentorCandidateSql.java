package nl.onderwijsloket.portal.induction.data;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import nl.onderwijsloket.portal.induction.MentorLoad;
import nl.onderwijsloket.portal.induction.matching.MentorCandidate;
import nl.onderwijsloket.portal.induction.matching.Starter;
import nl.onderwijsloket.portal.people.JobFunction;
import nl.onderwijsloket.portal.people.Sector;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * The people the matching works with, read in one query each: the starters of a board's placements, and the
 * mentors who may help a board's starters (employees with the mentor function or a mentor account, of the board
 * itself or of a board in the region that lets its mentors help outside), with their load and training.
 */
@Repository
public class MentorCandidateSql {

    private final JdbcClient jdbc;

    public MentorCandidateSql(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** A mentor candidate with what the screens show of them. */
    public record Mentor(MentorCandidate candidate, String name, String boardName, @Nullable String schoolName) {
    }

    /** A placed starter as the matching sees them, with their name and placement. */
    public record PlacedStarter(long placementId, String name, Starter starter) {
    }

    /** The mentors who may help starters of the board (without the earlier-pairing part: see below). */
    public List<Mentor> mentorsFor(long boardId) {
        return jdbc.sql("""
                        SELECT e.id, e.board_id, e.school_id, s.town, s.sector, e.job_function, e.subjects,
                               CONCAT_WS(' ', e.first_name, NULLIF(e.name_prefix, ''), e.last_name) AS name,
                               b.name AS board_name, s.name AS school_name,
                               COALESCE(mp.capacity, 2) AS capacity, COALESCE(mp.live_pairings, 0) AS live,
                               COALESCE(bs.mentors_outside, FALSE) AS outside,
                               EXISTS (SELECT 1 FROM enrolment_completion c
                                       JOIN catalogue_edition ed ON ed.id = c.edition_id
                                       JOIN catalogue_course_theme t ON t.course_id = ed.course_id
                                       WHERE c.employee_id = e.id AND t.theme = 'BEGELEIDING') AS trained
                        FROM people_employee e
                        JOIN people_board b ON b.id = e.board_id
                        LEFT JOIN people_school s ON s.id = e.school_id
                        LEFT JOIN mentor_profile mp ON mp.employee_id = e.id
                        LEFT JOIN induction_board_setting bs ON bs.board_id = e.board_id
                        WHERE b.region_id = (SELECT region_id FROM people_board WHERE id = :board)
                          AND (e.board_id = :board OR bs.mentors_outside)
                          AND (e.job_function = 'MENTOR' OR mp.employee_id IS NOT NULL
                               OR EXISTS (SELECT 1 FROM security_account a
                                          JOIN security_account_role r ON r.user_account_id = a.id
                                          WHERE a.employee_id = e.id AND r.role = 'MENTOR'))
                        ORDER BY e.id
                        """)
                .param("board", boardId)
                .query((rs, n) -> new Mentor(new MentorCandidate(rs.getLong("id"), rs.getLong("board_id"),
                        rs.getObject("school_id", Long.class), rs.getString("town"), sector(rs.getString("sector")),
                        JobFunction.valueOf(rs.getString("job_function")), subjects(rs.getString("subjects")),
                        rs.getInt("live"), rs.getInt("capacity"), rs.getBoolean("trained"), Set.of(),
                        rs.getBoolean("outside")), rs.getString("name"), rs.getString("board_name"),
                        rs.getString("school_name")))
                .list();
    }

    /**
     * The board's own mentors (by function, role or an existing mentor profile) with their live pairings and
     * capacity, in name order.
     */
    public List<MentorLoad> boardMentors(long boardId) {
        return jdbc.sql("""
                        SELECT e.id, CONCAT_WS(' ', e.first_name, NULLIF(e.name_prefix, ''), e.last_name) AS name,
                               s.name AS school_name, COALESCE(mp.live_pairings, 0) AS live,
                               COALESCE(mp.capacity, 2) AS capacity
                        FROM people_employee e
                        LEFT JOIN people_school s ON s.id = e.school_id
                        LEFT JOIN mentor_profile mp ON mp.employee_id = e.id
                        WHERE e.board_id = :board
                          AND (e.job_function = 'MENTOR' OR mp.employee_id IS NOT NULL
                               OR EXISTS (SELECT 1 FROM security_account a
                                          JOIN security_account_role r ON r.user_account_id = a.id
                                          WHERE a.employee_id = e.id AND r.role = 'MENTOR'))
                        ORDER BY e.last_name, e.first_name, e.id
                        """)
                .param("board", boardId)
                .query((rs, n) -> new MentorLoad(rs.getLong("id"), rs.getString("name"), rs.getString("school_name"),
                        rs.getInt("live"), rs.getInt("capacity")))
                .list();
    }

    /**
     * Per mentor, the given starters they mentored before in a pairing that ended without either answering "no"
     * to the fit question.
     */
    public Map<Long, Set<Long>> earlierMentees(List<Long> starterIds) {
        if (starterIds.isEmpty()) {
            return Map.of();
        }
        Map<Long, Set<Long>> result = new HashMap<>();
        jdbc.sql("""
                        SELECT mentor_id, starter_id FROM mentor_pairing
                        WHERE starter_id IN (:starters) AND status IN ('ENDED', 'HANDED_OVER')
                          AND NOT (starter_fit <=> FALSE) AND NOT (mentor_fit <=> FALSE)
                        """)
                .param("starters", starterIds)
                .query(rs -> {
                    result.computeIfAbsent(rs.getLong("mentor_id"), k -> new HashSet<>()).add(rs.getLong("starter_id"));
                });
        return result;
    }

    /** The board's placed starters, all or only those without a live pairing, in order of employee id. */
    public List<PlacedStarter> starters(long boardId, @Nullable Long placementId, boolean unpairedOnly) {
        return jdbc.sql("""
                        SELECT p.id AS placement_id, e.id, e.board_id, e.school_id, s.town, s.sector, e.job_function,
                               e.subjects, e.line_manager_id,
                               CONCAT_WS(' ', e.first_name, NULLIF(e.name_prefix, ''), e.last_name) AS name
                        FROM induction_placement p
                        JOIN people_employee e ON e.id = p.employee_id
                        LEFT JOIN people_school s ON s.id = e.school_id
                        WHERE p.board_id = :board
                          AND (:placement IS NULL OR p.id = :placement)
                          AND (NOT :unpaired OR NOT EXISTS (SELECT 1 FROM mentor_pairing mp
                                                            WHERE mp.live_starter_id = p.employee_id))
                        ORDER BY e.id
                        """)
                .param("board", boardId).param("placement", placementId).param("unpaired", unpairedOnly)
                .query((rs, n) -> new PlacedStarter(rs.getLong("placement_id"), rs.getString("name"),
                        new Starter(rs.getLong("id"), rs.getLong("board_id"), rs.getObject("school_id", Long.class),
                                rs.getString("town"), sector(rs.getString("sector")),
                                JobFunction.valueOf(rs.getString("job_function")), subjects(rs.getString("subjects")),
                                rs.getObject("line_manager_id", Long.class))))
                .list();
    }

    /** The candidates with their earlier mentees among the given starters filled in. */
    public static List<Mentor> withEarlierMentees(List<Mentor> mentors, Map<Long, Set<Long>> earlier) {
        if (earlier.isEmpty()) {
            return mentors;
        }
        List<Mentor> result = new ArrayList<>(mentors.size());
        for (Mentor m : mentors) {
            Set<Long> mentees = earlier.get(m.candidate().employeeId());
            if (mentees == null) {
                result.add(m);
            } else {
                MentorCandidate c = m.candidate();
                result.add(new Mentor(new MentorCandidate(c.employeeId(), c.boardId(), c.schoolId(), c.town(),
                        c.sector(), c.function(), c.subjects(), c.activePairings(), c.capacity(),
                        c.completedMentorTraining(), mentees, c.boardAllowsOutside()), m.name(), m.boardName(),
                        m.schoolName()));
            }
        }
        return result;
    }

    static @Nullable Sector sector(@Nullable String code) {
        return code == null ? null : Sector.valueOf(code);
    }

    static Set<String> subjects(@Nullable String subjects) {
        if (subjects == null || subjects.isBlank()) {
            return Set.of();
        }
        return Arrays.stream(subjects.split(",")).map(String::strip).filter(s -> !s.isEmpty())
                .collect(Collectors.toUnmodifiableSet());
    }
}

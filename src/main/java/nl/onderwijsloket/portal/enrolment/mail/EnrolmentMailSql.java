package nl.onderwijsloket.portal.enrolment.mail;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * What enrolment's mails need to know about people, editions and meetings, read when the mails are composed
 * (so a mail describes the state as it stands then).
 */
@Repository
class EnrolmentMailSql {

    private final JdbcClient jdbc;

    EnrolmentMailSql(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    record Employee(long boardId, Recipient recipient) {
    }

    Optional<Employee> employee(long employeeId) {
        return jdbc.sql("""
                        SELECT board_id, email, first_name, name_prefix, last_name, preferred_locale
                        FROM people_employee WHERE id = :id""")
                .param("id", employeeId)
                .query((rs, n) -> new Employee(rs.getLong("board_id"), recipient(rs)))
                .optional();
    }

    /**
     * The enabled HR accounts of a board that have an e-mail address. An account linked to an employee
     * reads in that employee's language; others in Dutch.
     */
    List<Recipient> hrOfficers(long boardId) {
        return jdbc.sql("""
                        SELECT a.email, a.display_name, e.first_name, e.preferred_locale FROM security_account a
                        JOIN security_account_role r ON r.user_account_id = a.id AND r.role = 'HR'
                        LEFT JOIN people_employee e ON e.id = a.employee_id
                        WHERE a.board_id = :board AND a.enabled AND a.email IS NOT NULL AND a.email <> ''
                        ORDER BY a.id""")
                .param("board", boardId)
                .query((rs, n) -> {
                    String display = rs.getString("display_name");
                    String first = rs.getString("first_name");
                    return new Recipient(rs.getString("email"), first == null ? display : first, display,
                            locale(rs.getString("preferred_locale")));
                })
                .list();
    }

    /** The people enrolled (ENROLLED) in an edition who have an e-mail address, in the order they enrolled. */
    List<Recipient> enrolled(long editionId) {
        return jdbc.sql("""
                        SELECT m.email, m.first_name, m.name_prefix, m.last_name, m.preferred_locale
                        FROM enrolment n JOIN people_employee m ON m.id = n.employee_id
                        WHERE n.edition_id = :edition AND n.status = 'ENROLLED' AND m.email <> ''
                        ORDER BY n.id""")
                .param("edition", editionId)
                .query((rs, n) -> recipient(rs))
                .list();
    }

    /** Whether anybody is enrolled (ENROLLED) in the edition. */
    boolean anyEnrolled(long editionId) {
        return jdbc.sql("SELECT EXISTS (SELECT 1 FROM enrolment WHERE edition_id = :edition AND status = 'ENROLLED')")
                .param("edition", editionId).query(Boolean.class).single();
    }

    Optional<EditionFacts> edition(long editionId) {
        List<MeetingFacts> meetings = jdbc.sql("""
                        SELECT id, seq, starts_at, ends_at, topic FROM catalogue_meeting
                        WHERE edition_id = :id ORDER BY seq""")
                .param("id", editionId)
                .query((rs, n) -> new MeetingFacts(rs.getLong("id"), rs.getInt("seq"),
                        rs.getObject("starts_at", LocalDateTime.class), rs.getObject("ends_at", LocalDateTime.class),
                        rs.getString("topic")))
                .list();
        return jdbc.sql("""
                        SELECT c.id AS course_id, c.title, p.name AS provider, e.start_date, e.end_date, e.online,
                               e.location_name, e.location_town
                        FROM catalogue_edition e JOIN catalogue_course c ON c.id = e.course_id JOIN catalogue_provider p ON p.id = c.provider_id
                        WHERE e.id = :id""")
                .param("id", editionId)
                .query((rs, n) -> edition(rs, meetings))
                .optional();
    }

    private static EditionFacts edition(ResultSet rs, List<MeetingFacts> meetings) throws SQLException {
        return new EditionFacts(rs.getLong("course_id"), rs.getString("title"), rs.getString("provider"),
                rs.getObject("start_date", LocalDate.class), rs.getObject("end_date", LocalDate.class),
                rs.getBoolean("online"), rs.getString("location_name"), rs.getString("location_town"), meetings);
    }

    private static Recipient recipient(ResultSet rs) throws SQLException {
        String first = rs.getString("first_name");
        return new Recipient(rs.getString("email"), first,
                fullName(first, rs.getString("name_prefix"), rs.getString("last_name")),
                locale(rs.getString("preferred_locale")));
    }

    private static String fullName(String first, @Nullable String prefix, String last) {
        return prefix == null || prefix.isBlank() ? first + " " + last : first + " " + prefix + " " + last;
    }

    private static Locale locale(@Nullable String code) {
        return "en".equalsIgnoreCase(code) ? Locale.ENGLISH : Locale.of("nl");
    }
}

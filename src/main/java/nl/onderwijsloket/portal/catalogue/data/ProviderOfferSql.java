package nl.onderwijsloket.portal.catalogue.data;

import java.sql.Date;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import nl.onderwijsloket.portal.catalogue.EditionStatus;
import nl.onderwijsloket.portal.catalogue.ProviderEditionRow;
import nl.onderwijsloket.portal.catalogue.ProviderOption;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * A provider's own offer in SQL: every course of the provider (published or not) with its editions that
 * have not ended yet, one row per edition, in course-title and start order, paged in MariaDB.
 */
@Repository
public class ProviderOfferSql {

    /** The provider's courses, each with its editions that have not ended (or none): one row per edition. */
    private static final String FROM = """
            FROM course c
            LEFT JOIN edition e ON e.course_id = c.id AND e.end_date >= :today
            WHERE c.provider_id = :provider""";

    private final JdbcClient jdbc;

    public ProviderOfferSql(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public Optional<ProviderOption> provider(long providerId) {
        return jdbc.sql("SELECT id, name FROM provider WHERE id = :provider")
                .param("provider", providerId)
                .query((rs, n) -> new ProviderOption(rs.getLong("id"), rs.getString("name")))
                .optional();
    }

    public List<ProviderEditionRow> editions(long providerId, LocalDate today, int offset, int limit) {
        return jdbc.sql("""
                        SELECT c.id AS course_id, c.code, c.title, c.published, e.id AS edition_id,
                               e.start_date, e.end_date, e.online, e.location_name, e.location_town, e.capacity,
                               e.seats_taken, e.enrolment_deadline, e.status
                        %s
                        ORDER BY c.title, c.id, e.start_date, e.id
                        LIMIT :limit OFFSET :offset""".formatted(FROM))
                .param("provider", providerId)
                .param("today", Date.valueOf(today))
                .param("limit", limit)
                .param("offset", offset)
                .query((rs, n) -> {
                    String status = rs.getString("status");
                    return new ProviderEditionRow(rs.getLong("course_id"), rs.getString("code"),
                            rs.getString("title"), rs.getBoolean("published"),
                            rs.getObject("edition_id", Long.class),
                            rs.getObject("start_date", LocalDate.class), rs.getObject("end_date", LocalDate.class),
                            rs.getBoolean("online"), rs.getString("location_name"), rs.getString("location_town"),
                            rs.getInt("capacity"), rs.getInt("seats_taken"),
                            rs.getObject("enrolment_deadline", LocalDate.class),
                            status == null ? null : EditionStatus.valueOf(status));
                })
                .list();
    }

    public int count(long providerId, LocalDate today) {
        return jdbc.sql("SELECT COUNT(*) " + FROM)
                .param("provider", providerId)
                .param("today", Date.valueOf(today))
                .query(Integer.class).single();
    }
}

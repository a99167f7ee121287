package nl.onderwijsloket.portal.notification.data;

import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * The {@code calendar_sequence} table: the SEQUENCE last written for each calendar UID. Taking the next one
 * is one upsert in the caller's transaction, which keeps the rows locked until it commits: a second writer of
 * the same UID waits and then gets a higher number, so numbers never repeat or go down.
 */
@Repository
public class CalendarSequenceSql {

    private final JdbcClient jdbc;

    public CalendarSequenceSql(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /**
     * Raises the SEQUENCE of each UID by one (a new UID starts at 0) and returns the new values. UIDs are
     * taken in sorted order, so two transactions taking overlapping sets cannot deadlock.
     */
    public Map<String, Integer> next(Collection<String> uids) {
        List<String> sorted = uids.stream().distinct().sorted().toList();
        if (sorted.isEmpty()) {
            return Map.of();
        }
        var values = new StringBuilder();
        var params = new HashMap<String, Object>();
        for (int i = 0; i < sorted.size(); i++) {
            values.append(i == 0 ? "" : ", ").append("(:uid").append(i).append(", 0)");
            params.put("uid" + i, sorted.get(i));
        }
        jdbc.sql("""
                INSERT INTO calendar_sequence (uid, sequence) VALUES %s
                ON DUPLICATE KEY UPDATE sequence = sequence + 1
                """.formatted(values))
                .params(params)
                .update();
        return jdbc.sql("SELECT uid, sequence FROM calendar_sequence WHERE uid IN (:uids)")
                .param("uids", sorted)
                .query((rs, n) -> Map.entry(rs.getString("uid"), rs.getInt("sequence")))
                .list().stream()
                .collect(Collectors.toUnmodifiableMap(Map.Entry::getKey, Map.Entry::getValue));
    }
}

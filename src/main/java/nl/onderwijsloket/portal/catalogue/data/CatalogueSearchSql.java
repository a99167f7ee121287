package nl.onderwijsloket.portal.catalogue.data;

import java.sql.Date;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import nl.onderwijsloket.portal.catalogue.CatalogueFilter;
import nl.onderwijsloket.portal.catalogue.CatalogueResults;
import nl.onderwijsloket.portal.catalogue.CatalogueSort;
import nl.onderwijsloket.portal.catalogue.CourseCard;
import nl.onderwijsloket.portal.catalogue.CourseFormat;
import nl.onderwijsloket.portal.catalogue.CourseLevel;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * The catalogue search in SQL: filters, FULLTEXT relevance and paging all run in MariaDB. One query
 * for the page, one for the count, and one for the seats of the page's next editions.
 */
@Repository
public class CatalogueSearchSql {

    private static final String UPCOMING = "e.status IN ('OPEN', 'PLANNED') AND e.start_date >= :today";

    /** An upcoming edition that still takes enrolments and has a free seat. */
    private static final String FREE_SEAT = """
            e.status = 'OPEN' AND e.seats_taken < e.capacity
            AND e.enrolment_deadline >= :today""";

    /** The FULLTEXT relevance of a course; a match in the title counts extra. */
    private static final String SCORE = """
            (3 * MATCH(c.title) AGAINST(:ft IN BOOLEAN MODE)
             + MATCH(c.title, c.summary, c.search_text) AGAINST(:ft IN BOOLEAN MODE))""";

    /**
     * One page, filled in with the score, the total, the WHERE clause, and the inner and outer ORDER BY.
     * The inner query finds and orders the matches on the columns of ix_course_catalogue and the FULLTEXT
     * score only; the outer query reads course and provider for the page's rows alone.
     */
    private static final String PAGE = """
            SELECT m.id, c.title, c.summary, p.name AS provider_name, c.format, c.level, c.study_load_hours,
                   c.cost_cents, m.total
            FROM (SELECT c.id, c.next_start_sort, c.title, %s AS score, %s AS total
                  FROM course c%s
                  ORDER BY %s LIMIT :limit OFFSET :offset) m
            JOIN course c ON c.id = m.id JOIN provider p ON p.id = c.provider_id
            ORDER BY %s""";

    /** The capped count, filled in with the WHERE clause. */
    private static final String COUNT = "SELECT COUNT(*) FROM (SELECT 1 FROM course c%s LIMIT :countLimit) matches";

    /** The upcoming editions of the page's courses, in start order per course. */
    private static final String UPCOMING_EDITIONS = """
            SELECT e.course_id, e.start_date, e.status, e.enrolment_deadline, e.capacity - e.seats_taken AS seats_left
            FROM edition e WHERE e.course_id IN (:ids) AND %s
            ORDER BY e.course_id, e.start_date, e.id""".formatted(UPCOMING);

    private final JdbcClient jdbc;

    public CatalogueSearchSql(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public List<CourseCard> page(CatalogueFilter filter, LocalDate today, int offset, int limit) {
        return query(new Where(filter, today), filter, today, offset, limit, false).cards();
    }

    /**
     * The first page and the number of matches, as the catalogue shows a new search. A text search ranks
     * every match anyway, so its page query counts them too and FULLTEXT runs once; other searches walk
     * the start-date order and stop early, so they count separately, up to {@link #COUNT_LIMIT}.
     */
    public CatalogueResults first(CatalogueFilter filter, LocalDate today, int limit) {
        var where = new Where(filter, today);
        if (!where.hasText()) {
            int total = count(where, COUNT_LIMIT);
            return new CatalogueResults(total == 0 ? List.of() : query(where, filter, today, 0, limit, false).cards(),
                    total);
        }
        var results = query(where, filter, today, 0, limit, true);
        return new CatalogueResults(results.cards(), Math.min(results.total(), COUNT_LIMIT + 1));
    }

    /** One page ({@link #PAGE}). */
    private CatalogueResults query(Where where, CatalogueFilter filter, LocalDate today, int offset, int limit,
                                   boolean countAll) {
        boolean byRelevance = filter.sort() == CatalogueSort.RELEVANCE && where.hasText();
        String score = where.hasText() ? SCORE : "0";
        // next_start_sort is next_start_date with "none" last; ix_course_catalogue holds this order.
        String innerOrder = (byRelevance ? "score DESC, " : "") + "c.next_start_sort, c.title, c.id";
        String outerOrder = (byRelevance ? "m.score DESC, " : "") + "m.next_start_sort, m.title, m.id";
        String sql = where.strategy()
                + PAGE.formatted(score, countAll ? "COUNT(*) OVER ()" : "0", where.sql(), innerOrder, outerOrder);
        Map<String, Object> params = new HashMap<>(where.params());
        params.put("limit", limit);
        params.put("offset", offset);
        int[] total = {0};
        List<Row> rows = jdbc.sql(sql).params(params).query((rs, n) -> {
            total[0] = rs.getInt("total");
            return new Row(rs.getLong("id"), rs.getString("title"), rs.getString("summary"),
                    rs.getString("provider_name"), CourseFormat.valueOf(rs.getString("format")),
                    CourseLevel.valueOf(rs.getString("level")), rs.getInt("study_load_hours"),
                    rs.getInt("cost_cents"));
        }).list();
        Map<Long, EditionSummary> editions = upcomingEditions(rows.stream().map(Row::id).toList(), filter, today);
        return new CatalogueResults(rows.stream().map(row -> row.toCard(editions.get(row.id()))).toList(), total[0]);
    }

    /**
     * Above this many matches the catalogue says "more than 1,000" instead of counting on: an exact count of
     * a broad search over a large catalogue costs a check of every matching course, and no visitor reads
     * past a thousand results.
     */
    public static final int COUNT_LIMIT = 1_000;

    /** The number of matches, exact up to {@link #COUNT_LIMIT}; {@code COUNT_LIMIT + 1} means "more". */
    public int count(CatalogueFilter filter, LocalDate today) {
        return count(filter, today, COUNT_LIMIT);
    }

    /** The number of matches, exact up to {@code limit}; {@code limit + 1} means "more than limit". */
    public int count(CatalogueFilter filter, LocalDate today, int limit) {
        return count(new Where(filter, today), limit);
    }

    private int count(Where where, int limit) {
        Map<String, Object> params = new HashMap<>(where.params());
        params.put("countLimit", limit + 1);
        return jdbc.sql(where.strategy() + COUNT.formatted(where.sql()))
                .params(params).query(Integer.class).single();
    }

    /**
     * For each course of the page: the first upcoming edition that fits the filter's period and seat
     * conditions (so a card never shows a full edition when the visitor asked for free seats) and how many
     * upcoming editions the course has.
     */
    private Map<Long, EditionSummary> upcomingEditions(Collection<Long> courseIds, CatalogueFilter filter,
                                                       LocalDate today) {
        if (courseIds.isEmpty()) {
            return Map.of();
        }
        Map<Long, EditionSummary> result = new HashMap<>();
        jdbc.sql(UPCOMING_EDITIONS)
                .param("ids", courseIds)
                .param("today", Date.valueOf(today))
                .query(rs -> {
                    long courseId = rs.getLong("course_id");
                    LocalDate start = rs.getObject("start_date", LocalDate.class);
                    int seatsLeft = rs.getInt("seats_left");
                    boolean fits = fits(filter, today, start, rs.getString("status"),
                            rs.getObject("enrolment_deadline", LocalDate.class), seatsLeft);
                    var existing = result.get(courseId);
                    if (existing == null) {
                        result.put(courseId, fits ? new EditionSummary(start, seatsLeft, 1) : new EditionSummary(null, null, 1));
                    } else {
                        boolean first = fits && existing.start() == null;
                        result.put(courseId, new EditionSummary(first ? start : existing.start(),
                                first ? Integer.valueOf(seatsLeft) : existing.seatsLeft(), existing.count() + 1));
                    }
                });
        return result;
    }

    /** The same edition conditions as the WHERE clause, applied to one edition. */
    private static boolean fits(CatalogueFilter filter, LocalDate today, LocalDate start, String status,
                                LocalDate deadline, int seatsLeft) {
        return (filter.startFrom() == null || !start.isBefore(filter.startFrom()))
                && (filter.startUntil() == null || !start.isAfter(filter.startUntil()))
                && (!filter.freeSeatsOnly() || "OPEN".equals(status) && seatsLeft > 0 && !today.isAfter(deadline));
    }

    /** The first fitting upcoming edition (start and seats; null when none fits) and the number upcoming. */
    private record EditionSummary(LocalDate start, Integer seatsLeft, int count) {
    }

    private record Row(long id, String title, String summary, String providerName, CourseFormat format,
                       CourseLevel level, int studyLoadHours, int costCents) {

        CourseCard toCard(EditionSummary editions) {
            return new CourseCard(id, title, summary, providerName, format, level, studyLoadHours, costCents,
                    editions == null ? null : editions.start(), editions == null ? null : editions.seatsLeft(),
                    editions == null ? 0 : editions.count());
        }
    }

    /** The WHERE clause shared by page and count, with its parameters. */
    private static final class Where {

        // "= TRUE" (not just "c.published") makes it an equality, so the ORDER BY can use ix_course_catalogue.
        private final StringBuilder sql = new StringBuilder(" WHERE c.published = TRUE");
        private final Map<String, Object> params = new HashMap<>();
        private final boolean hasText;
        private boolean hasEditionCondition;

        Where(CatalogueFilter filter, LocalDate today) {
            params.put("today", Date.valueOf(today));
            String ft = FullTextQuery.of(filter.text());
            hasText = !ft.isEmpty();
            if (hasText) {
                sql.append(" AND MATCH(c.title, c.summary, c.search_text) AGAINST(:ft IN BOOLEAN MODE)");
                params.put("ft", ft);
            }
            anyOf("c.audiences", "audience", filter.audiences());
            anyOf("c.sectors", "sector", filter.sectors());
            anyOf("c.themes", "theme", filter.themes());
            in("c.format IN (:formats)", "formats", names(filter.formats()));
            in("c.level IN (:levels)", "levels", names(filter.levels()));
            in("c.provider_id IN (:providers)", "providers", filter.providerIds());
            editionConditions(filter);
        }

        private void editionConditions(CatalogueFilter filter) {
            if (filter.startFrom() == null && filter.startUntil() == null && !filter.freeSeatsOnly()) {
                return;
            }
            hasEditionCondition = true;
            var edition = new StringBuilder(UPCOMING);
            if (filter.startFrom() != null) {
                edition.append(" AND e.start_date >= :startFrom");
                params.put("startFrom", Date.valueOf(filter.startFrom()));
            }
            if (filter.startUntil() != null) {
                edition.append(" AND e.start_date <= :startUntil");
                params.put("startUntil", Date.valueOf(filter.startUntil()));
            }
            if (filter.freeSeatsOnly()) {
                edition.append(" AND ").append(FREE_SEAT);
            }
            sql.append(" AND EXISTS (SELECT 1 FROM edition e WHERE e.course_id = c.id AND ")
                    .append(edition).append(')');
        }

        /** At least one of the values in a SET column (the course row's copy of a join table, see V5). */
        private void anyOf(String column, String name, Collection<? extends Enum<?>> values) {
            if (values.isEmpty()) {
                return;
            }
            var tests = new ArrayList<String>(values.size());
            for (Enum<?> value : values) {
                String param = name + tests.size();
                tests.add("FIND_IN_SET(:" + param + ", " + column + ") > 0");
                params.put(param, value.name());
            }
            sql.append(" AND (").append(String.join(" OR ", tests)).append(')');
        }

        private void in(String condition, String name, Collection<?> values) {
            if (!values.isEmpty()) {
                sql.append(" AND ").append(condition);
                params.put(name, values);
            }
        }

        private static List<String> names(Collection<? extends Enum<?>> values) {
            var names = new ArrayList<String>(values.size());
            values.forEach(v -> names.add(v.name()));
            return names;
        }

        boolean hasText() {
            return hasText;
        }

        /**
         * How MariaDB should run the edition condition. Without search text the query walks
         * ix_course_catalogue in start order, tests the course-level filters in the index and probes
         * ix_edition_course_fit per remaining course, so a page or a capped count stops as soon as it has
         * enough. Left to itself, MariaDB would first collect every fitting edition (a semi-join) for
         * broad conditions such as "free seats". With search text, FULLTEXT finds the courses first.
         */
        String strategy() {
            return hasText || !hasEditionCondition ? ""
                    : "SET STATEMENT optimizer_switch='semijoin=off,materialization=off' FOR ";
        }

        String sql() {
            return sql.toString();
        }

        Map<String, Object> params() {
            return params;
        }
    }
}

package nl.onderwijsloket.portal.bench;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.File;
import java.time.LocalDate;
import java.util.UUID;
import nl.onderwijsloket.portal.DatabaseTest;
import nl.onderwijsloket.portal.catalogue.CatalogueFilter;
import nl.onderwijsloket.portal.catalogue.data.CatalogueSearchSql;
import nl.onderwijsloket.portal.catalogue.data.CourseReadSql;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Keeps the benchmark's loader in step with the schema: a small synthetic catalogue loads into a fresh,
 * migrated schema (so every NOT NULL and CHECK constraint is met) and can be searched. No timings.
 */
@DatabaseTest
class SyntheticCatalogueTest {

    @Test
    void aSmallCatalogueLoadsMeetsTheConstraintsAndCanBeSearched() throws Exception {
        LocalDate today = LocalDate.of(2026, 11, 23);
        // Like the Spring tests: a fresh embedded server in the temp dir, unless this JVM already runs one.
        var dir = new File(System.getProperty("java.io.tmpdir"), "portal-test-db-" + UUID.randomUUID());
        try (var db = BenchDatabase.open("portal_bench_test", dir)) {
            try {
                db.recreate();
                db.migrate();
                new SyntheticCatalogue(7, today, 300, 900, 5).load(db.dataSource());
                JdbcClient jdbc = db.jdbc();
                new CourseReadSql(jdbc).refreshNextStart(null, today);

                assertThat(count(jdbc, "course")).isEqualTo(300);
                assertThat(count(jdbc, "edition")).isEqualTo(900);
                assertThat(count(jdbc, "provider")).isEqualTo(5);
                assertThat(jdbc.sql("SELECT MIN(n) FROM (SELECT COUNT(*) n FROM course_theme GROUP BY course_id) t")
                        .query(Integer.class).single()).isEqualTo(1);
                assertThat(jdbc.sql("SELECT COUNT(*) FROM course WHERE next_start_date IS NOT NULL")
                        .query(Integer.class).single()).isGreaterThan(200);

                var query = new CatalogueSearchSql(jdbc);
                int all = query.count(CatalogueFilter.empty(), today);
                assertThat(all).isBetween(270, 300);
                assertThat(query.count(CatalogueFilter.empty().withText("lezen"), today)).isBetween(1, all - 1);
                assertThat(query.page(CatalogueFilter.empty(), today, 0, 50)).hasSize(50);
            } finally {
                db.drop();
            }
        }
    }

    @Test
    void theQueryMixIsFixed() {
        LocalDate today = LocalDate.of(2026, 11, 23);
        var mix = CatalogueBenchmark.mix(today);
        assertThat(mix).hasSize(CatalogueBenchmark.QUERIES).isEqualTo(CatalogueBenchmark.mix(today));
        assertThat(mix).extracting(CatalogueBenchmark.Search::shape)
                .contains("text/relevance", "text+filters/relevance", "filters", "filters+edition", "everything");
        assertThat(mix).anyMatch(s -> s.filter().freeSeatsOnly())
                .anyMatch(s -> s.filter().startFrom() != null)
                .anyMatch(s -> s.offset() > 0);
    }

    private static int count(JdbcClient jdbc, String table) {
        return jdbc.sql("SELECT COUNT(*) FROM " + table).query(Integer.class).single();
    }
}

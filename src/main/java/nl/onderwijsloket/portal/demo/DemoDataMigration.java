package nl.onderwijsloket.portal.demo;

import java.time.Clock;
import java.time.LocalDateTime;
import java.time.temporal.ChronoUnit;
import java.util.Random;
import org.flywaydb.core.api.MigrationVersion;
import org.flywaydb.core.api.migration.Context;
import org.flywaydb.core.api.migration.JavaMigration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBooleanProperty;
import org.springframework.stereotype.Component;

/**
 * Flyway migration 1.1: fills a fresh database with coherent Dutch demo content for a fictional Twente
 * network: boards, schools and employees, providers, the course catalogue with editions and meetings, the
 * four pathways and the {@link DemoAccounts demo accounts}.
 *
 * <p>Spring Boot's Flyway auto-configuration picks this bean up; switch it off with
 * {@code portal.demo-data.enabled=false}. The content comes from a fixed seed, so it is the same on every
 * run, except that dates are relative to "today" from the injected {@link Clock}.
 */
@Component
@ConditionalOnBooleanProperty(name = "portal.demo-data.enabled", matchIfMissing = true)
public class DemoDataMigration implements JavaMigration {

    static final long SEED = 20_250_901L;

    private final Clock clock;

    public DemoDataMigration(Clock clock) {
        this.clock = clock;
    }

    @Override
    public MigrationVersion getVersion() {
        return MigrationVersion.fromVersion("1.1");
    }

    @Override
    public String getDescription() {
        return "demo data";
    }

    @Override
    public Integer getChecksum() {
        return null;
    }

    @Override
    public boolean canExecuteInTransaction() {
        return true;
    }

    @Override
    public void migrate(Context context) throws Exception {
        var jdbc = new Jdbc(context.getConnection());
        var now = LocalDateTime.now(clock).truncatedTo(ChronoUnit.SECONDS);
        var random = new Random(SEED);
        var organisations = new OrganisationWriter(jdbc, now);
        organisations.write(random);
        new CatalogueWriter(jdbc, now, organisations.providerIds()).write(random);
    }
}

package nl.onderwijsloket.portal.bench;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import java.io.File;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.regex.Pattern;
import javax.sql.DataSource;
import nl.onderwijsloket.portal.common.EmbeddedMariaDb;
import org.flywaydb.core.Flyway;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The database a benchmark runs against: its own schema on the embedded MariaDB in
 * {@code target/bench-db}, or on the server named by {@code SPRING_DATASOURCE_URL} (with
 * {@code SPRING_DATASOURCE_USERNAME} and {@code SPRING_DATASOURCE_PASSWORD}) when that is set.
 * The schema is migrated with the portal's Flyway migrations only, so no demo data is involved.
 */
final class BenchDatabase implements AutoCloseable {

    private static final Pattern URL = Pattern.compile("^(jdbc:[a-z]+://[^/?]+)(?:/([^?]*))?(\\?.*)?$");

    private final String serverUrl;
    private final String schemaUrl;
    private final String schema;
    private final String user;
    private final String password;
    private final boolean embedded;
    private HikariDataSource dataSource;

    private BenchDatabase(String serverUrl, String schema, String user, String password, boolean embedded) {
        var matcher = URL.matcher(serverUrl);
        if (!matcher.matches()) {
            throw new IllegalArgumentException("Not a JDBC URL of the form jdbc:mariadb://host:port/db: " + serverUrl);
        }
        this.serverUrl = serverUrl;
        this.schemaUrl = matcher.group(1) + "/" + schema + (matcher.group(3) == null ? "" : matcher.group(3));
        this.schema = schema;
        this.user = user;
        this.password = password;
        this.embedded = embedded;
    }

    /** The external server when {@code SPRING_DATASOURCE_URL} is set, else the embedded one in target/bench-db. */
    static BenchDatabase open(String schema) {
        return open(schema, new File("target/bench-db"));
    }

    /**
     * The external server when {@code SPRING_DATASOURCE_URL} is set, else the embedded one: started in
     * {@code embeddedDir} unless this JVM already runs it (then that one is used, wherever it lives).
     */
    static BenchDatabase open(String schema, File embeddedDir) {
        String url = System.getenv("SPRING_DATASOURCE_URL");
        if (url != null && !url.isBlank()) {
            return new BenchDatabase(url, schema, env("SPRING_DATASOURCE_USERNAME", "root"),
                    env("SPRING_DATASOURCE_PASSWORD", ""), false);
        }
        return new BenchDatabase(EmbeddedMariaDb.start(embeddedDir, 0), schema, "root", "", true);
    }

    private static String env(String name, String fallback) {
        String value = System.getenv(name);
        return value == null ? fallback : value;
    }

    String url() {
        return schemaUrl;
    }

    boolean embedded() {
        return embedded;
    }

    boolean schemaExists() {
        try (var connection = serverConnection();
             var statement = connection.prepareStatement(
                     "SELECT COUNT(*) FROM information_schema.schemata WHERE schema_name = ?")) {
            statement.setString(1, schema);
            try (var rs = statement.executeQuery()) {
                return rs.next() && rs.getInt(1) > 0;
            }
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Drops the schema with everything in it and creates it empty. */
    void recreate() {
        closePool();
        try (var connection = serverConnection(); var statement = connection.createStatement()) {
            statement.execute("DROP DATABASE IF EXISTS `" + schema + "`");
            statement.execute("CREATE DATABASE `" + schema + "` CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_ci");
        } catch (SQLException e) {
            throw new IllegalStateException("Cannot create schema " + schema + ": " + e.getMessage(), e);
        }
    }

    /** Whether the schema's migration history matches the migrations on the classpath, none pending. */
    boolean migrationsCurrent() {
        return flyway().validateWithResult().validationSuccessful;
    }

    void migrate() {
        flyway().migrate();
    }

    private Flyway flyway() {
        return Flyway.configure()
                .dataSource(dataSource())
                .locations("classpath:db/migration")
                .load();
    }

    DataSource dataSource() {
        if (dataSource == null) {
            var config = new HikariConfig();
            config.setJdbcUrl(schemaUrl);
            config.setUsername(user);
            config.setPassword(password);
            config.setMaximumPoolSize(2);
            config.setPoolName("bench");
            dataSource = new HikariDataSource(config);
        }
        return dataSource;
    }

    JdbcClient jdbc() {
        return JdbcClient.create(dataSource());
    }

    /** A connection to the server's own database, for creating and dropping the bench schema. */
    private Connection serverConnection() throws SQLException {
        return DriverManager.getConnection(serverUrl, user, password);
    }

    private void closePool() {
        if (dataSource != null) {
            dataSource.close();
            dataSource = null;
        }
    }

    /** Drops the schema. */
    void drop() {
        closePool();
        try (var connection = serverConnection(); var statement = connection.createStatement()) {
            statement.execute("DROP DATABASE IF EXISTS `" + schema + "`");
        } catch (SQLException e) {
            throw new IllegalStateException("Cannot drop schema " + schema + ": " + e.getMessage(), e);
        }
    }

    @Override
    public void close() {
        closePool();
    }
}

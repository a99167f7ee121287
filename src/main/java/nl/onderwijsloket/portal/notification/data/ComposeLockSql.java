package nl.onderwijsloket.portal.notification.data;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The one row of {@code mail_compose_lock}, locked by every batch of mail composing (see V7). */
@Repository
public class ComposeLockSql {

    private final JdbcClient jdbc;

    public ComposeLockSql(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Waits for and takes the composing lock; it is held until the caller's transaction ends. */
    public void take() {
        jdbc.sql("SELECT id FROM mail_compose_lock WHERE id = 1 FOR UPDATE").query(Integer.class).single();
    }
}

package nl.onderwijsloket.portal.catalogue;

import java.time.Clock;
import java.time.LocalDate;
import nl.onderwijsloket.portal.catalogue.data.CourseReadSql;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Keeps each course's "next start" in step with its editions: at start-up and every night just after
 * midnight, when yesterday's editions stop being upcoming. The update is idempotent, so several portal
 * nodes running it at once is harmless.
 */
@Component
class NextStartRefresher {

    private final CourseReadSql readSql;
    private final Clock clock;

    NextStartRefresher(CourseReadSql readSql, Clock clock) {
        this.readSql = readSql;
        this.clock = clock;
    }

    @EventListener(ApplicationReadyEvent.class)
    @Scheduled(cron = "0 5 0 * * *", zone = "Europe/Amsterdam")
    @Transactional
    void refreshAll() {
        readSql.refreshNextStart(null, LocalDate.now(clock));
    }
}

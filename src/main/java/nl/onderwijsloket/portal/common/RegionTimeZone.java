package nl.onderwijsloket.portal.common;

import java.util.TimeZone;
import org.springframework.boot.EnvironmentPostProcessor;
import org.springframework.boot.SpringApplication;
import org.springframework.core.env.ConfigurableEnvironment;

/**
 * Runs the portal in the region's time zone (Europe/Amsterdam, {@code portal.time-zone}) whatever zone its
 * machine or container is in, before anything reads or writes a time. The database's DATETIME columns hold
 * wall-clock times; JPA and JDBC both convert through the JVM's default zone, so with the same zone on every
 * node a time means the same everywhere, also in SQL that compares it with a date (DD015).
 */
public class RegionTimeZone implements EnvironmentPostProcessor {

    @Override
    public void postProcessEnvironment(ConfigurableEnvironment env, SpringApplication application) {
        TimeZone.setDefault(TimeZone.getTimeZone(env.getProperty("portal.time-zone", "Europe/Amsterdam")));
    }
}

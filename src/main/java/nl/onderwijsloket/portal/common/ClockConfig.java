package nl.onderwijsloket.portal.common;

import java.time.Clock;
import java.time.ZoneId;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.scheduling.annotation.EnableScheduling;

/** The portal's notion of "now" (injected everywhere so tests can pin it) and its scheduled jobs. */
@Configuration(proxyBeanMethods = false)
@EnableScheduling
class ClockConfig {

    static final ZoneId ZONE = ZoneId.of("Europe/Amsterdam");

    @Bean
    Clock clock() {
        return Clock.system(ZONE);
    }
}

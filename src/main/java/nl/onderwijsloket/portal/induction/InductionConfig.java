package nl.onderwijsloket.portal.induction;

import nl.onderwijsloket.portal.induction.matching.TownDistances;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The distances the pairing score uses: the towns of the region (Twente) by straight-line distance. */
@Configuration(proxyBeanMethods = false)
class InductionConfig {

    @Bean
    TownDistances townDistances() {
        return TownDistances.twente();
    }
}

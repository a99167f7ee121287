package nl.onderwijsloket.portal.catalogue.data;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class FullTextQueryTest {

    @Test
    void everyWordIsRequiredAndMatchedAsPrefix() {
        assertThat(FullTextQuery.of("Gedrag klas")).isEqualTo("+gedrag* +klas*");
    }

    @Test
    void operatorsTypedByVisitorsAreRemoved() {
        assertThat(FullTextQuery.of("+lezen -(groep) \"begrijpend\" ~@<>*")).isEqualTo("+lezen* +groep* +begrijpend*");
    }

    @Test
    void stopwordsSingleLettersAndRepeatsAreDropped() {
        assertThat(FullTextQuery.of("de kunst van het lezen a lezen")).isEqualTo("+kunst* +lezen*");
    }

    @Test
    void nothingSearchableGivesAnEmptyQuery() {
        assertThat(FullTextQuery.of("  \"*\" de ")).isEmpty();
    }

    @Test
    void accentedLettersAndDigitsAreKept() {
        assertThat(FullTextQuery.of("coördinator mbo5")).isEqualTo("+coördinator* +mbo5*");
    }
}

package nl.onderwijsloket.portal.induction.matching;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import org.junit.jupiter.api.Test;

class TwenteTownsTest {

    private final TownDistances towns = TownDistances.twente();

    @Test
    void knowsEveryTownOfTheDemoRegion() {
        for (String town : List.of("Enschede", "Hengelo", "Almelo", "Oldenzaal", "Borne", "Rijssen", "Delden")) {
            assertThat(TwenteTowns.INSTANCE.knows(town)).as(town).isTrue();
        }
    }

    @Test
    void givesDistancesAsTheCrowFlies() {
        assertThat(towns.kilometres("Enschede", "Hengelo")).isCloseTo(8.5, within(1.0));
        assertThat(towns.kilometres("Enschede", "Almelo")).isCloseTo(22, within(2.0));
        assertThat(towns.kilometres("Enschede", "Zwolle")).isCloseTo(62, within(4.0));
        assertThat(towns.kilometres("Hengelo", "Enschede")).isEqualTo(towns.kilometres("Enschede", "Hengelo"));
    }

    @Test
    void theHaversineFormulaMeasuresOneDegreeOfLatitudeAsAbout111Km() {
        assertThat(TwenteTowns.haversine(52, 6, 53, 6)).isCloseTo(111.2, within(0.1));
        assertThat(TwenteTowns.haversine(0, 0, 0, 1)).isCloseTo(111.2, within(0.1));
        assertThat(TwenteTowns.haversine(52, 6, 52, 7)).isCloseTo(111.2 * Math.cos(Math.toRadians(52)), within(0.2));
    }

    @Test
    void sameTownIsNoDistanceEvenWhenUnknown() {
        assertThat(towns.kilometres("Almelo", "Almelo")).isZero();
        assertThat(towns.kilometres("Lochem", "lochem")).isZero();
    }

    @Test
    void ignoresCaseAndSurroundingSpace() {
        assertThat(towns.kilometres("enschede", " HENGELO ")).isEqualTo(towns.kilometres("Enschede", "Hengelo"));
    }

    @Test
    void anUnknownOrMissingTownHasNoDistance() {
        assertThat(towns.kilometres("Enschede", "Lochem")).isNaN();
        assertThat(towns.kilometres(null, "Enschede")).isNaN();
        assertThat(towns.kilometres("Enschede", null)).isNaN();
        assertThat(towns.kilometres("", "")).isNaN();
    }
}

package nl.onderwijsloket.portal.induction.matching;

import static nl.onderwijsloket.portal.induction.matching.InductionMatchingFixtures.mentor;
import static nl.onderwijsloket.portal.induction.matching.InductionMatchingFixtures.starter;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class PairingRulesTest {

    @Test
    void aColleagueWithAFreePlaceIsAllowed() {
        assertThat(PairingRules.exclusion(starter(1).build(), mentor(2).build())).isNull();
        assertThat(PairingRules.exclusions(starter(1).build(), mentor(2).build())).isEmpty();
        assertThat(PairingRules.allowed(starter(1).build(), mentor(2).build())).isTrue();
    }

    @Test
    void theStarterIsNotTheirOwnMentor() {
        assertThat(PairingRules.exclusion(starter(1).build(), mentor(1).build())).isEqualTo(Exclusion.SELF);
    }

    @Test
    void theLineManagerIsNeverTheMentor() {
        Starter starter = starter(1).lineManager(2L).build();
        assertThat(PairingRules.exclusion(starter, mentor(2).build())).isEqualTo(Exclusion.LINE_MANAGER);
        assertThat(PairingRules.exclusion(starter, mentor(3).build())).isNull();
        assertThat(PairingRules.allowed(starter, mentor(2).trained(true).build())).isFalse();
    }

    @Test
    void aMentorOfAnotherBoardOnlyWhereThatBoardAllowsIt() {
        assertThat(PairingRules.exclusion(starter(1).build(), mentor(2).board(11).build()))
                .isEqualTo(Exclusion.OTHER_BOARD_NOT_ALLOWED);
        assertThat(PairingRules.exclusion(starter(1).build(), mentor(2).board(11).allowsOutside(true).build()))
                .isNull();
    }

    @Test
    void aMentorWithoutAFreePlaceIsExcluded() {
        assertThat(PairingRules.exclusion(starter(1).build(), mentor(2).load(2, 2).build()))
                .isEqualTo(Exclusion.NO_FREE_CAPACITY);
        assertThat(PairingRules.exclusion(starter(1).build(), mentor(2).load(3, 2).build()))
                .isEqualTo(Exclusion.NO_FREE_CAPACITY);
        assertThat(PairingRules.exclusion(starter(1).build(), mentor(2).load(0, 0).build()))
                .isEqualTo(Exclusion.NO_FREE_CAPACITY);
        assertThat(PairingRules.exclusion(starter(1).build(), mentor(2).load(1, 2).build())).isNull();
    }

    @Test
    void theFirstReasonIsGivenAndAllOfThemOnRequest() {
        Starter starter = starter(1).lineManager(2L).build();
        MentorCandidate mentor = mentor(2).board(11).load(2, 2).build();
        assertThat(PairingRules.exclusion(starter, mentor)).isEqualTo(Exclusion.LINE_MANAGER);
        assertThat(PairingRules.exclusions(starter, mentor)).containsExactly(Exclusion.LINE_MANAGER,
                Exclusion.OTHER_BOARD_NOT_ALLOWED, Exclusion.NO_FREE_CAPACITY);
    }

    @Test
    void reasonsHaveTranslationKeys() {
        assertThat(Exclusion.OTHER_BOARD_NOT_ALLOWED.labelKey()).isEqualTo("induction.exclusion.other-board-not-allowed");
    }
}

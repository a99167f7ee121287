package nl.onderwijsloket.portal.common;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** What a user types is matched literally inside a "contains" pattern. */
class LikePatternTest {

    @Test
    void wildcardsAndTheEscapeCharacterAreEscaped() {
        assertThat(LikePattern.escape("100%_zeker!")).isEqualTo("100!%!_zeker!!");
        assertThat(LikePattern.escape("gewoon")).isEqualTo("gewoon");
    }

    @Test
    void containingWrapsTheStrippedTextInWildcards() {
        assertThat(LikePattern.containing("  50% korting ")).isEqualTo("%50!% korting%");
        assertThat(LikePattern.containing("")).isEqualTo("%%");
    }
}

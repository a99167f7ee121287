package nl.onderwijsloket.portal.ui;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** Columns hide only on a window known to be narrow; an unknown width counts as wide. */
class NarrowScreensTest {

    @Test
    void onlyAKnownNarrowWidthIsNarrow() {
        assertThat(NarrowScreens.isNarrow(375)).isTrue();
        assertThat(NarrowScreens.isNarrow(NarrowScreens.BREAKPOINT_PX - 1)).isTrue();
        assertThat(NarrowScreens.isNarrow(NarrowScreens.BREAKPOINT_PX)).isFalse();
        assertThat(NarrowScreens.isNarrow(1280)).isFalse();
        assertThat(NarrowScreens.isNarrow(0)).isFalse();
        assertThat(NarrowScreens.isNarrow(-1)).isFalse();
    }
}

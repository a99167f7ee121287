package nl.onderwijsloket.portal.induction;

import java.util.Locale;
import org.jspecify.annotations.Nullable;

/**
 * What HR's induction overview shows: a name to look for, and optionally only starters in one pairing state.
 *
 * @param text    part of the starter's name, or empty
 * @param pairing only starters in this state; null for all
 */
public record StarterFilter(String text, @Nullable PairingFilter pairing) {

    public StarterFilter {
        text = text == null ? "" : text.strip();
    }

    public static StarterFilter all() {
        return new StarterFilter("", null);
    }

    /** Pairing states HR looks for. */
    public enum PairingFilter {
        /** No live pairing. */
        UNPAIRED, PROPOSED, ACTIVE, PAUSED;

        public String labelKey() {
            return "induction.pairing-filter." + name().toLowerCase(Locale.ROOT);
        }
    }
}

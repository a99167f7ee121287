package nl.onderwijsloket.portal.induction;

import java.util.Locale;

/** Where a mentor pairing is in its life: proposed, active, paused, ended, or handed over to another mentor. */
public enum PairingStatus {
    PROPOSED, ACTIVE, PAUSED, ENDED, HANDED_OVER;

    /** Whether the pairing takes one of the mentor's places and is the starter's one live pairing. */
    public boolean live() {
        return this == PROPOSED || this == ACTIVE || this == PAUSED;
    }

    public String labelKey() {
        return "induction.pairing-status." + name().toLowerCase(Locale.ROOT).replace('_', '-');
    }
}

package nl.onderwijsloket.portal.induction;

import java.util.Locale;

/** Who helps a starter with a milestone: the card "who helps with what" names them. */
public enum Helper {
    MENTOR, SCHOOL_CONTACT, HR, DESK;

    public String labelKey() {
        return "induction.helper." + name().toLowerCase(Locale.ROOT).replace('_', '-');
    }
}

package nl.onderwijsloket.portal.catalogue;

import java.util.Locale;

/** Themes the catalogue is organised by. */
public enum Theme {
    PASSEND_ONDERWIJS, GEDRAG, LEZEN, REKENEN, TAAL, LEIDERSCHAP, DIDACTIEK, BEGELEIDING, DIGITALE_GELETTERDHEID, BURGERSCHAP, DIFFERENTIATIE, INDUCTIE;

    /** Key of the label in the translation files. */
    public String labelKey() {
        return "theme." + name().toLowerCase(Locale.ROOT);
    }
}

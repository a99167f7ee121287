package nl.onderwijsloket.portal.catalogue;

import java.util.Locale;

/** Kind of institution that runs courses. */
public enum ProviderKind {
    HOGESCHOOL, MBO_COLLEGE, KENNISNETWERK, BESTUURSACADEMIE;

    /** Key of the label in the translation files. */
    public String labelKey() {
        return "provider-kind." + name().toLowerCase(Locale.ROOT);
    }
}

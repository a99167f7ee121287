package nl.onderwijsloket.portal.induction;

import java.util.Locale;

/**
 * A starter's facility in a year: fewer lessons (VO: 20% in year 1, 10% in year 2, as a percentage of their
 * timetable) or extra hours (PO: 40 a year, pro rata, not to be saved up).
 */
public enum FacilityKind {
    REDUCED_LESSONS, EXTRA_HOURS;

    public String labelKey() {
        return "induction.facility-kind." + name().toLowerCase(Locale.ROOT).replace('_', '-');
    }
}

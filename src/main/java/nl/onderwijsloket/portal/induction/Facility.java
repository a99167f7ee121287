package nl.onderwijsloket.portal.induction;

/**
 * A starter's facility in one year of their programme, as granted and as used so far: percent of lessons fewer,
 * or extra hours.
 *
 * @param version the version it was read at, for saving; -1 for a year that has no facility yet
 */
public record Facility(int year, FacilityKind kind, int granted, int used, long version) {
}

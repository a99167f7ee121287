package nl.onderwijsloket.portal.induction.matching;

import java.util.HashMap;
import java.util.Map;
import java.util.TreeMap;
import org.jspecify.annotations.Nullable;

/**
 * Distances between the towns of Twente and a few more of Overijssel, computed once with the haversine formula
 * from each town's centre (latitude and longitude in degrees, rounded to about a hundred metres: a mentor's
 * distance needs no more).
 */
final class TwenteTowns implements TownDistances {

    /** Mean radius of the earth in kilometres. */
    static final double EARTH_RADIUS_KM = 6371.0;

    private static final Object[][] TOWNS = {
            {"Enschede", 52.2215, 6.8937},
            {"Hengelo", 52.2658, 6.7931},
            {"Almelo", 52.3567, 6.6625},
            {"Oldenzaal", 52.3133, 6.9292},
            {"Borne", 52.2990, 6.7540},
            {"Rijssen", 52.3067, 6.5186},
            {"Delden", 52.2608, 6.7111},
            {"Haaksbergen", 52.1567, 6.7389},
            {"Losser", 52.2617, 7.0047},
            {"Goor", 52.2333, 6.5833},
            {"Enter", 52.2939, 6.5794},
            {"Wierden", 52.3583, 6.5931},
            {"Nijverdal", 52.3650, 6.4633},
            {"Hellendoorn", 52.3900, 6.4500},
            {"Holten", 52.2833, 6.4167},
            {"Markelo", 52.2367, 6.4967},
            {"Vriezenveen", 52.4083, 6.6222},
            {"Tubbergen", 52.4069, 6.7842},
            {"Ootmarsum", 52.4083, 6.9000},
            {"Denekamp", 52.3775, 7.0047},
            {"Hardenberg", 52.5750, 6.6194},
            {"Raalte", 52.3883, 6.2750},
            {"Deventer", 52.2550, 6.1639},
            {"Zwolle", 52.5125, 6.0944},
    };

    /** After {@link #TOWNS}, which its constructor reads. */
    static final TwenteTowns INSTANCE = new TwenteTowns();

    private final Map<String, Integer> exact = new HashMap<>();
    private final Map<String, Integer> ignoringCase = new TreeMap<>(String.CASE_INSENSITIVE_ORDER);
    private final double[][] km;

    private TwenteTowns() {
        int n = TOWNS.length;
        double[] lat = new double[n];
        double[] lon = new double[n];
        for (int i = 0; i < n; i++) {
            String name = (String) TOWNS[i][0];
            exact.put(name, i);
            ignoringCase.put(name, i);
            lat[i] = (double) TOWNS[i][1];
            lon[i] = (double) TOWNS[i][2];
        }
        km = new double[n][n];
        for (int i = 0; i < n; i++) {
            for (int j = 0; j < n; j++) {
                km[i][j] = i == j ? 0 : haversine(lat[i], lon[i], lat[j], lon[j]);
            }
        }
    }

    /** The great-circle distance in kilometres between two points given in degrees. */
    static double haversine(double lat1, double lon1, double lat2, double lon2) {
        double phi1 = Math.toRadians(lat1);
        double phi2 = Math.toRadians(lat2);
        double dPhi = phi2 - phi1;
        double dLambda = Math.toRadians(lon2 - lon1);
        double sinPhi = Math.sin(dPhi / 2);
        double sinLambda = Math.sin(dLambda / 2);
        double h = sinPhi * sinPhi + Math.cos(phi1) * Math.cos(phi2) * sinLambda * sinLambda;
        return 2 * EARTH_RADIUS_KM * Math.asin(Math.min(1, Math.sqrt(h)));
    }

    @Override
    public double kilometres(@Nullable String from, @Nullable String to) {
        if (from == null || to == null || from.isBlank() || to.isBlank()) {
            return Double.NaN;
        }
        Integer i = index(from);
        Integer j = index(to);
        if (i == null || j == null) {
            return from.strip().equalsIgnoreCase(to.strip()) ? 0 : Double.NaN;
        }
        return km[i][j];
    }

    private @Nullable Integer index(String town) {
        Integer i = exact.get(town);
        return i != null ? i : ignoringCase.get(town.strip());
    }

    /** Whether the table knows the town (ignoring case). */
    boolean knows(String town) {
        return index(town) != null;
    }
}

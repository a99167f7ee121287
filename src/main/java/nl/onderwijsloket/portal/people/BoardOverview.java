package nl.onderwijsloket.portal.people;

import java.util.Map;

/**
 * A board in the coordinator's overview of the region.
 *
 * @param schoolsPerSector number of schools per sector; every sector is present, with 0 where it has none
 */
public record BoardOverview(long id, String code, String name, int schools, int employees,
                            Map<Sector, Integer> schoolsPerSector) {

    public BoardOverview {
        schoolsPerSector = Map.copyOf(schoolsPerSector);
    }

    public int schools(Sector sector) {
        return schoolsPerSector.getOrDefault(sector, 0);
    }
}

package nl.onderwijsloket.portal.catalogue;

import java.util.Set;
import nl.onderwijsloket.portal.people.JobFunction;

/** A pathway as lists show it. */
public record PathwaySummary(
        String code, String title, String summary, int durationMonths, Set<JobFunction> audiences, int steps) {
}

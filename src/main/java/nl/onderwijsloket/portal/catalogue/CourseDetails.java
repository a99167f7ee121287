package nl.onderwijsloket.portal.catalogue;

import java.util.List;
import java.util.Set;
import nl.onderwijsloket.portal.people.JobFunction;
import nl.onderwijsloket.portal.people.Sector;
import org.jspecify.annotations.Nullable;

/** Everything the course page shows. */
public record CourseDetails(
        long id,
        String code,
        String title,
        String summary,
        String description,
        long providerId,
        String providerName,
        @Nullable String providerWebsite,
        CourseFormat format,
        CourseLevel level,
        int studyLoadHours,
        int costCents,
        String language,
        boolean employerApprovalRequired,
        Set<JobFunction> audiences,
        Set<Sector> sectors,
        Set<Theme> themes,
        List<EditionView> editions,
        List<PathwaySummary> pathways) {
}

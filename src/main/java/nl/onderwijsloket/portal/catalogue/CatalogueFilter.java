package nl.onderwijsloket.portal.catalogue;

import java.time.LocalDate;
import java.util.Set;
import nl.onderwijsloket.portal.people.JobFunction;
import nl.onderwijsloket.portal.people.Sector;
import org.jspecify.annotations.Nullable;

/**
 * What a visitor searches the catalogue for. Filters of different kinds combine with AND; the values
 * within one filter with OR. Empty sets and nulls mean "any".
 *
 * @param text       free text, matched against title, summary, provider and themes
 * @param startFrom  only courses with an edition starting on or after this day
 * @param startUntil only courses with an edition starting on or before this day
 * @param freeSeatsOnly only courses with an open edition that still has a seat and whose deadline has not passed
 */
public record CatalogueFilter(
        String text,
        Set<JobFunction> audiences,
        Set<Sector> sectors,
        Set<Theme> themes,
        Set<CourseFormat> formats,
        Set<Long> providerIds,
        Set<CourseLevel> levels,
        @Nullable LocalDate startFrom,
        @Nullable LocalDate startUntil,
        boolean freeSeatsOnly,
        CatalogueSort sort) {

    public CatalogueFilter {
        text = text == null ? "" : text.strip();
        audiences = Set.copyOf(audiences);
        sectors = Set.copyOf(sectors);
        themes = Set.copyOf(themes);
        formats = Set.copyOf(formats);
        providerIds = Set.copyOf(providerIds);
        levels = Set.copyOf(levels);
        sort = sort == null ? CatalogueSort.RELEVANCE : sort;
    }

    public static CatalogueFilter empty() {
        return new CatalogueFilter("", Set.of(), Set.of(), Set.of(), Set.of(), Set.of(), Set.of(),
                null, null, false, CatalogueSort.RELEVANCE);
    }

    public CatalogueFilter withText(String newText) {
        return new CatalogueFilter(newText, audiences, sectors, themes, formats, providerIds, levels,
                startFrom, startUntil, freeSeatsOnly, sort);
    }

    public CatalogueFilter withSort(CatalogueSort newSort) {
        return new CatalogueFilter(text, audiences, sectors, themes, formats, providerIds, levels,
                startFrom, startUntil, freeSeatsOnly, newSort);
    }
}

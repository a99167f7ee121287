package nl.onderwijsloket.portal.catalogue;

import java.util.List;

/**
 * A page of search results and the number of matches: exact up to {@code CatalogueService.COUNT_LIMIT},
 * {@code COUNT_LIMIT + 1} for "more than that".
 */
public record CatalogueResults(List<CourseCard> cards, int total) {

    public CatalogueResults {
        cards = List.copyOf(cards);
    }
}

package nl.onderwijsloket.portal.catalogue;

/** Order of catalogue results. Relevance without search text falls back to the start date. */
public enum CatalogueSort {
    RELEVANCE, START_DATE
}

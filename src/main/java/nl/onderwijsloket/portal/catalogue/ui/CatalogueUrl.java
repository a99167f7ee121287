package nl.onderwijsloket.portal.catalogue.ui;

import com.vaadin.flow.router.QueryParameters;
import nl.onderwijsloket.portal.catalogue.CatalogueFilter;
import nl.onderwijsloket.portal.catalogue.CatalogueSort;
import nl.onderwijsloket.portal.catalogue.CourseFormat;
import nl.onderwijsloket.portal.catalogue.CourseLevel;
import nl.onderwijsloket.portal.catalogue.Theme;
import nl.onderwijsloket.portal.people.JobFunction;
import nl.onderwijsloket.portal.people.Sector;
import nl.onderwijsloket.portal.ui.UrlQuery;

/**
 * The catalogue's search and filters in the address:
 * {@code ?q=lezen&thema=gedrag&thema=lezen&vrij=ja&sorteer=start}. Unknown or malformed values are ignored.
 */
final class CatalogueUrl {

    static final String AUDIENCE = "doelgroep";
    static final String SECTOR = "sector";
    static final String THEME = "thema";
    static final String FORMAT = "vorm";
    static final String PROVIDER = "aanbieder";
    static final String LEVEL = "niveau";
    static final String FROM = "vanaf";
    static final String UNTIL = "tot";
    static final String FREE_SEATS = "vrij";
    static final String SORT = "sorteer";
    /** The one sort order that is not the default (relevance). */
    static final String BY_START = "start";

    private CatalogueUrl() {
    }

    static QueryParameters toParameters(CatalogueFilter filter) {
        return UrlQuery.write()
                .text(UrlQuery.SEARCH, filter.text())
                .codes(AUDIENCE, filter.audiences())
                .codes(SECTOR, filter.sectors())
                .codes(THEME, filter.themes())
                .codes(FORMAT, filter.formats())
                .ids(PROVIDER, filter.providerIds())
                .codes(LEVEL, filter.levels())
                .date(FROM, filter.startFrom())
                .date(UNTIL, filter.startUntil())
                .yes(FREE_SEATS, filter.freeSeatsOnly())
                .text(SORT, filter.sort() == CatalogueSort.START_DATE ? BY_START : null)
                .toParameters();
    }

    static CatalogueFilter fromParameters(QueryParameters query) {
        var url = UrlQuery.read(query);
        return new CatalogueFilter(
                url.text(UrlQuery.SEARCH),
                url.codes(AUDIENCE, JobFunction.class),
                url.codes(SECTOR, Sector.class),
                url.codes(THEME, Theme.class),
                url.codes(FORMAT, CourseFormat.class),
                url.ids(PROVIDER),
                url.codes(LEVEL, CourseLevel.class),
                url.date(FROM).orElse(null),
                url.date(UNTIL).orElse(null),
                url.yes(FREE_SEATS),
                BY_START.equals(url.text(SORT)) ? CatalogueSort.START_DATE : CatalogueSort.RELEVANCE);
    }
}

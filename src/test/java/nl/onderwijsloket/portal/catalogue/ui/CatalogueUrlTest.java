package nl.onderwijsloket.portal.catalogue.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.router.QueryParameters;
import java.time.LocalDate;
import java.util.Set;
import nl.onderwijsloket.portal.catalogue.CatalogueFilter;
import nl.onderwijsloket.portal.catalogue.CatalogueSort;
import nl.onderwijsloket.portal.catalogue.CourseFormat;
import nl.onderwijsloket.portal.catalogue.CourseLevel;
import nl.onderwijsloket.portal.catalogue.Theme;
import nl.onderwijsloket.portal.people.JobFunction;
import nl.onderwijsloket.portal.people.Sector;
import org.junit.jupiter.api.Test;

class CatalogueUrlTest {

    @Test
    void everyFilterSurvivesTheRoundTrip() {
        var filter = new CatalogueFilter("passend lezen", Set.of(JobFunction.ONDERWIJSASSISTENT, JobFunction.LERAAR),
                Set.of(Sector.SO), Set.of(Theme.PASSEND_ONDERWIJS, Theme.LEZEN), Set.of(CourseFormat.BLENDED),
                Set.of(3L, 12L), Set.of(CourseLevel.ADVANCED), LocalDate.of(2027, 1, 1), LocalDate.of(2027, 3, 31),
                true, CatalogueSort.START_DATE);

        QueryParameters params = CatalogueUrl.toParameters(filter);

        assertThat(params.getQueryString().split("&")).containsExactlyInAnyOrder("q=passend%20lezen",
                "doelgroep=leraar", "doelgroep=onderwijsassistent", "sector=so", "thema=passend-onderwijs",
                "thema=lezen", "vorm=blended", "aanbieder=3", "aanbieder=12", "niveau=advanced",
                "vanaf=2027-01-01", "tot=2027-03-31", "vrij=ja", "sorteer=start");
        assertThat(CatalogueUrl.fromParameters(QueryParameters.fromString(params.getQueryString()))).isEqualTo(filter);
    }

    @Test
    void anEmptyFilterIsAnEmptyQuery() {
        assertThat(CatalogueUrl.toParameters(CatalogueFilter.empty()).getQueryString()).isEmpty();
    }

    @Test
    void unknownValuesAreIgnoredAndCommaListsAccepted() {
        CatalogueFilter filter = CatalogueUrl.fromParameters(QueryParameters.fromString(
                "thema=gedrag,onzin&aanbieder=x&aanbieder=7&vanaf=31-12-2026&vrij=misschien&sorteer=prijs"));
        assertThat(filter.themes()).containsExactly(Theme.GEDRAG);
        assertThat(filter.providerIds()).containsExactly(7L);
        assertThat(filter.startFrom()).isNull();
        assertThat(filter.freeSeatsOnly()).isFalse();
        assertThat(filter.sort()).isEqualTo(CatalogueSort.RELEVANCE);
    }
}

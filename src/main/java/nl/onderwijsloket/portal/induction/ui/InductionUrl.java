package nl.onderwijsloket.portal.induction.ui;

import com.vaadin.flow.router.QueryParameters;
import java.util.Set;
import nl.onderwijsloket.portal.induction.StarterFilter;
import nl.onderwijsloket.portal.ui.UrlQuery;

/** HR's induction overview in the address: {@code ?q=nijhuis&koppeling=ongekoppeld}. */
final class InductionUrl {

    static final String PAIRING = "koppeling";

    private InductionUrl() {
    }

    static QueryParameters toParameters(StarterFilter filter) {
        return UrlQuery.write().text(UrlQuery.SEARCH, filter.text())
                .codes(PAIRING, filter.pairing() == null ? Set.of() : Set.of(filter.pairing()))
                .toParameters();
    }

    static StarterFilter fromParameters(QueryParameters query) {
        var url = UrlQuery.read(query);
        var pairing = url.codes(PAIRING, StarterFilter.PairingFilter.class);
        return new StarterFilter(url.text(UrlQuery.SEARCH), pairing.size() == 1 ? pairing.iterator().next() : null);
    }
}

package nl.onderwijsloket.portal.catalogue;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import nl.onderwijsloket.portal.catalogue.data.ProviderOfferSql;
import nl.onderwijsloket.portal.security.CurrentUser;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * A provider's view of their own offer. The provider is always the one the signed-in account acts for
 * ({@link CurrentUser#requireProvider()}), never one a caller names.
 */
@Service
@Transactional(readOnly = true)
public class ProviderCatalogueService {

    /** Largest page a caller gets, whatever it asks for. */
    static final int MAX_PAGE = 200;

    private final ProviderOfferSql offerSql;
    private final CurrentUser currentUser;
    private final Clock clock;

    ProviderCatalogueService(ProviderOfferSql offerSql, CurrentUser currentUser, Clock clock) {
        this.offerSql = offerSql;
        this.currentUser = currentUser;
        this.clock = clock;
    }

    /** The provider the signed-in account acts for. */
    @PreAuthorize("hasRole('PROVIDER')")
    public ProviderOption ownProvider() {
        long provider = currentUser.requireProvider();
        return offerSql.provider(provider)
                .orElseThrow(() -> new AccessDeniedException("Account is linked to provider " + provider
                        + ", which does not exist"));
    }

    /**
     * The provider's courses (published or not) with their editions that have not ended yet: one row per
     * edition, and one row for a course without any; by course title, then start date.
     */
    @PreAuthorize("hasRole('PROVIDER')")
    public List<ProviderEditionRow> ownEditions(int offset, int limit) {
        return offerSql.editions(currentUser.requireProvider(), today(), Math.max(offset, 0),
                Math.clamp(limit, 0, MAX_PAGE));
    }

    /** How many rows {@link #ownEditions} has in all. */
    @PreAuthorize("hasRole('PROVIDER')")
    public int countOwnEditions() {
        return offerSql.count(currentUser.requireProvider(), today());
    }

    private LocalDate today() {
        return LocalDate.now(clock);
    }
}

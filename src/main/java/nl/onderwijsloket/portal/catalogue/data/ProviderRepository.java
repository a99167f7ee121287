package nl.onderwijsloket.portal.catalogue.data;

import java.util.List;
import nl.onderwijsloket.portal.catalogue.ProviderOption;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

public interface ProviderRepository extends JpaRepository<Provider, Long> {

    @Query("select new nl.onderwijsloket.portal.catalogue.ProviderOption(p.id, p.name) from Provider p order by p.name")
    List<ProviderOption> findOptions();
}

package nl.onderwijsloket.portal.security.data;

import java.util.Optional;
import org.springframework.data.jpa.repository.EntityGraph;
import org.springframework.data.jpa.repository.JpaRepository;

public interface UserAccountRepository extends JpaRepository<UserAccount, Long> {

    @EntityGraph(attributePaths = "roles")
    Optional<UserAccount> findByUsername(String username);

    @EntityGraph(attributePaths = "roles")
    Optional<UserAccount> findByExternalSubject(String externalSubject);

    boolean existsByUsername(String username);

    boolean existsByExternalSubject(String externalSubject);
}

package nl.onderwijsloket.portal.catalogue.data;

import jakarta.persistence.LockModeType;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Lock;
import org.springframework.data.jpa.repository.Query;

public interface EditionRepository extends JpaRepository<Edition, Long> {

    /**
     * The edition with its course, its row locked until the transaction ends ({@code SELECT ... FOR UPDATE},
     * the same lock the enrolment feature takes before it changes seats or the waitlist).
     */
    @Lock(LockModeType.PESSIMISTIC_WRITE)
    @Query("select e from Edition e join fetch e.course where e.id = :id")
    Optional<Edition> lockById(long id);

    /** The edition with its course, for reading. */
    @Query("select e from Edition e join fetch e.course where e.id = :id")
    Optional<Edition> findWithCourse(long id);
}

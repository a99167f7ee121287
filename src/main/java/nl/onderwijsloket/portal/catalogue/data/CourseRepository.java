package nl.onderwijsloket.portal.catalogue.data;

import java.util.Optional;
import org.springframework.data.jpa.repository.EntityGraph;
import org.springframework.data.jpa.repository.JpaRepository;

public interface CourseRepository extends JpaRepository<Course, Long> {

    @EntityGraph(attributePaths = "provider")
    Optional<Course> findByIdAndPublishedTrue(long id);
}

package nl.onderwijsloket.portal.people.data;

import java.util.Optional;
import org.springframework.data.jpa.repository.EntityGraph;
import org.springframework.data.jpa.repository.JpaRepository;

public interface EmployeeRepository extends JpaRepository<Employee, Long> {

    /** One employee with board and school, in one query. */
    @EntityGraph(attributePaths = {"board", "school"})
    Optional<Employee> findWithBoardAndSchoolById(long id);
}

package nl.onderwijsloket.portal.people;

import static nl.onderwijsloket.portal.TestSignIn.signInAs;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Set;
import nl.onderwijsloket.portal.DatabaseTest;
import nl.onderwijsloket.portal.TestSignIn;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.userdetails.UserDetailsService;

/**
 * The employee search and the region overview on a real MariaDB: text, school and function filters, their
 * combination, last-name order, paging in the database, and the grouped counts per board.
 */
@SpringBootTest
@DatabaseTest
class EmployeeSearchTest {

    @Autowired
    PeopleService people;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    UserDetailsService users;

    TwoBoards region;

    @BeforeEach
    void createRegion() {
        region = TwoBoards.create(jdbc);
    }

    @AfterEach
    void removeRegion() {
        TestSignIn.signOut();
        region.remove();
    }

    private List<Long> ids(EmployeeFilter filter) {
        return people.employees(filter, 0, 100).stream().map(EmployeeRow::id).toList();
    }

    @Test
    void rowsCarryFullNameFunctionSchoolAndBoard() {
        signInAs(users, region.hrA);
        List<EmployeeRow> rows = people.employees(EmployeeFilter.empty(), 0, 10);
        EmployeeRow anna = rows.stream().filter(row -> row.id() == region.anna).findFirst().orElseThrow();
        assertThat(anna.fullName()).isEqualTo("Anna de Boer");
        assertThat(anna.function()).isEqualTo(JobFunction.LERAAR);
        assertThat(anna.schoolName()).isEqualTo("Testschool De Linde");
        assertThat(anna.boardName()).isEqualTo("Stichting Testbestuur Noord");
        assertThat(anna.email()).endsWith(".test");
        EmployeeRow dirk = rows.stream().filter(row -> row.id() == region.dirk).findFirst().orElseThrow();
        assertThat(dirk.fullName()).isEqualTo("Dirk Vos");
        assertThat(dirk.schoolName()).isNull();
    }

    @Test
    void textMatchesEveryWordAnywhereInNameOrEmail() {
        signInAs(users, region.hrA);
        assertThat(ids(EmployeeFilter.empty().withText("ANNA boer"))).containsExactly(region.anna);
        assertThat(ids(EmployeeFilter.empty().withText("de boer"))).containsExactly(region.anna);
        assertThat(ids(EmployeeFilter.empty().withText("andst"))).containsExactly(region.carla);
        assertThat(ids(EmployeeFilter.empty().withText("bram.aalders"))).containsExactly(region.bram);
        assertThat(ids(EmployeeFilter.empty().withText(region.fixtures.tag().toLowerCase())))
                .containsExactlyElementsOf(region.boardAInNameOrder());
        assertThat(ids(EmployeeFilter.empty().withText("anna zandstra"))).isEmpty();
    }

    @Test
    void likeWildcardsInTheTextAreMatchedLiterally() {
        signInAs(users, region.hrA);
        assertThat(ids(EmployeeFilter.empty().withText("%"))).isEmpty();
        assertThat(ids(EmployeeFilter.empty().withText("_"))).isEmpty();
        assertThat(ids(EmployeeFilter.empty().withText("!"))).isEmpty();
    }

    @Test
    void schoolAndFunctionFiltersCombine() {
        signInAs(users, region.hrA);
        var atLinde = EmployeeFilter.empty().withSchools(Set.of(region.schoolA1));
        var teachers = EmployeeFilter.empty().withFunctions(Set.of(JobFunction.LERAAR));

        assertThat(ids(atLinde)).containsExactly(region.bram, region.anna);
        assertThat(ids(teachers)).containsExactly(region.anna, region.carla);
        assertThat(ids(atLinde.withFunctions(teachers.functions()))).containsExactly(region.anna);
        assertThat(ids(EmployeeFilter.empty().withSchools(Set.of(region.schoolA1, region.schoolA2))))
                .containsExactly(region.bram, region.anna, region.carla);
        assertThat(ids(teachers.withFunctions(Set.of(JobFunction.LERAAR, JobFunction.STAFF))))
                .containsExactly(region.anna, region.dirk, region.carla);
        assertThat(people.countEmployees(atLinde.withFunctions(teachers.functions()))).isEqualTo(1);
    }

    @Test
    void pagesComeFromTheDatabaseInLastNameOrder() {
        signInAs(users, region.hrA);
        assertThat(people.employees(EmployeeFilter.empty(), 1, 2)).extracting(EmployeeRow::id)
                .containsExactly(region.anna, region.dirk);
        assertThat(people.employees(EmployeeFilter.empty(), 3, 10)).extracting(EmployeeRow::id)
                .containsExactly(region.carla);
        assertThat(people.employees(EmployeeFilter.empty(), 4, 10)).isEmpty();
    }

    @Test
    void theRegionOverviewCountsSchoolsPerSectorAndEmployeesPerBoard() {
        signInAs(users, region.coordinator);
        List<BoardOverview> boards = people.boards();
        BoardOverview north = boards.stream().filter(b -> b.id() == region.boardA).findFirst().orElseThrow();
        BoardOverview south = boards.stream().filter(b -> b.id() == region.boardB).findFirst().orElseThrow();

        assertThat(north.name()).isEqualTo("Stichting Testbestuur Noord");
        assertThat(north.schools()).isEqualTo(2);
        assertThat(north.employees()).isEqualTo(4);
        assertThat(north.schools(Sector.PO)).isEqualTo(1);
        assertThat(north.schools(Sector.VO)).isEqualTo(1);
        assertThat(north.schools(Sector.SO)).isZero();
        assertThat(north.schools(Sector.MBO)).isZero();
        assertThat(south.schools()).isEqualTo(1);
        assertThat(south.employees()).isEqualTo(2);
        assertThat(south.schoolsPerSector()).containsEntry(Sector.PO, 1).containsEntry(Sector.VO, 0);
    }
}

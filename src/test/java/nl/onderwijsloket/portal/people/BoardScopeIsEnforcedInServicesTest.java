package nl.onderwijsloket.portal.people;

import static nl.onderwijsloket.portal.TestSignIn.signInAs;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import nl.onderwijsloket.portal.DatabaseTest;
import nl.onderwijsloket.portal.TestSignIn;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.function.Executable;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.authentication.AuthenticationCredentialsNotFoundException;
import org.springframework.security.core.authority.AuthorityUtils;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.userdetails.UserDetailsService;

/**
 * {@link PeopleService} enforces roles and a board's scope itself, whatever a view or a crafted call
 * passes in: HR sees their own board only, a coordinator the region, everybody else nothing.
 */
@SpringBootTest
@DatabaseTest
class BoardScopeIsEnforcedInServicesTest {

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
    void hrSeesExactlyTheEmployeesOfTheirOwnBoard() {
        signInAs(users, region.hrA);
        assertThat(ids(EmployeeFilter.empty())).containsExactlyElementsOf(region.boardAInNameOrder());
        assertThat(people.countEmployees(EmployeeFilter.empty())).isEqualTo(4);

        signInAs(users, region.hrB);
        assertThat(ids(EmployeeFilter.empty())).containsExactlyElementsOf(region.boardBInNameOrder());
        assertThat(people.countEmployees(EmployeeFilter.empty())).isEqualTo(2);
    }

    @Test
    void noFilterLetsHrSeeAnotherBoardsEmployees() {
        signInAs(users, region.hrA);
        var otherBoard = EmployeeFilter.empty().withBoard(region.boardB);
        var otherSchool = EmployeeFilter.empty().withSchools(Set.of(region.schoolB1));
        var sharedName = EmployeeFilter.empty().withText("boer");

        // A crafted board id is replaced by the user's own board, not honoured.
        assertThat(ids(otherBoard)).containsExactlyElementsOf(region.boardAInNameOrder());
        assertThat(people.countEmployees(otherBoard)).isEqualTo(4);
        assertThat(ids(otherSchool)).isEmpty();
        assertThat(people.countEmployees(otherSchool)).isZero();
        assertThat(ids(sharedName)).containsExactly(region.anna);
        assertThat(ids(otherBoard.withSchools(Set.of(region.schoolB1)).withText("eva"))).isEmpty();
        for (int offset = 0; offset < 6; offset++) {
            assertThat(people.employees(EmployeeFilter.empty(), offset, 1))
                    .allSatisfy(row -> assertThat(row.boardName()).isEqualTo("Stichting Testbestuur Noord"));
        }
    }

    @Test
    void hrGetsAccessDeniedForAnEmployeeOfAnotherBoard() {
        signInAs(users, region.hrA);
        assertThatThrownBy(() -> people.employee(region.eva)).isInstanceOf(AccessDeniedException.class);

        EmployeeDetails anna = people.employee(region.anna).orElseThrow();
        assertThat(anna.fullName()).isEqualTo("Anna de Boer");
        assertThat(anna.boardId()).isEqualTo(region.boardA);
        assertThat(anna.schoolId()).isEqualTo(region.schoolA1);
        assertThat(people.employee(Long.MAX_VALUE)).isEmpty();
    }

    @Test
    void hrGetsTheSchoolsOfTheirOwnBoardOnlyAndNoRegionOverview() {
        signInAs(users, region.hrA);
        assertThat(people.schools()).extracting(SchoolOption::id)
                .containsExactlyInAnyOrder(region.schoolA1, region.schoolA2);
        assertThatThrownBy(() -> people.boards()).isInstanceOf(AccessDeniedException.class);
    }

    @Test
    void hrWhoseAccountHasNoBoardSeesNobody() {
        signInAs(users, region.hrWithoutBoard);
        assertDenied(() -> people.employees(EmployeeFilter.empty(), 0, 10));
        assertDenied(() -> people.countEmployees(EmployeeFilter.empty()));
        assertDenied(() -> people.employee(region.anna));
        assertDenied(() -> people.schools());
    }

    @Test
    void aCoordinatorSeesEveryBoardAndMayNarrowToOne() {
        signInAs(users, region.coordinator);
        assertThat(ids(EmployeeFilter.empty().withBoard(region.boardB)))
                .containsExactlyElementsOf(region.boardBInNameOrder());
        assertThat(ids(EmployeeFilter.empty().withText("boer").withBoard(null)))
                .contains(region.anna, region.eva);
        assertThat(people.employee(region.eva)).isPresent();
        assertThat(people.schools()).extracting(SchoolOption::id)
                .contains(region.schoolA1, region.schoolA2, region.schoolB1);
        assertThat(people.boards()).extracting(BoardOverview::id).contains(region.boardA, region.boardB);
    }

    @Test
    void anEmployeeIsDeniedEveryPeopleMethod() {
        signInAs(users, region.teacher);
        everyMethod().forEach(BoardScopeIsEnforcedInServicesTest::assertDenied);
    }

    @Test
    void anAnonymousVisitorIsDeniedEveryPeopleMethod() {
        SecurityContextHolder.getContext().setAuthentication(new AnonymousAuthenticationToken("key", "anonymous",
                AuthorityUtils.createAuthorityList("ROLE_ANONYMOUS")));
        everyMethod().forEach(BoardScopeIsEnforcedInServicesTest::assertDenied);
    }

    @Test
    void withoutAnyAuthenticationTheCallFailsBeforeReachingTheDatabase() {
        TestSignIn.signOut();
        everyMethod().forEach(call -> assertThatThrownBy(call::execute)
                .isInstanceOf(AuthenticationCredentialsNotFoundException.class));
    }

    private Stream<Executable> everyMethod() {
        return Stream.of(
                () -> people.employees(EmployeeFilter.empty(), 0, 10),
                () -> people.countEmployees(EmployeeFilter.empty()),
                () -> people.employee(region.anna),
                () -> people.schools(),
                () -> people.boards());
    }

    private static void assertDenied(Executable call) {
        assertThatThrownBy(call::execute).isInstanceOf(AccessDeniedException.class);
    }
}

package nl.onderwijsloket.portal.catalogue;

import static nl.onderwijsloket.portal.TestSignIn.signInAs;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Set;
import nl.onderwijsloket.portal.DatabaseTest;
import nl.onderwijsloket.portal.TestSignIn;
import nl.onderwijsloket.portal.catalogue.data.CourseReadSql;
import nl.onderwijsloket.portal.people.JobFunction;
import nl.onderwijsloket.portal.people.PeopleFixtures;
import nl.onderwijsloket.portal.people.Sector;
import nl.onderwijsloket.portal.security.Role;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.authentication.AuthenticationCredentialsNotFoundException;
import org.springframework.security.core.userdetails.UserDetailsService;

/**
 * {@link ProviderCatalogueService} shows a provider their own offer only, taken from the account, and
 * refuses every other role.
 */
@SpringBootTest
@DatabaseTest
class ProviderScopeIsEnforcedInServicesTest {

    @Autowired
    ProviderCatalogueService offer;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    CourseReadSql readSql;
    @Autowired
    Clock clock;
    @Autowired
    UserDetailsService users;

    CatalogueFixtures catalogue;
    PeopleFixtures people;
    long own;
    long other;
    long ownCourse;
    long otherCourse;
    String office;
    String otherOffice;
    String unlinked;
    String hr;

    @BeforeEach
    void createOffer() {
        catalogue = new CatalogueFixtures(jdbc, readSql, LocalDate.now(clock));
        people = new PeopleFixtures(jdbc);
        own = catalogue.provider("Hogeschool Eigen");
        other = catalogue.provider("Hogeschool Ander");
        ownCourse = course(own, "Eigen cursus");
        otherCourse = course(other, "Andere cursus");
        for (int i = 1; i <= 3; i++) {
            catalogue.edition(ownCourse, 10 * i, 12, i, EditionStatus.OPEN);
        }
        catalogue.edition(otherCourse, 15, 12, 0, EditionStatus.OPEN);
        office = people.account("office", Set.of(Role.PROVIDER), null, own);
        otherOffice = people.account("other-office", Set.of(Role.PROVIDER), null, other);
        unlinked = people.account("unlinked-office", Set.of(Role.PROVIDER), null, null);
        long board = people.board("Stichting Aanbodtest");
        hr = people.account("hr", Set.of(Role.HR, Role.EMPLOYEE), board, null);
    }

    private long course(long provider, String title) {
        return catalogue.course(provider, title, "Samenvatting.", CourseFormat.ONLINE, CourseLevel.ADVANCED,
                Set.of(JobFunction.LERAAR), Set.of(Sector.VO), Set.of(Theme.DIDACTIEK));
    }

    @AfterEach
    void removeOffer() {
        TestSignIn.signOut();
        people.removeAll();
        catalogue.removeAll();
    }

    @Test
    void aProviderSeesOnlyTheirOwnCoursesPagedInTheDatabase() {
        signInAs(users, office);
        assertThat(offer.ownProvider().id()).isEqualTo(own);
        assertThat(offer.countOwnEditions()).isEqualTo(3);
        assertThat(offer.ownEditions(0, 10)).extracting(ProviderEditionRow::courseId).containsOnly(ownCourse);
        assertThat(offer.ownEditions(1, 1)).extracting(ProviderEditionRow::seatsTaken).containsExactly(2);

        signInAs(users, otherOffice);
        assertThat(offer.ownEditions(0, 10)).extracting(ProviderEditionRow::courseId).containsExactly(otherCourse);
    }

    @Test
    void aProviderAccountWithoutProviderSeesNothing() {
        signInAs(users, unlinked);
        assertThatThrownBy(() -> offer.ownEditions(0, 10)).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> offer.countOwnEditions()).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> offer.ownProvider()).isInstanceOf(AccessDeniedException.class);
    }

    @Test
    void otherRolesAreRefused() {
        signInAs(users, hr);
        assertThatThrownBy(() -> offer.ownEditions(0, 10)).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> offer.countOwnEditions()).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> offer.ownProvider()).isInstanceOf(AccessDeniedException.class);

        TestSignIn.signOut();
        assertThatThrownBy(() -> offer.ownEditions(0, 10))
                .isInstanceOf(AuthenticationCredentialsNotFoundException.class);
    }
}

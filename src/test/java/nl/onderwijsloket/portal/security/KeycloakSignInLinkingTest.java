package nl.onderwijsloket.portal.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Set;
import nl.onderwijsloket.portal.DatabaseTest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.GrantedAuthority;

/**
 * Linking a Keycloak sign-in to the portal's account and person (DD008), through the real OIDC user service
 * on the real database: by subject, on the first sign-in by verified e-mail, by creating an account for a
 * person, and otherwise not at all (recorded for the coordinators).
 */
@SpringBootTest
@DatabaseTest
class KeycloakSignInLinkingTest {

    @Autowired
    ApplicationContext context;
    @Autowired
    JdbcClient jdbc;

    SignInFixtures fixtures;
    long board;

    @BeforeEach
    void setUp() {
        fixtures = new SignInFixtures(context);
        board = fixtures.board("Stichting Koppeltest");
    }

    @AfterEach
    void tearDown() {
        fixtures.removeAll();
    }

    private static PortalOidcUser principal(Authentication auth) {
        return (PortalOidcUser) auth.getPrincipal();
    }

    private String linkedSubject(long account) {
        return jdbc.sql("SELECT external_subject FROM user_account WHERE id = :id").param("id", account)
                .query(String.class).list().getFirst();
    }

    private Set<String> storedRoles(long account) {
        return Set.copyOf(jdbc.sql("SELECT role FROM user_account_role WHERE user_account_id = :id")
                .param("id", account).query(String.class).list());
    }

    private int attempts(String subject) {
        return jdbc.sql("SELECT COALESCE(MAX(attempts), 0) FROM unlinked_sign_in WHERE subject = :s")
                .param("s", subject).query(Integer.class).single();
    }

    @Test
    void theFirstSignInLinksTheAccountWithTheVerifiedAddressAndLaterOnesFollowTheSubject() {
        String email = fixtures.email("sanne");
        long employee = fixtures.employee(board, "Sanne", "Koppel", email);
        long account = fixtures.account("Sanne Koppel", email, Set.of(Role.EMPLOYEE), employee, board, null);
        String subject = fixtures.subject();

        var first = fixtures.signIn(
                SignInFixtures.claims(subject, "sanne", "Sanne", "Koppel", email, true, "EMPLOYEE"));

        PortalUser user = principal(first).user();
        assertThat(principal(first).status()).isEqualTo(SignInStatus.LINKED);
        assertThat(user.accountId()).isEqualTo(account);
        assertThat(user.employeeId()).isEqualTo(employee);
        assertThat(user.boardId()).isEqualTo(board);
        assertThat(user.roles()).containsExactly(Role.EMPLOYEE);
        assertThat(first.getAuthorities()).extracting(GrantedAuthority::getAuthority).contains("ROLE_EMPLOYEE");
        assertThat(linkedSubject(account)).isEqualTo(subject);

        // Keycloak's e-mail address changes; the subject still finds the account.
        var later = fixtures.signIn(SignInFixtures.claims(subject, "sanne", "Sanne", "Koppel",
                fixtures.email("sanne.nieuw"), true, "EMPLOYEE"));
        assertThat(principal(later).user().accountId()).isEqualTo(account);
        assertThat(attempts(subject)).isZero();
    }

    @Test
    void anUnverifiedAddressLinksNothingAndTheSignInIsRecordedForTheCoordinators() {
        String email = fixtures.email("daan");
        long account = fixtures.account("Daan Koppel", email, Set.of(Role.EMPLOYEE), null, board, null);
        String subject = fixtures.subject();
        var claims = SignInFixtures.claims(subject, "daan", "Daan", "Koppel", email, false, "EMPLOYEE", "MENTOR");

        var auth = fixtures.signIn(claims);
        fixtures.signIn(claims);

        assertThat(principal(auth).status()).isEqualTo(SignInStatus.UNLINKED);
        assertThat(principal(auth).user()).isNull();
        assertThat(auth.getAuthorities()).extracting(GrantedAuthority::getAuthority)
                .noneMatch(a -> a.startsWith("ROLE_"));
        assertThat(linkedSubject(account)).isNull();
        assertThat(attempts(subject)).isEqualTo(2);
        assertThat(jdbc.sql("SELECT roles FROM unlinked_sign_in WHERE subject = :s").param("s", subject)
                .query(String.class).single()).isEqualTo("EMPLOYEE,MENTOR");
    }

    @Test
    void aPersonWithoutAnAccountGetsOneForTheirBoard() {
        String email = fixtures.email("noor");
        long employee = fixtures.employee(board, "Noor", "Koppel", email);
        String subject = fixtures.subject();

        var auth = fixtures.signIn(SignInFixtures.claims(subject, "noor-" + fixtures.tag(), "Noor", "Koppel", email,
                true, "EMPLOYEE", "offline_access"));

        PortalUser user = principal(auth).user();
        assertThat(user.employeeId()).isEqualTo(employee);
        assertThat(user.boardId()).isEqualTo(board);
        assertThat(user.displayName()).isEqualTo("Noor Koppel");
        assertThat(user.username()).isEqualTo("noor-" + fixtures.tag());
        assertThat(linkedSubject(user.accountId())).isEqualTo(subject);
        assertThat(storedRoles(user.accountId())).containsExactly("EMPLOYEE");
    }

    @Test
    void aNewAccountTakesTheAddressAsUsernameWhenKeycloaksUsernameIsTaken() {
        String email = fixtures.email("bram");
        fixtures.employee(board, "Bram", "Koppel", email);

        var auth = fixtures.signIn(SignInFixtures.claims(fixtures.subject(), "hr", "Bram", "Koppel", email, true,
                "EMPLOYEE"));

        assertThat(principal(auth).user().username()).isEqualTo(email);
    }

    @Test
    void anAccountLinkedToSomeoneElseIsNotTakenOverByAddress() {
        String email = fixtures.email("erik");
        long account = fixtures.account("Erik Koppel", email, Set.of(Role.HR), null, board, fixtures.subject());
        String intruder = fixtures.subject();

        var auth = fixtures.signIn(SignInFixtures.claims(intruder, "erik2", "Erik", "Koppel", email, true, "HR"));

        assertThat(principal(auth).status()).isEqualTo(SignInStatus.UNLINKED);
        assertThat(linkedSubject(account)).isNotEqualTo(intruder);
        assertThat(attempts(intruder)).isEqualTo(1);
    }

    @Test
    void twoAccountsWithTheSameAddressAreLeftToACoordinator() {
        String email = fixtures.email("gedeeld");
        long one = fixtures.account("Gedeeld Een", email, Set.of(Role.EMPLOYEE), null, board, null);
        long two = fixtures.account("Gedeeld Twee", email, Set.of(Role.EMPLOYEE), null, board, null);
        String subject = fixtures.subject();

        var auth = fixtures.signIn(SignInFixtures.claims(subject, "gedeeld", "Ge", "Deeld", email, true, "EMPLOYEE"));

        assertThat(principal(auth).status()).isEqualTo(SignInStatus.UNLINKED);
        assertThat(linkedSubject(one)).isNull();
        assertThat(linkedSubject(two)).isNull();
    }

    @Test
    void keycloaksRolesReplaceTheStoredRoles() {
        String subject = fixtures.subject();
        long account = fixtures.account("Marieke Koppel", fixtures.email("marieke"), Set.of(Role.EMPLOYEE, Role.HR),
                null, board, subject);

        var auth = fixtures.signIn(SignInFixtures.claims(subject, "marieke", "Marieke", "Koppel",
                fixtures.email("marieke"), true, "EMPLOYEE", "MENTOR", "default-roles-onderwijsloket",
                "uma_authorization"));

        assertThat(principal(auth).user().roles()).containsExactlyInAnyOrder(Role.EMPLOYEE, Role.MENTOR);
        assertThat(storedRoles(account)).containsExactlyInAnyOrder("EMPLOYEE", "MENTOR");
    }

    @Test
    void aDisabledAccountSignsInWithoutRights() {
        String subject = fixtures.subject();
        long account = fixtures.account("Uit Dienst", fixtures.email("uit"), Set.of(Role.HR), null, board, subject);
        jdbc.sql("UPDATE user_account SET enabled = FALSE WHERE id = :id").param("id", account).update();

        var auth = fixtures.signIn(SignInFixtures.claims(subject, "uit", "Uit", "Dienst", fixtures.email("uit"),
                true, "HR"));

        assertThat(principal(auth).status()).isEqualTo(SignInStatus.DISABLED);
        assertThat(principal(auth).user()).isNull();
        assertThat(auth.getAuthorities()).extracting(GrantedAuthority::getAuthority).doesNotContain("ROLE_HR");
    }

    @Test
    void aSignInThatMatchesLaterLeavesTheCoordinatorsList() {
        String email = fixtures.email("later");
        String subject = fixtures.subject();
        var claims = SignInFixtures.claims(subject, "later", "La", "Ter", email, true, "EMPLOYEE");
        fixtures.signIn(claims);
        assertThat(attempts(subject)).isEqualTo(1);

        // HR adds the person; the next sign-in finds them.
        fixtures.employee(board, "La", "Ter", email);
        var auth = fixtures.signIn(claims);

        assertThat(principal(auth).status()).isEqualTo(SignInStatus.LINKED);
        assertThat(attempts(subject)).isZero();
    }
}

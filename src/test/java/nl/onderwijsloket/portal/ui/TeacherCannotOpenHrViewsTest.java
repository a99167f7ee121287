package nl.onderwijsloket.portal.ui;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.github.mvysny.kaributesting.v10.MockAccessDeniedException;
import com.vaadin.flow.component.UI;
import java.time.Clock;
import java.time.LocalDate;
import nl.onderwijsloket.portal.KaribuTest;
import nl.onderwijsloket.portal.catalogue.data.CourseReadSql;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Views refuse the roles they are not for. Vaadin's navigation access control reroutes a signed-in user
 * who lacks the role to its access-denied error; in the running portal its default handler shows the
 * "not found" page, so the route is not revealed, and under Karibu the handler throws
 * {@link MockAccessDeniedException}. A visitor who is not signed in is sent to the login page.
 */
class TeacherCannotOpenHrViewsTest extends KaribuTest {

    @Autowired
    JdbcClient jdbc;
    @Autowired
    CourseReadSql readSql;
    @Autowired
    Clock clock;

    RoleFixtures accounts;

    @BeforeEach
    void createAccounts() {
        accounts = new RoleFixtures(jdbc, readSql, LocalDate.now(clock));
    }

    @AfterEach
    void removeAccounts() {
        accounts.remove();
    }

    @Test
    void aTeacherIsRefusedTheEmployeesRegionAndProviderViews() {
        signInAs(accounts.teacher);
        for (String view : new String[] {"medewerkers", "regio", "mijn-aanbod"}) {
            assertThatThrownBy(() -> navigate(view)).as(view).isInstanceOf(MockAccessDeniedException.class);
        }
    }

    @Test
    void aMentorIsRefusedTheEmployeesView() {
        signInAs(accounts.mentor);
        assertThatThrownBy(() -> navigate("medewerkers")).isInstanceOf(MockAccessDeniedException.class);
    }

    @Test
    void hrIsRefusedTheRegionAndProviderViews() {
        signInAs(accounts.hr);
        assertThatThrownBy(() -> navigate("regio")).isInstanceOf(MockAccessDeniedException.class);
        assertThatThrownBy(() -> navigate("mijn-aanbod")).isInstanceOf(MockAccessDeniedException.class);
    }

    @Test
    void aProviderIsRefusedTheEmployeesAndRegionViews() {
        signInAs(accounts.provider);
        assertThatThrownBy(() -> navigate("medewerkers")).isInstanceOf(MockAccessDeniedException.class);
        assertThatThrownBy(() -> navigate("regio")).isInstanceOf(MockAccessDeniedException.class);
    }

    @Test
    void aVisitorWhoIsNotSignedInIsSentToTheLoginPage() {
        for (String view : new String[] {"medewerkers", "regio", "mijn-aanbod"}) {
            navigate(view);
            // The login page is a URL of Spring Security's form login, so the browser is sent there.
            assertThat(UI.getCurrent().getInternals().getActiveRouterTargetsChain()).as(view).isEmpty();
            assertThat(UI.getCurrent().getInternals().dumpPendingJavaScriptInvocations())
                    .as(view)
                    .anySatisfy(js -> {
                        assertThat(js.getInvocation().getExpression()).contains("window.open");
                        assertThat(js.getInvocation().getParameters()).contains("/login");
                    });
        }
    }
}

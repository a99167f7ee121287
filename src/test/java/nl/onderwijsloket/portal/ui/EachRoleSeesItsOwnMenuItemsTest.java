package nl.onderwijsloket.portal.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.sidenav.SideNavItem;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import nl.onderwijsloket.portal.KaribuTest;
import nl.onderwijsloket.portal.catalogue.data.CourseReadSql;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The main menu offers each role the role-specific screens it may open, and no others. (Other features
 * add items of their own; this test only speaks about the employees, region and provider items.)
 */
class EachRoleSeesItsOwnMenuItemsTest extends KaribuTest {

    private static final Map<String, String> PATHS = Map.of(
            "Medewerkers", "medewerkers",
            "Regio", "regio",
            "Mijn aanbod", "mijn-aanbod");

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

    private static List<String> menu() {
        navigate("");
        return _find(SideNavItem.class).stream().map(SideNavItem::getLabel).toList();
    }

    private static void assertRoleItems(List<String> menu, String... expected) {
        assertThat(menu).contains("Cursussen", "Leerroutes");
        assertThat(menu.stream().filter(PATHS::containsKey).toList()).containsExactly(expected);
    }

    @Test
    void visitorsTeachersAndMentorsGetNoRoleSpecificItems() {
        assertRoleItems(menu());
        signInAs(accounts.teacher);
        assertRoleItems(menu());
        signInAs(accounts.mentor);
        assertRoleItems(menu());
    }

    @Test
    void hrGetsTheEmployees() {
        signInAs(accounts.hr);
        assertRoleItems(menu(), "Medewerkers");
    }

    @Test
    void theCoordinatorGetsTheEmployeesAndTheRegionInThatOrder() {
        signInAs(accounts.coordinator);
        assertRoleItems(menu(), "Medewerkers", "Regio");
    }

    @Test
    void aProviderGetsTheirOwnOffer() {
        signInAs(accounts.provider);
        assertRoleItems(menu(), "Mijn aanbod");
    }

    @Test
    void theItemsLeadToTheirViews() {
        signInAs(accounts.coordinator);
        navigate("");
        _find(SideNavItem.class).stream().filter(item -> PATHS.containsKey(item.getLabel()))
                .forEach(item -> assertThat(item.getPath()).isEqualTo(PATHS.get(item.getLabel())));
    }
}

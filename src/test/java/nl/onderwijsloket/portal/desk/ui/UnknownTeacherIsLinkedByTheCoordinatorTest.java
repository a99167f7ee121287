package nl.onderwijsloket.portal.desk.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._assertNone;
import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.GridKt._getFormattedRow;
import static com.github.mvysny.kaributesting.v10.GridKt._size;
import static com.github.mvysny.kaributesting.v10.NotificationsKt.expectNotifications;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.github.mvysny.kaributesting.v10.ComboBoxKt;
import com.github.mvysny.kaributesting.v10.GridKt;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.sidenav.SideNavItem;
import java.util.Map;
import nl.onderwijsloket.portal.KaribuTest;
import nl.onderwijsloket.portal.security.CurrentUser;
import nl.onderwijsloket.portal.security.LinkCandidate;
import nl.onderwijsloket.portal.security.SignInFixtures;
import nl.onderwijsloket.portal.security.SignInLinkService;
import nl.onderwijsloket.portal.security.UnlinkedSignIn;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.access.AccessDeniedException;

/**
 * Noor signs in through Keycloak with an address the portal does not know (her school registered her under
 * another one). She is told so; the coordinator finds her sign-in, links it to her person record, and Noor's
 * next sign-in lands her in the portal as an employee of her board.
 */
class UnknownTeacherIsLinkedByTheCoordinatorTest extends KaribuTest {

    @Autowired
    CurrentUser currentUser;
    @Autowired
    SignInLinkService links;

    SignInFixtures fixtures;
    long board;
    long employee;
    Map<String, Object> noor;

    @BeforeEach
    void setUp() {
        fixtures = new SignInFixtures(context);
        board = fixtures.board("Stichting Noorderlicht");
        employee = fixtures.employee(board, "Noor", "Nieuwenhuis-" + fixtures.tag(), fixtures.email("noor.school"));
        noor = SignInFixtures.claims(fixtures.subject(), "noor-" + fixtures.tag(), "Noor", "Nieuwenhuis",
                fixtures.email("noor.prive"), true, "EMPLOYEE", "offline_access");
    }

    @AfterEach
    void tearDown() {
        fixtures.removeAll();
    }

    @Test
    void noorIsToldSheIsUnknownTheCoordinatorLinksHerAndSheGetsIn() {
        signIn(fixtures.signIn(noor));
        navigate("");
        assertThat(currentLocation()).isEqualTo("niet-gekoppeld");
        assertThat(_get(H1.class).getText()).isEqualTo("Je bent ingelogd, maar het portaal kent je nog niet");
        assertThat(_get(Paragraph.class, spec -> spec.withId("unlinked-who")).getText())
                .isEqualTo("Je bent ingelogd als Noor Nieuwenhuis (" + fixtures.email("noor.prive") + ").");
        assertThat(_get(Span.class, spec -> spec.withId("user-name")).getText()).isEqualTo("Noor Nieuwenhuis");
        assertThat(_find(SideNavItem.class)).isEmpty();
        assertThat(_get(Anchor.class, spec -> spec.withId("unlinked-retry")).getHref()).isEqualTo("login");
        _get(Button.class, spec -> spec.withId("unlinked-sign-out"));
        navigate("leerroutes");
        assertThat(currentLocation()).isEqualTo("niet-gekoppeld");

        signInAs("coordinator");
        navigate("koppelingen");
        @SuppressWarnings("unchecked")
        Grid<UnlinkedSignIn> grid = _get(Grid.class, spec -> spec.withId("unlinked-sign-ins"));
        int row = rowOf(grid, "Noor Nieuwenhuis");
        assertThat(_getFormattedRow(grid, row)).contains(fixtures.email("noor.prive"), "Medewerker", "1");
        _assertNone(VerticalLayout.class, spec -> spec.withId("link-panel"));

        grid.asSingleSelect().setValue(GridKt._get(grid, row));
        assertThat(currentLocation()).startsWith("koppelingen?aanmelding=");
        @SuppressWarnings("unchecked")
        ComboBox<LinkCandidate> target = _get(ComboBox.class, spec -> spec.withId("link-target"));
        ComboBoxKt.setUserInput(target, "Nieuwenhuis-" + fixtures.tag());
        var candidates = ComboBoxKt.getSuggestionItems(target);
        assertThat(candidates).hasSize(1);
        LinkCandidate person = (LinkCandidate) candidates.getFirst();
        assertThat(person.kind()).isEqualTo(LinkCandidate.Kind.PERSON);
        assertThat(person.board()).isEqualTo("Stichting Noorderlicht");
        target.setValue(person);
        _click(_get(Button.class, spec -> spec.withId("link-button")));
        expectNotifications("Noor Nieuwenhuis is gekoppeld aan Noor Nieuwenhuis-" + fixtures.tag() + " <"
                + fixtures.email("noor.school") + "> – Stichting Noorderlicht (medewerker, nog zonder account)."
                + " De volgende keer dat Noor Nieuwenhuis inlogt, gaat het vanzelf.");
        assertThat(currentLocation()).isEqualTo("koppelingen");
        assertThat(links.unlinkedSignIn((String) noor.get("sub"))).isEmpty();

        signIn(fixtures.signIn(noor));
        navigate("");
        assertThat(currentLocation()).isEmpty();
        var user = currentUser.require();
        assertThat(user.employeeId()).isEqualTo(employee);
        assertThat(user.boardId()).isEqualTo(board);
        assertThat(_get(Span.class, spec -> spec.withId("user-name")).getText())
                .isEqualTo("Noor Nieuwenhuis-" + fixtures.tag());
        assertThat(_find(SideNavItem.class)).extracting(SideNavItem::getLabel).contains("Cursussen", "Leerroutes");
    }

    @Test
    void theCoordinatorCanRemoveASignInFromTheList() {
        signIn(fixtures.signIn(noor));
        signInAs("coordinator");
        navigate("koppelingen?aanmelding=" + noor.get("sub"));
        assertThat(_get(H2.class).getText()).isEqualTo("Noor Nieuwenhuis koppelen");

        _click(_get(Button.class, spec -> spec.withId("dismiss-button")));

        expectNotifications("De aanmelding van Noor Nieuwenhuis is uit de lijst verwijderd.");
        assertThat(links.unlinkedSignIn((String) noor.get("sub"))).isEmpty();
    }

    @Test
    void onlyCoordinatorsSeeAndLinkSignIns() {
        signIn(fixtures.signIn(noor));
        signInAs("hr");
        assertThatThrownBy(() -> links.unlinkedSignIns(0, 10)).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> links.link((String) noor.get("sub"),
                new LinkCandidate(LinkCandidate.Kind.PERSON, employee, "Noor", null, null)))
                .isInstanceOf(AccessDeniedException.class);
    }

    private static int rowOf(Grid<UnlinkedSignIn> grid, String name) {
        for (int row = 0; row < _size(grid); row++) {
            if (_getFormattedRow(grid, row).getFirst().equals(name)) {
                return row;
            }
        }
        throw new AssertionError(name + " is not in the list");
    }
}

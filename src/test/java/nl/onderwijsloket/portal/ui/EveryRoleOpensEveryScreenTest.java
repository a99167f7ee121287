package nl.onderwijsloket.portal.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

import com.github.mvysny.kaributesting.v10.GridKt;
import com.github.mvysny.kaributesting.v10.MockAccessDeniedException;
import com.github.mvysny.kaributesting.v10.MockVaadin;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.sidenav.SideNavItem;
import com.vaadin.flow.router.RouteConfiguration;
import com.vaadin.flow.router.RouteData;
import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import nl.onderwijsloket.portal.KaribuTest;
import org.junit.jupiter.api.Test;

/**
 * Walks the portal as every demo role: each menu entry the role sees (read from the rendered menu, so a new
 * entry is walked without editing this test) opens its screen with a title and without an error, and the
 * lazy lists on it load. Every route then gets bad values: in its route parameters (letters, negative,
 * too long for a number, unknown codes) and in every query parameter a view reads (impossible dates,
 * unknown codes, letters for ids, very long text). Each must give the not-found page, the screen with the
 * value ignored, or a refusal of the role; never the error page or an exception.
 */
class EveryRoleOpensEveryScreenTest extends KaribuTest {

    /** Demo accounts, one per role; null is the visitor who has not signed in. */
    private static final List<String> ROLES = java.util.Arrays.asList(
            null, "leraar", "starter", "mentor", "hr", "hr2", "aanbieder", "coordinator");

    private static final List<String> BAD_ROUTE_VALUES = List.of(
            "abc", "-1", "0", "1.5", "99999999999999999999", "999999999", "niet-bestaand", "%27%22%3Cb%3E");

    private static final List<String> BAD_QUERY_VALUES = List.of(
            "abc", "-1", "99999999999999999999", "2026-02-31", "", "x".repeat(3000), "ja,nee,,%25", "%00");

    private enum Outcome { SCREEN, NOT_FOUND, REFUSED }

    @Test
    void everyRoleOpensEveryMenuEntryItSees() {
        Map<String, List<String>> walked = new LinkedHashMap<>();
        for (String role : ROLES) {
            signInAsRole(role);
            List<String> menu = menuPaths();
            assertThat(menu).as("menu of %s", name(role)).isNotEmpty();
            for (String path : menu) {
                signInAsRole(role);
                assertThat(open(path)).as("%s opens /%s from the menu", name(role), path).isEqualTo(Outcome.SCREEN);
                assertThat(title()).as("title of /%s for %s", path, name(role)).isNotBlank().doesNotStartWith("!");
                assertThat(_find(H1.class)).as("heading of /%s for %s", path, name(role))
                        .anySatisfy(h1 -> assertThat(h1.getText()).isNotBlank().doesNotStartWith("!"));
                assertNoErrorShown(name(role) + " on /" + path);
            }
            walked.put(name(role), menu);
        }
        // The walk covered the role-specific screens, not only the public ones.
        assertThat(walked.get("hr")).contains("inschrijvingen", "boeken", "medewerkers");
        assertThat(walked.get("coordinator")).contains("inschrijvingen", "regio");
        assertThat(walked.get("aanbieder")).contains("mijn-aanbod", "deelnemers");
        assertThat(walked.get("leraar")).contains("mijn-leren");
    }

    @Test
    void everyRouteParameterWithABadValueGivesTheNotFoundPageOrTheScreen() {
        List<RouteData> routes = routesWithParameters();
        assertThat(routes).as("routes with parameters").extracting(RouteData::getTemplate)
                .contains("cursus/:id", "leerroute/:code");
        for (RouteData route : routes) {
            Set<Outcome> seen = new TreeSet<>();
            for (String role : ROLES) {
                for (String value : BAD_ROUTE_VALUES) {
                    signInAsRole(role);
                    String path = fill(route.getTemplate(), value);
                    Outcome outcome = open(path);
                    seen.add(outcome);
                    assertNoErrorShown(name(role) + " on /" + path);
                }
            }
            // At least one role got past the access check, so the bad values reached the view itself.
            assertThat(seen).as(route.getTemplate()).contains(Outcome.NOT_FOUND);
        }
    }

    @Test
    void everyQueryParameterWithABadValueIsIgnored() {
        Set<String> names = queryParameterNames();
        assertThat(names).as("query parameters the views read")
                .contains("q", "status", "cursus", "bestuur", "vanaf", "editie", "thema");
        List<String> paths = routesWithoutParameters();
        for (String value : BAD_QUERY_VALUES) {
            String query = names.stream().map(n -> n + "=" + value).collect(Collectors.joining("&"));
            for (String role : ROLES) {
                for (String path : paths) {
                    signInAsRole(role);
                    open(path + "?" + query);
                    assertNoErrorShown(name(role) + " on /" + path + " with every parameter = '"
                            + (value.length() > 20 ? value.substring(0, 20) + "…" : value) + "'");
                }
            }
        }
    }

    private void signInAsRole(String role) {
        if (role == null) {
            signOut();
        } else {
            signInAs(role);
        }
    }

    private static String name(String role) {
        return role == null ? "a visitor" : role;
    }

    private static List<String> menuPaths() {
        navigate("");
        return _find(SideNavItem.class).stream().map(SideNavItem::getPath).toList();
    }

    /**
     * Opens the location as a link would and runs a round trip, so lazy lists fetch their first rows. A
     * refusal of the role is an outcome, not a failure; anything thrown is a failure.
     */
    private static Outcome open(String location) {
        try {
            navigate(location);
            MockVaadin.clientRoundtrip(false);
            _find(Grid.class).forEach(grid -> {
                if (grid.isVisible() && GridKt._size(grid) > 0) {
                    GridKt._get(grid, 0);
                }
            });
        } catch (MockAccessDeniedException e) {
            return Outcome.REFUSED;
        } catch (RuntimeException e) {
            fail("Opening /" + location + " threw " + e, e);
        }
        List<?> chain = UI.getCurrent().getInternals().getActiveRouterTargetsChain();
        if (chain.isEmpty()) {
            // A visitor sent to the login page.
            return Outcome.REFUSED;
        }
        Object target = chain.getFirst();
        if (target instanceof ErrorView) {
            fail("/" + location + " showed the error page: " + _find(Component.class).stream()
                    .map(c -> c.getElement().getText()).filter(t -> !t.isBlank()).toList());
        }
        return target instanceof NotFoundView ? Outcome.NOT_FOUND : Outcome.SCREEN;
    }

    private static String title() {
        return UI.getCurrent().getInternals().getTitle();
    }

    /** No error page, and no error notification (a failed lazy list or service call shows one). */
    private static void assertNoErrorShown(String where) {
        assertThat(_find(ErrorView.class)).as(where).isEmpty();
        assertThat(_find(Notification.class)).as(where)
                .noneSatisfy(n -> assertThat(n.getId()).contains("service-feedback"));
    }

    private static List<RouteData> routesWithParameters() {
        return RouteConfiguration.forApplicationScope().getAvailableRoutes().stream()
                .filter(route -> !route.getRouteParameters().isEmpty())
                .toList();
    }

    private static List<String> routesWithoutParameters() {
        return RouteConfiguration.forApplicationScope().getAvailableRoutes().stream()
                .filter(route -> route.getRouteParameters().isEmpty())
                .map(RouteData::getTemplate)
                .toList();
    }

    /** The template with every parameter (":id([0-9]{1,18})", ":code") replaced by the value. */
    private static String fill(String template, String value) {
        return java.util.Arrays.stream(template.split("/"))
                .map(segment -> segment.startsWith(":") ? value : segment)
                .collect(Collectors.joining("/"));
    }

    /**
     * The query parameters the views read: the constants of the views and their URL helpers (static final
     * strings in the UI packages), so a parameter a new view reads is tried without editing this test.
     */
    private static Set<String> queryParameterNames() {
        Set<String> names = new LinkedHashSet<>();
        for (Class<?> type : uiClasses()) {
            for (Field field : type.getDeclaredFields()) {
                int modifiers = field.getModifiers();
                if (field.getType() == String.class && Modifier.isStatic(modifiers) && Modifier.isFinal(modifiers)) {
                    try {
                        field.setAccessible(true);
                        String value = (String) field.get(null);
                        if (value != null && value.matches("[a-z][a-z0-9-]{0,20}")) {
                            names.add(value);
                        }
                    } catch (IllegalAccessException e) {
                        throw new IllegalStateException(e);
                    }
                }
            }
        }
        return names;
    }

    private static Collection<Class<?>> uiClasses() {
        List<Class<?>> classes = new ArrayList<>();
        try (var scan = new io.github.classgraph.ClassGraph().enableClassInfo().ignoreClassVisibility()
                .acceptPackages("nl.onderwijsloket.portal").scan()) {
            scan.getAllClasses().stream()
                    .filter(info -> info.getPackageName().endsWith(".ui"))
                    .filter(info -> !info.getClasspathElementFile().getPath().contains("test-classes"))
                    .forEach(info -> classes.add(info.loadClass()));
        }
        return classes;
    }
}

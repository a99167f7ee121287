package nl.onderwijsloket.portal;

import com.github.mvysny.fakeservlet.FakeRequest;
import com.github.mvysny.kaributesting.v10.MockVaadin;
import com.github.mvysny.kaributesting.v10.Routes;
import com.github.mvysny.kaributesting.v10.spring.MockSpringServlet;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.router.QueryParameters;
import com.vaadin.flow.router.Route;
import io.github.classgraph.ClassGraph;
import io.github.classgraph.ScanResult;
import java.util.Set;
import java.util.stream.Collectors;
import kotlin.jvm.functions.Function0;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.ApplicationContext;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;

/**
 * Browserless UI tests with the real Spring context and the real (embedded MariaDB) database. Sign in
 * with {@link #signInAs(String)} as one of the demo accounts; every test starts anonymous.
 */
@SpringBootTest
public abstract class KaribuTest {

    private static final Routes ROUTES = discoverRoutes();
    private static final Function0<UI> UI_FACTORY = UI::new;

    @Autowired
    protected ApplicationContext context;
    @Autowired
    private UserDetailsService userDetailsService;

    /**
     * Karibu's own discovery only sees public classes; the portal's views are package-private by design,
     * so the routes are scanned here with class visibility ignored.
     */
    @SuppressWarnings("unchecked")
    private static Routes discoverRoutes() {
        var routes = new Routes().autoDiscoverViews("nl.onderwijsloket.portal");
        try (ScanResult scan = new ClassGraph().enableClassInfo().enableAnnotationInfo().ignoreClassVisibility()
                .acceptPackages("nl.onderwijsloket.portal").scan()) {
            scan.getClassesWithAnnotation(Route.class.getName()).loadClasses()
                    .forEach(type -> routes.getRoutes().add((Class<? extends Component>) type));
        }
        return routes;
    }

    @BeforeEach
    void setUpVaadin() {
        SecurityContextHolder.clearContext();
        MockVaadin.setMockRequestFactory(FakeRequest::new);
        MockVaadin.setup(UI_FACTORY, new MockSpringServlet(ROUTES, context, UI_FACTORY));
    }

    @AfterEach
    void tearDownVaadin() {
        MockVaadin.tearDown();
        SecurityContextHolder.clearContext();
        MockVaadin.setMockRequestFactory(FakeRequest::new);
    }

    /**
     * Signs in as a local account (loaded from the database, as form login would) and starts a fresh UI,
     * so the layout is built for that user.
     */
    protected void signInAs(String username) {
        UserDetails user = userDetailsService.loadUserByUsername(username);
        Authentication auth = UsernamePasswordAuthenticationToken.authenticated(user, null, user.getAuthorities());
        SecurityContextHolder.getContext().setAuthentication(auth);
        Set<String> roles = user.getAuthorities().stream()
                .map(GrantedAuthority::getAuthority)
                .map(a -> a.substring("ROLE_".length()))
                .collect(Collectors.toSet());
        MockVaadin.tearDown();
        MockVaadin.setMockRequestFactory(session -> {
            var request = new FakeRequest(session);
            request.setUserPrincipalInt(auth);
            request.setUserInRole((principal, role) -> roles.contains(role));
            return request;
        });
        MockVaadin.setup(UI_FACTORY, new MockSpringServlet(ROUTES, context, UI_FACTORY));
        SecurityContextHolder.getContext().setAuthentication(auth);
    }

    /** Navigates as a link would, including any query string ({@code "?q=lezen&thema=gedrag"}). */
    protected static void navigate(String location) {
        int query = location.indexOf('?');
        if (query < 0) {
            UI.getCurrent().navigate(location);
        } else {
            UI.getCurrent().navigate(location.substring(0, query),
                    QueryParameters.fromString(location.substring(query + 1)));
        }
    }

    /** Path and query of the current view, as the browser's address bar would show it. */
    protected static String currentLocation() {
        return UI.getCurrent().getInternals().getActiveViewLocation().getPathWithQueryParameters();
    }
}

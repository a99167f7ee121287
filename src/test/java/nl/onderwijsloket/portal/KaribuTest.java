package nl.onderwijsloket.portal;

import com.github.mvysny.fakeservlet.FakeHttpSession;
import com.github.mvysny.fakeservlet.FakeRequest;
import com.github.mvysny.kaributesting.v10.MockRouteAccessDeniedError;
import com.github.mvysny.kaributesting.v10.MockVaadin;
import com.github.mvysny.kaributesting.v10.Routes;
import com.github.mvysny.kaributesting.v10.spring.MockSpringServlet;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.router.HasErrorParameter;
import com.vaadin.flow.router.Layout;
import com.vaadin.flow.router.QueryParameters;
import com.vaadin.flow.router.RouteConfiguration;
import com.vaadin.flow.router.RouterLayout;
import com.vaadin.flow.server.VaadinService;
import com.vaadin.flow.server.startup.ApplicationRouteRegistry;
import com.vaadin.flow.router.Route;
import io.github.classgraph.ClassGraph;
import io.github.classgraph.ScanResult;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import kotlin.jvm.functions.Function0;
import kotlin.jvm.functions.Function1;
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

    private static final Function0<UI> UI_FACTORY = UI::new;

    @Autowired
    protected ApplicationContext context;
    @Autowired
    private UserDetailsService userDetailsService;

    /**
     * Karibu's own discovery only sees public classes and knows nothing of {@code @Layout}; the portal's
     * views are package-private and use the automatic layout. So the views, layouts and error views are
     * scanned here with class visibility ignored and registered after Karibu has set up the service.
     */
    private static final List<Class<?>> VIEWS = new ArrayList<>();
    private static final List<Class<?>> LAYOUTS = new ArrayList<>();
    private static final Routes ROUTES = discoverRoutes();

    @SuppressWarnings("unchecked")
    private static Routes discoverRoutes() {
        Set<Class<? extends HasErrorParameter<?>>> errorViews = new HashSet<>();
        errorViews.add(MockRouteAccessDeniedError.class);
        try (ScanResult scan = new ClassGraph().enableClassInfo().enableAnnotationInfo().ignoreClassVisibility()
                .acceptPackages("nl.onderwijsloket.portal").scan()) {
            VIEWS.addAll(scan.getClassesWithAnnotation(Route.class.getName()).loadClasses());
            LAYOUTS.addAll(scan.getClassesWithAnnotation(Layout.class.getName()).loadClasses());
            scan.getClassesImplementing(HasErrorParameter.class.getName()).loadClasses()
                    .forEach(type -> errorViews.add((Class<? extends HasErrorParameter<?>>) type));
        }
        return new Routes(new HashSet<>(), errorViews, true);
    }

    @SuppressWarnings("unchecked")
    private static void setUpUi(Function1<FakeHttpSession, FakeRequest> requests, ApplicationContext context) {
        MockVaadin.setMockRequestFactory(requests);
        MockVaadin.setup(UI_FACTORY, new MockSpringServlet(ROUTES, context, UI_FACTORY));
        var registry = ApplicationRouteRegistry.getInstance(VaadinService.getCurrent().getContext());
        LAYOUTS.forEach(layout -> registry.setLayout((Class<? extends RouterLayout>) layout));
        var routes = RouteConfiguration.forApplicationScope();
        VIEWS.forEach(view -> routes.setAnnotatedRoute((Class<? extends Component>) view));
    }

    @BeforeEach
    void setUpVaadin() {
        SecurityContextHolder.clearContext();
        setUpUi(FakeRequest::new, context);
    }

    @AfterEach
    void tearDownVaadin() {
        MockVaadin.tearDown();
        SecurityContextHolder.clearContext();
        MockVaadin.setMockRequestFactory(FakeRequest::new);
    }

    /** Back to a visitor who has not signed in, with a fresh UI. */
    protected void signOut() {
        MockVaadin.tearDown();
        SecurityContextHolder.clearContext();
        setUpUi(FakeRequest::new, context);
    }

    /**
     * Signs in as a local account (loaded from the database, as form login would) and starts a fresh UI,
     * so the layout is built for that user.
     */
    protected void signInAs(String username) {
        UserDetails user = userDetailsService.loadUserByUsername(username);
        signIn(UsernamePasswordAuthenticationToken.authenticated(user, null, user.getAuthorities()));
    }

    /**
     * Signs in with the given authentication (for example an identity-provider sign-in) and starts a fresh
     * UI, so the layout is built for that user.
     */
    protected void signIn(Authentication auth) {
        SecurityContextHolder.getContext().setAuthentication(auth);
        Set<String> roles = auth.getAuthorities().stream()
                .map(GrantedAuthority::getAuthority)
                .filter(a -> a.startsWith("ROLE_"))
                .map(a -> a.substring("ROLE_".length()))
                .collect(Collectors.toSet());
        MockVaadin.tearDown();
        setUpUi(session -> {
            var request = new FakeRequest(session);
            request.setUserPrincipalInt(auth);
            request.setUserInRole((principal, role) -> roles.contains(role));
            return request;
        }, context);
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

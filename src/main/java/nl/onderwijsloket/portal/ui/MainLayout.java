package nl.onderwijsloket.portal.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.applayout.AppLayout;
import com.vaadin.flow.component.applayout.DrawerToggle;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.Scroller;
import com.vaadin.flow.component.sidenav.SideNav;
import com.vaadin.flow.component.sidenav.SideNavItem;
import com.vaadin.flow.router.Layout;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import com.vaadin.flow.spring.security.AuthenticationContext;
import java.util.List;
import nl.onderwijsloket.portal.security.CurrentUser;
import nl.onderwijsloket.portal.security.SignInPage;

/**
 * The shell around every view: the desk's name, navigation for the signed-in user's roles, the
 * language switch and the sign-in / sign-out control.
 */
@Layout
@AnonymousAllowed
class MainLayout extends AppLayout {

    MainLayout(AuthenticationContext authentication, CurrentUser currentUser, Navigation navigation,
            SignInPage signInPage) {
        setPrimarySection(Section.NAVBAR);
        var user = currentUser.find().orElse(null);
        // Someone signed in whom the portal cannot place sees only the page that says so: no menu.
        var unlinked = user == null ? currentUser.findUnlinked().orElse(null) : null;
        String displayName = user != null ? user.displayName() : unlinked != null ? unlinked.displayName() : null;

        var title = new Anchor("", getTranslation("app.name"));
        title.addClassName("app-title");
        var spacer = new Div();
        spacer.getStyle().setFlexGrow("1");
        var toggle = new DrawerToggle();
        toggle.setAriaLabel(getTranslation("nav.toggle"));
        addToNavbar(toggle, title, spacer, new LanguageSwitch(), account(authentication, signInPage, displayName));

        var nav = new SideNav();
        nav.setLabel(getTranslation("nav.label"));
        (unlinked != null ? List.<MenuEntry>of() : navigation.entriesFor(user)).forEach(entry -> {
            var item = new SideNavItem(getTranslation(entry.labelKey()), entry.path(), entry.icon().create());
            item.setMatchNested(true);
            nav.addItem(item);
        });
        addToDrawer(new Scroller(nav));
        if (unlinked != null) {
            setDrawerOpened(false);
        }
    }

    /** Sign-in link for visitors; name and sign-out for signed-in users, linked or not. */
    private Component account(AuthenticationContext authentication, SignInPage signInPage, String displayName) {
        if (displayName == null) {
            var signIn = new Anchor(signInPage.path(), getTranslation("nav.sign-in"));
            // The identity provider's sign-in is no view of the portal: the browser must load it itself.
            signIn.setRouterIgnore(signInPage.external());
            signIn.setId("sign-in");
            signIn.addClassName("sign-in");
            return signIn;
        }
        var name = new Span(displayName);
        name.setId("user-name");
        name.addClassName("user-name");
        var signOut = new Button(getTranslation("nav.sign-out"), VaadinIcon.SIGN_OUT.create(),
                e -> authentication.logout());
        signOut.setId("sign-out");
        signOut.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
        var box = new HorizontalLayout(name, signOut);
        box.setAlignItems(HorizontalLayout.Alignment.CENTER);
        box.setSpacing(false);
        return box;
    }
}

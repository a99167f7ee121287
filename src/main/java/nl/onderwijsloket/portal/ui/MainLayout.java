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
import nl.onderwijsloket.portal.security.CurrentUser;
import nl.onderwijsloket.portal.security.PortalUser;

/**
 * The shell around every view: the desk's name, navigation for the signed-in user's roles, the
 * language switch and the sign-in / sign-out control.
 */
@Layout
@AnonymousAllowed
class MainLayout extends AppLayout {

    MainLayout(AuthenticationContext authentication, CurrentUser currentUser, Navigation navigation) {
        setPrimarySection(Section.NAVBAR);
        var user = currentUser.find().orElse(null);

        var title = new Anchor("", getTranslation("app.name"));
        title.addClassName("app-title");
        var spacer = new Div();
        spacer.getStyle().setFlexGrow("1");
        var toggle = new DrawerToggle();
        toggle.setAriaLabel(getTranslation("nav.toggle"));
        addToNavbar(toggle, title, spacer, new LanguageSwitch(), account(authentication, user));

        var nav = new SideNav();
        nav.setLabel(getTranslation("nav.label"));
        navigation.entriesFor(user).forEach(entry -> {
            var item = new SideNavItem(getTranslation(entry.labelKey()), entry.path(), entry.icon().create());
            item.setMatchNested(true);
            nav.addItem(item);
        });
        addToDrawer(new Scroller(nav));
    }

    private Component account(AuthenticationContext authentication, PortalUser user) {
        if (user == null) {
            var signIn = new Anchor("login", getTranslation("nav.sign-in"));
            signIn.setId("sign-in");
            signIn.addClassName("sign-in");
            return signIn;
        }
        var name = new Span(user.displayName());
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

package nl.onderwijsloket.portal.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.spring.security.AuthenticationContext;
import jakarta.annotation.security.PermitAll;
import nl.onderwijsloket.portal.security.CurrentUser;
import nl.onderwijsloket.portal.security.SignInPage;
import nl.onderwijsloket.portal.security.SignInStatus;
import nl.onderwijsloket.portal.security.UnlinkedUser;

/**
 * What someone sees who signed in through the identity provider but whom the portal cannot place: who they
 * are signed in as, why they cannot go on, what happens next, and a way to try again or sign out.
 */
@Route("niet-gekoppeld")
@PermitAll
class UnlinkedSignInView extends VerticalLayout implements BeforeEnterObserver, HasDynamicTitle {

    private final CurrentUser currentUser;
    private final AuthenticationContext authentication;
    private final SignInPage signInPage;

    UnlinkedSignInView(CurrentUser currentUser, AuthenticationContext authentication, SignInPage signInPage) {
        this.currentUser = currentUser;
        this.authentication = authentication;
        this.signInPage = signInPage;
        addClassName("unlinked-view");
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        UnlinkedUser unlinked = currentUser.findUnlinked().orElse(null);
        if (unlinked == null) {
            event.forwardTo("");
            return;
        }
        removeAll();
        boolean disabled = unlinked.status() == SignInStatus.DISABLED;
        String who = unlinked.email() == null ? unlinked.displayName()
                : getTranslation("unlinked.who", unlinked.displayName(), unlinked.email());
        var heading = new H1(getTranslation(disabled ? "unlinked.disabled.heading" : "unlinked.heading"));
        heading.setId("unlinked-heading");
        var signedInAs = new Paragraph(getTranslation("unlinked.signed-in-as", who));
        signedInAs.setId("unlinked-who");
        add(heading, signedInAs);
        if (disabled) {
            add(new Paragraph(getTranslation("unlinked.disabled.text")));
        } else {
            var why = new Paragraph(getTranslation("unlinked.why"));
            why.addClassName("lead");
            add(why, new Paragraph(getTranslation("unlinked.next")));
        }

        var retry = new Anchor(signInPage.path(), getTranslation("unlinked.retry"));
        retry.setRouterIgnore(true);
        retry.setId("unlinked-retry");
        retry.addClassName("sign-in-button");
        var signOut = new Button(getTranslation("nav.sign-out"), e -> authentication.logout());
        signOut.setId("unlinked-sign-out");
        signOut.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
        var actions = new HorizontalLayout(retry, signOut);
        actions.setAlignItems(Alignment.CENTER);
        add(actions);
    }

    @Override
    public String getPageTitle() {
        return PageTitles.of(this, "unlinked.title");
    }
}

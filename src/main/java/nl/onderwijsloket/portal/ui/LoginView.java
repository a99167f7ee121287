package nl.onderwijsloket.portal.ui;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.login.LoginForm;
import com.vaadin.flow.component.login.LoginI18n;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import com.vaadin.flow.spring.security.AuthenticationContext;
import nl.onderwijsloket.portal.security.SignInPage;

/**
 * Sign-in. With local accounts (the embedded default) a login form. With the identity provider this view
 * passes visitors on to its login page, and shows why when signing in there failed ({@code ?error}).
 */
@Route(Links.SIGN_IN_ROUTE)
@AnonymousAllowed
class LoginView extends VerticalLayout implements BeforeEnterObserver, HasDynamicTitle {

    private final AuthenticationContext authentication;
    private final LoginForm form;
    private final Paragraph externalError;
    private final Paragraph unavailable;
    private final String signInPath;

    LoginView(AuthenticationContext authentication, SignInPage signInPage) {
        this.authentication = authentication;
        this.signInPath = "/" + signInPage.path();
        addClassName("login-view");
        setAlignItems(Alignment.CENTER);
        add(new H1(getTranslation("login.heading")), new Paragraph(getTranslation("login.intro")));
        // Signing in could not look the account up: the database is out of reach (not a wrong password).
        unavailable = new Paragraph(getTranslation("error.unavailable"));
        unavailable.setId("sign-in-unavailable");
        unavailable.addClassName("login-error");
        unavailable.setVisible(false);
        add(unavailable);
        if (signInPage.external()) {
            form = null;
            externalError = new Paragraph(getTranslation("login.external.error"));
            externalError.setId("sign-in-error");
            externalError.addClassName("login-error");
            var signIn = new Anchor(signInPage.path(), getTranslation("login.external.button"));
            signIn.setRouterIgnore(true);
            signIn.setId("sign-in-external");
            signIn.addClassName("sign-in-button");
            add(externalError, signIn);
        } else {
            externalError = null;
            form = loginForm();
            add(form);
        }
    }

    private LoginForm loginForm() {
        var login = new LoginForm();
        var i18n = LoginI18n.createDefault();
        i18n.getForm().setTitle(getTranslation("login.title"));
        i18n.getForm().setUsername(getTranslation("login.username"));
        i18n.getForm().setPassword(getTranslation("login.password"));
        i18n.getForm().setSubmit(getTranslation("login.submit"));
        i18n.getErrorMessage().setTitle(getTranslation("login.error.title"));
        i18n.getErrorMessage().setMessage(getTranslation("login.error.message"));
        i18n.getErrorMessage().setUsername(getTranslation("login.error.username"));
        i18n.getErrorMessage().setPassword(getTranslation("login.error.password"));
        login.setI18n(i18n);
        login.setAction("login");
        login.setForgotPasswordButtonVisible(false);
        return login;
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        if (authentication.isAuthenticated()) {
            event.forwardTo("");
            return;
        }
        var parameters = event.getLocation().getQueryParameters().getParameters();
        boolean error = parameters.containsKey("error");
        unavailable.setVisible(parameters.containsKey("unavailable"));
        if (form != null) {
            form.setError(error);
        } else if (error) {
            externalError.setVisible(true);
        } else {
            // Links to "login" (such as "sign in to enrol") go on to the identity provider at once.
            event.forwardToUrl(signInPath);
        }
    }

    @Override
    public String getPageTitle() {
        return PageTitles.of(this, "login.title");
    }
}

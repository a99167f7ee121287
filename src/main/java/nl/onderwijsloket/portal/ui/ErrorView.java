package nl.onderwijsloket.portal.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.ErrorParameter;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.HasErrorParameter;
import com.vaadin.flow.router.ParentLayout;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import jakarta.servlet.http.HttpServletResponse;

/**
 * The page for a screen that could not be opened: the database out of reach (try again in a moment), a
 * refusal (said in its own words), or anything unexpected (what to do, and a reference under which the
 * exception is logged). Replaces Vaadin's own error page, which shows the exception's text and stack trace
 * in development mode. A refusal of access looks like a page that does not exist, as elsewhere.
 */
@AnonymousAllowed
@ParentLayout(MainLayout.class)
class ErrorView extends VerticalLayout implements HasErrorParameter<Exception>, HasDynamicTitle {

    private String title = "";

    ErrorView() {
        addClassName("error-view");
    }

    @Override
    public int setErrorParameter(BeforeEnterEvent event, ErrorParameter<Exception> parameter) {
        removeAll();
        Failure failure = Failure.of(parameter.getCaughtException());
        if (failure.kind() == Failure.Kind.ACCESS_DENIED) {
            title = getTranslation("error.not-found.title");
            add(NotFoundView.content(this));
            return HttpServletResponse.SC_NOT_FOUND;
        }
        title = getTranslation(switch (failure.kind()) {
            case UNAVAILABLE -> "error.unavailable.title";
            case CONFLICT, REFUSED -> "error.refused.title";
            default -> "error.unexpected.title";
        });
        var heading = new H1(title);
        heading.setId("error-title");
        var text = new Paragraph(getTranslation(failure.messageKey(), failure.arguments()));
        text.setId("error-text");
        add(heading, text);
        if (failure.reference() != null) {
            var reference = new Paragraph(getTranslation("error.reference", failure.reference()));
            reference.setId("error-reference");
            add(reference);
        }
        add(links(event.getLocation().getPathWithQueryParameters()));
        return switch (failure.kind()) {
            case UNAVAILABLE -> HttpServletResponse.SC_SERVICE_UNAVAILABLE;
            case CONFLICT -> HttpServletResponse.SC_CONFLICT;
            case REFUSED -> HttpServletResponse.SC_BAD_REQUEST;
            default -> HttpServletResponse.SC_INTERNAL_SERVER_ERROR;
        };
    }

    /** Try the same address again (a full load, so the screen starts afresh), or go to the catalogue. */
    private Component links(String location) {
        var again = new Anchor(location, getTranslation("error.try-again"));
        again.setId("error-try-again");
        again.setRouterIgnore(true);
        var home = new Anchor("", getTranslation("error.not-found.home"));
        var links = new VerticalLayout(again, home);
        links.setPadding(false);
        return links;
    }

    @Override
    public String getPageTitle() {
        return PageTitles.named(this, title);
    }
}

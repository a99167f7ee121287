package nl.onderwijsloket.portal.ui;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.router.QueryParameters;

/**
 * An address inside the portal, relative to its root: a path and its query parameters. Built by
 * {@link Links}; shown as an {@link Anchor}, used as an {@code href} in a renderer's template, or navigated to.
 */
public record Link(String path, QueryParameters query) {

    public static Link to(String path) {
        return new Link(path, QueryParameters.empty());
    }

    public static Link to(String path, QueryParameters query) {
        return new Link(path, query);
    }

    /** "cursus/12", "boeken?editie=7". */
    public String href() {
        String queryString = query.getQueryString();
        return queryString.isEmpty() ? path : path + "?" + queryString;
    }

    public Anchor anchor(String text) {
        return new Anchor(href(), text);
    }

    /** Opens the address in the current UI, as a click on the link would. */
    public void navigate() {
        UI.getCurrent().navigate(path, query);
    }

    @Override
    public String toString() {
        return href();
    }
}

package nl.onderwijsloket.portal.ui;

import com.vaadin.flow.component.Component;

/**
 * The browser tab's title of every page, written the same way: "Mijn leren – Onderwijsloket Oost", in the
 * UI's language. A view implements {@code HasDynamicTitle} and returns one of these from
 * {@code getPageTitle()}.
 */
public final class PageTitles {

    static final String SEPARATOR = " – ";

    private PageTitles() {
    }

    /** The translation of {@code key} (with its arguments), then the portal's name. */
    public static String of(Component page, String key, Object... arguments) {
        return named(page, page.getTranslation(key, arguments));
    }

    /**
     * A title that is already text (a course's or pathway's own title, or one the view translated itself),
     * then the portal's name; only the portal's name while the page has no title yet.
     */
    public static String named(Component page, String title) {
        String portal = page.getTranslation("app.name");
        return title == null || title.isBlank() ? portal : title + SEPARATOR + portal;
    }
}

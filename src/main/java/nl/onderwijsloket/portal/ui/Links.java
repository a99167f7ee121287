package nl.onderwijsloket.portal.ui;

import com.vaadin.flow.router.QueryParameters;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.stream.Collectors;

/**
 * The addresses one screen links to on another, in one place: the route templates (which the views name
 * in their {@code @Route}) and typed builders for links to a course, a pathway, an edition and the lists
 * of an edition or a board. The shell knows the addresses, not the views, so a screen of one feature links
 * to a screen of another without depending on it (views are package-private to their feature).
 * {@code LinksTest} checks that every link opens the view it names.
 */
public final class Links {

    /** Route parameters. */
    public static final String COURSE_ID = "id";
    public static final String PATHWAY_CODE = "code";
    public static final String EDITION_ID = "editionId";
    public static final String NEW_EDITION_COURSE_ID = "courseId";
    /** Query parameter: an edition's id. */
    public static final String EDITION = "editie";
    /** Query parameter: a board's id. */
    public static final String BOARD = "bestuur";

    /** A course's page. */
    public static final String COURSE_ROUTE = "cursus/:" + COURSE_ID;
    /** A pathway's page. */
    public static final String PATHWAY_ROUTE = "leerroute/:" + PATHWAY_CODE;
    /** A provider's editor of one of its editions. */
    public static final String EDITION_ROUTE = "mijn-aanbod/editie/:" + EDITION_ID + "([0-9]{1,18})";
    /** A provider plans a new edition of its course. */
    public static final String NEW_EDITION_ROUTE = "mijn-aanbod/cursus/:" + NEW_EDITION_COURSE_ID
            + "([0-9]{1,18})/nieuwe-editie";
    /** The participants of an edition ({@link #EDITION}). */
    public static final String PARTICIPANTS_ROUTE = "deelnemers";
    /** HR books staff into an edition ({@link #EDITION}). */
    public static final String BOOKING_ROUTE = "boeken";
    /** The employees HR and coordinators see ({@link #BOARD} among the list's filters). */
    public static final String EMPLOYEES_ROUTE = "medewerkers";
    /** The sign-in page (which passes visitors on to the identity provider when there is one). */
    public static final String SIGN_IN_ROUTE = "login";

    private Links() {
    }

    public static Link course(long courseId) {
        return Link.to(fill(COURSE_ROUTE, courseId));
    }

    public static Link pathway(String code) {
        return Link.to(fill(PATHWAY_ROUTE, code));
    }

    /** The provider's editor of the edition. */
    public static Link edition(long editionId) {
        return Link.to(fill(EDITION_ROUTE, editionId));
    }

    /** The provider's form for a new edition of the course. */
    public static Link newEdition(long courseId) {
        return Link.to(fill(NEW_EDITION_ROUTE, courseId));
    }

    public static Link participants(long editionId) {
        return Link.to(PARTICIPANTS_ROUTE, QueryParameters.of(EDITION, String.valueOf(editionId)));
    }

    /** HR's booking screen with the edition chosen. */
    public static Link booking(long editionId) {
        return Link.to(BOOKING_ROUTE, QueryParameters.of(EDITION, String.valueOf(editionId)));
    }

    /** The employees of one board (for coordinators; HR sees its own board's anyway). */
    public static Link employeesOfBoard(long boardId) {
        return Link.to(EMPLOYEES_ROUTE, QueryParameters.of(BOARD, String.valueOf(boardId)));
    }

    public static Link signIn() {
        return Link.to(SIGN_IN_ROUTE);
    }

    /** The template with its parameters (":id", ":id([0-9]+)") replaced, in order, by the values. */
    static String fill(String template, Object... values) {
        String[] segments = template.split("/");
        int next = 0;
        for (int i = 0; i < segments.length; i++) {
            if (segments[i].startsWith(":")) {
                if (next == values.length) {
                    throw new IllegalArgumentException("Too few values for " + template);
                }
                segments[i] = URLEncoder.encode(String.valueOf(values[next++]), StandardCharsets.UTF_8)
                        .replace("+", "%20");
            }
        }
        if (next != values.length) {
            throw new IllegalArgumentException("Too many values for " + template);
        }
        return Arrays.stream(segments).collect(Collectors.joining("/"));
    }
}

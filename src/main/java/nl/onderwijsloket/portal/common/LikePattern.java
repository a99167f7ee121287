package nl.onderwijsloket.portal.common;

/**
 * LIKE patterns for "contains" searches on what a user typed: {@code %} and {@code _} in the text match
 * themselves, not any characters. Use the pattern with {@link #ESCAPE} after the LIKE, as in
 * {@code "c.title LIKE :text" + LikePattern.ESCAPE}; an explicit escape character works whatever the
 * server's {@code sql_mode} says about backslashes.
 */
public final class LikePattern {

    /** The clause that goes after each {@code LIKE :param}. */
    public static final String ESCAPE = " ESCAPE '!'";

    private LikePattern() {
    }

    /** A pattern matching values that contain the text (stripped); an empty text matches everything. */
    public static String containing(String text) {
        return "%" + escape(text.strip()) + "%";
    }

    /** The text with the escape character and the LIKE wildcards escaped. */
    public static String escape(String text) {
        return text.replace("!", "!!").replace("%", "!%").replace("_", "!_");
    }
}

package nl.onderwijsloket.portal.ui;

import java.util.Optional;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/**
 * Ids as they come from an address (a route or query parameter): digits only, at most 18 of them so they
 * fit a {@code long}. Anything else is no id at all, so a view can show the not-found page or ignore the
 * parameter, never fail on it.
 */
public final class Ids {

    private static final Pattern ID = Pattern.compile("[0-9]{1,18}");

    private Ids() {
    }

    public static Optional<Long> parse(@Nullable String value) {
        return value != null && ID.matcher(value).matches() ? Optional.of(Long.valueOf(value)) : Optional.empty();
    }
}

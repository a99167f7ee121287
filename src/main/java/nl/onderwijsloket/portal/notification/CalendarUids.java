package nl.onderwijsloket.portal.notification;

import java.net.URI;
import java.util.Locale;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * UIDs of calendar entries: {@code <kind>-<id>@<host of portal.base-url>}, e.g.
 * {@code meeting-42@portaal.onderwijsloket-oost.nl}. A UID depends only on the thing the entry stands for, so
 * every mail about it (to whomever) updates or removes the same entry. Each feature uses its own kind
 * ({@code meeting}, later {@code intervision-session}, ...).
 */
@Component
public class CalendarUids {

    private final String host;

    CalendarUids(@Value("${portal.base-url:http://localhost:8080}") String baseUrl) {
        String parsed = URI.create(baseUrl.strip()).getHost();
        this.host = parsed == null || parsed.isBlank() ? "localhost" : parsed.toLowerCase(Locale.ROOT);
    }

    public String of(String kind, long id) {
        if (!kind.matches("[a-z][a-z0-9-]*")) {
            throw new IllegalArgumentException("A UID kind is lower-case letters, digits and hyphens: " + kind);
        }
        return kind + "-" + id + "@" + host;
    }
}

package nl.onderwijsloket.portal.common;

import com.vaadin.flow.i18n.I18NProvider;
import jakarta.servlet.http.Cookie;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import org.springframework.context.MessageSource;
import org.springframework.context.NoSuchMessageException;
import org.springframework.stereotype.Component;

/**
 * Vaadin's translations, served from Spring's message source ({@code i18n/messages*.properties}), so
 * views and services share one set of translation files. Dutch is the default; English on request.
 */
@Component
public class PortalI18nProvider implements I18NProvider {

    public static final Locale DUTCH = Locale.of("nl");
    public static final Locale ENGLISH = Locale.ENGLISH;
    public static final List<Locale> LOCALES = List.of(DUTCH, ENGLISH);
    /** The cookie that remembers a visitor's choice of language for a year. */
    public static final String LANGUAGE_COOKIE = "portal-lang";

    private final MessageSource messages;

    PortalI18nProvider(MessageSource messages) {
        this.messages = messages;
    }

    @Override
    public List<Locale> getProvidedLocales() {
        return LOCALES;
    }

    @Override
    public String getTranslation(String key, Locale locale, Object... params) {
        try {
            return messages.getMessage(key, params, supported(locale));
        } catch (NoSuchMessageException e) {
            return "!" + key;
        }
    }

    /** The language a visitor chose (remembered in {@link #LANGUAGE_COOKIE}), Dutch when none. */
    public static Locale chosenLocale(Cookie[] cookies) {
        if (cookies == null) {
            return DUTCH;
        }
        return Arrays.stream(cookies)
                .filter(cookie -> LANGUAGE_COOKIE.equals(cookie.getName()))
                .map(cookie -> supported(Locale.forLanguageTag(cookie.getValue())))
                .findFirst()
                .orElse(DUTCH);
    }

    /** The supported locale closest to the given one: English for English, Dutch otherwise. */
    public static Locale supported(Locale locale) {
        return locale != null && ENGLISH.getLanguage().equals(locale.getLanguage()) ? ENGLISH : DUTCH;
    }
}

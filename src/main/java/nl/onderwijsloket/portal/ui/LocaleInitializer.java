package nl.onderwijsloket.portal.ui;

import com.vaadin.flow.server.ServiceInitEvent;
import com.vaadin.flow.server.VaadinRequest;
import com.vaadin.flow.server.VaadinServiceInitListener;
import jakarta.servlet.http.Cookie;
import java.util.Arrays;
import java.util.Locale;
import nl.onderwijsloket.portal.common.PortalI18nProvider;
import org.springframework.stereotype.Component;

/**
 * Every UI starts in Dutch unless the visitor chose English (remembered in the session and, for later
 * visits, in a cookie), whatever language the browser prefers: the portal is Dutch first.
 */
@Component
class LocaleInitializer implements VaadinServiceInitListener {

    static final String COOKIE = "portal-lang";

    @Override
    public void serviceInit(ServiceInitEvent event) {
        event.getSource().addUIInitListener(init -> {
            var ui = init.getUI();
            Object chosen = ui.getSession().getAttribute(COOKIE);
            Locale locale = chosen instanceof Locale l ? l : chosenLocale(VaadinRequest.getCurrent());
            ui.setLocale(locale);
            // Screen readers pick their voice from the document language.
            ui.getPage().executeJs("document.documentElement.lang = $0", locale.getLanguage());
        });
    }

    static Locale chosenLocale(VaadinRequest request) {
        Cookie[] cookies = request == null ? null : request.getCookies();
        if (cookies == null) {
            return PortalI18nProvider.DUTCH;
        }
        return Arrays.stream(cookies)
                .filter(cookie -> COOKIE.equals(cookie.getName()))
                .map(cookie -> PortalI18nProvider.supported(Locale.forLanguageTag(cookie.getValue())))
                .findFirst()
                .orElse(PortalI18nProvider.DUTCH);
    }
}

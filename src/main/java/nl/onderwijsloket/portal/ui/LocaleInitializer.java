package nl.onderwijsloket.portal.ui;

import com.vaadin.flow.server.ServiceInitEvent;
import com.vaadin.flow.server.VaadinRequest;
import com.vaadin.flow.server.VaadinServiceInitListener;
import java.util.Locale;
import nl.onderwijsloket.portal.common.PortalI18nProvider;
import org.springframework.stereotype.Component;

/**
 * Every UI starts in Dutch unless the visitor chose English (remembered in the session and, for later
 * visits, in a cookie), whatever language the browser prefers: the portal is Dutch first.
 */
@Component
class LocaleInitializer implements VaadinServiceInitListener {

    static final String COOKIE = PortalI18nProvider.LANGUAGE_COOKIE;

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
        return PortalI18nProvider.chosenLocale(request == null ? null : request.getCookies());
    }
}

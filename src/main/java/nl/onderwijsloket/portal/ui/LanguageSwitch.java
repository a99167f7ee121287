package nl.onderwijsloket.portal.ui;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.server.VaadinService;
import jakarta.servlet.http.Cookie;
import java.util.Locale;
import nl.onderwijsloket.portal.common.PortalI18nProvider;

/** Switches between Dutch and English; the choice is kept in a cookie for a year. */
class LanguageSwitch extends Button {

    LanguageSwitch() {
        addThemeVariants(ButtonVariant.LUMO_TERTIARY);
        setId("language-switch");
        addClickListener(e -> {
            Locale next = isEnglish() ? PortalI18nProvider.DUTCH : PortalI18nProvider.ENGLISH;
            var cookie = new Cookie(LocaleInitializer.COOKIE, next.getLanguage());
            cookie.setPath("/");
            cookie.setMaxAge(365 * 24 * 3600);
            cookie.setHttpOnly(true);
            var response = VaadinService.getCurrentResponse();
            if (response != null) {
                response.addCookie(cookie);
            }
            UI ui = UI.getCurrent();
            ui.getSession().setAttribute(LocaleInitializer.COOKIE, next);
            ui.setLocale(next);
            ui.getPage().reload();
        });
    }

    @Override
    protected void onAttach(com.vaadin.flow.component.AttachEvent attachEvent) {
        super.onAttach(attachEvent);
        // The label names the other language, in that language, as sites usually do.
        setText(isEnglish() ? "Nederlands" : "English");
        getElement().setAttribute("lang", isEnglish() ? "nl" : "en");
        getElement().setAttribute("aria-label", getTranslation("language.switch"));
    }

    private boolean isEnglish() {
        return PortalI18nProvider.ENGLISH.equals(getLocale());
    }
}

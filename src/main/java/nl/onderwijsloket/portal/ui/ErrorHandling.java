package nl.onderwijsloket.portal.ui;

import com.vaadin.flow.server.CustomizedSystemMessages;
import com.vaadin.flow.server.ServiceInitEvent;
import com.vaadin.flow.server.SystemMessages;
import com.vaadin.flow.server.VaadinServiceInitListener;
import com.vaadin.flow.i18n.I18NProvider;
import java.util.Locale;
import nl.onderwijsloket.portal.common.PortalI18nProvider;
import org.springframework.stereotype.Component;

/**
 * Installs the portal's error handler in every session and translates Vaadin's own system messages
 * (internal error, cookies disabled), which would otherwise be English. An expired session reloads the
 * page without a message, as Vaadin does by default.
 */
@Component
class ErrorHandling implements VaadinServiceInitListener {

    private final I18NProvider translations;

    ErrorHandling(I18NProvider translations) {
        this.translations = translations;
    }

    @Override
    public void serviceInit(ServiceInitEvent event) {
        event.getSource().addSessionInitListener(init -> init.getSession().setErrorHandler(new PortalErrorHandler()));
        event.getSource().setSystemMessagesProvider(info -> messages(info.getRequest() == null
                ? PortalI18nProvider.DUTCH : LocaleInitializer.chosenLocale(info.getRequest())));
    }

    SystemMessages messages(Locale locale) {
        var messages = new CustomizedSystemMessages();
        messages.setInternalErrorCaption(text("error.internal.title", locale));
        messages.setInternalErrorMessage(text("error.internal.text", locale));
        messages.setCookiesDisabledCaption(text("error.cookies.title", locale));
        messages.setCookiesDisabledMessage(text("error.cookies.text", locale));
        return messages;
    }

    private String text(String key, Locale locale) {
        return translations.getTranslation(key, locale);
    }
}

package nl.onderwijsloket.portal.security;

import jakarta.servlet.http.HttpServletRequest;
import nl.onderwijsloket.portal.common.PortalI18nProvider;
import org.springframework.security.oauth2.client.registration.ClientRegistrationRepository;
import org.springframework.security.oauth2.client.web.DefaultOAuth2AuthorizationRequestResolver;
import org.springframework.security.oauth2.client.web.OAuth2AuthorizationRequestRedirectFilter;
import org.springframework.security.oauth2.client.web.OAuth2AuthorizationRequestResolver;
import org.springframework.security.oauth2.core.endpoint.OAuth2AuthorizationRequest;

/**
 * Spring's authorization requests plus {@code ui_locales}, so the identity provider's login page speaks the
 * language the visitor chose in the portal (Dutch unless English was chosen), not the browser's.
 */
class LocaleAwareAuthorizationRequestResolver implements OAuth2AuthorizationRequestResolver {

    private final DefaultOAuth2AuthorizationRequestResolver delegate;

    LocaleAwareAuthorizationRequestResolver(ClientRegistrationRepository registrations) {
        delegate = new DefaultOAuth2AuthorizationRequestResolver(registrations,
                OAuth2AuthorizationRequestRedirectFilter.DEFAULT_AUTHORIZATION_REQUEST_BASE_URI);
    }

    @Override
    public OAuth2AuthorizationRequest resolve(HttpServletRequest request) {
        return withLocale(request, delegate.resolve(request));
    }

    @Override
    public OAuth2AuthorizationRequest resolve(HttpServletRequest request, String registrationId) {
        return withLocale(request, delegate.resolve(request, registrationId));
    }

    private static OAuth2AuthorizationRequest withLocale(HttpServletRequest request,
            OAuth2AuthorizationRequest authorization) {
        if (authorization == null) {
            return null;
        }
        String language = PortalI18nProvider.chosenLocale(request.getCookies()).getLanguage();
        return OAuth2AuthorizationRequest.from(authorization)
                .additionalParameters(parameters -> parameters.put("ui_locales", language))
                .build();
    }
}

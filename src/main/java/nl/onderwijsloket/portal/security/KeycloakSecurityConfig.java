package nl.onderwijsloket.portal.security;

import com.vaadin.flow.spring.security.VaadinSecurityConfigurer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Profile;
import org.springframework.security.config.Customizer;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.oauth2.client.registration.ClientRegistrationRepository;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.session.HttpSessionEventPublisher;

/**
 * Sign-in through Keycloak with OpenID Connect (profile {@code keycloak}), replacing the local form login.
 * <ul>
 * <li>Anyone who needs to sign in is sent to Keycloak ({@code /oauth2/authorization/keycloak}); the
 * login page speaks the portal's language ({@code ui_locales}).</li>
 * <li>The ID token is linked to an account by {@link PortalOidcUserService}; Keycloak's realm roles
 * become the portal's roles.</li>
 * <li>Signing out ends the Keycloak session too (RP-initiated logout, back to the portal's home page), and
 * Keycloak's back-channel logout ({@code /logout/connect/back-channel/keycloak}) ends the portal session
 * when the user signs out elsewhere or an administrator ends the session.</li>
 * </ul>
 */
@Configuration(proxyBeanMethods = false)
@Profile("keycloak")
class KeycloakSecurityConfig {

    static final String REGISTRATION = "keycloak";
    static final String SIGN_IN_PATH = "oauth2/authorization/" + REGISTRATION;

    @Bean
    SecurityFilterChain keycloakSecurityFilterChain(HttpSecurity http, ExternalSignIns signIns,
            ClientRegistrationRepository registrations) throws Exception {
        return http
                .authorizeHttpRequests(requests -> requests
                        .requestMatchers(SecurityConfig.PUBLIC_RESOURCES).permitAll())
                .oauth2Login(login -> login
                        // Set here too (Vaadin sets it later): a login page known from the start keeps Spring
                        // from generating its own at /login, which is the portal's LoginView.
                        .loginPage("/" + SIGN_IN_PATH)
                        .authorizationEndpoint(endpoint -> endpoint.authorizationRequestResolver(
                                new LocaleAwareAuthorizationRequestResolver(registrations)))
                        .userInfoEndpoint(userInfo -> userInfo.oidcUserService(new PortalOidcUserService(signIns)))
                        // Not the default (the login page plus "?error"): that is Keycloak, which would sign the
                        // user in again at once and fail again.
                        .failureUrl("/login?error"))
                .oidcLogout(logout -> logout.backChannel(Customizer.withDefaults()))
                .with(VaadinSecurityConfigurer.vaadin(), vaadin -> vaadin.oauth2LoginPage("/" + SIGN_IN_PATH))
                .build();
    }

    @Bean
    SignInPage keycloakSignInPage() {
        return new SignInPage(SIGN_IN_PATH, true);
    }

    /** Lets the back-channel logout follow session id changes and forget destroyed sessions. */
    @Bean
    HttpSessionEventPublisher httpSessionEventPublisher() {
        return new HttpSessionEventPublisher();
    }
}

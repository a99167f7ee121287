package nl.onderwijsloket.portal.security;

import com.vaadin.flow.spring.security.VaadinSecurityConfigurer;
import java.util.Map;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Profile;
import org.springframework.security.authentication.InternalAuthenticationServiceException;
import org.springframework.security.config.annotation.method.configuration.EnableMethodSecurity;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configuration.EnableWebSecurity;
import org.springframework.security.crypto.factory.PasswordEncoderFactories;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.authentication.AuthenticationFailureHandler;
import org.springframework.security.web.authentication.ExceptionMappingAuthenticationFailureHandler;

/**
 * Local form login against accounts in the database (BCrypt hashes): the embedded default. The
 * {@code keycloak} profile replaces it with OpenID Connect ({@link KeycloakSecurityConfig}). Views declare
 * their roles with {@code @RolesAllowed}/{@code @AnonymousAllowed}; services enforce them again with method
 * security.
 *
 * <p>Method security reads {@code @PreAuthorize} only, not the JSR-250 annotations: with those switched on,
 * Spring wraps every view carrying {@code @RolesAllowed} in a CGLIB proxy, so Vaadin no longer recognises
 * the view on the next navigation and builds a new one each time (see DD005). Vaadin's navigation access
 * control checks {@code @RolesAllowed} on views by itself; {@code SecurityAnnotationsTest} keeps the
 * JSR-250 annotations out of services, where they would now be silently ignored.
 */
@Configuration
@EnableWebSecurity
@EnableMethodSecurity
class SecurityConfig {

    static final String[] PUBLIC_RESOURCES = {"/styles.css", "/images/**", "/icons/**", "/error/**"};

    @Bean
    @Profile("!keycloak")
    SecurityFilterChain securityFilterChain(HttpSecurity http) throws Exception {
        return http
                .authorizeHttpRequests(requests -> requests.requestMatchers(PUBLIC_RESOURCES).permitAll())
                .with(VaadinSecurityConfigurer.vaadin(), vaadin -> vaadin.loginView("/login", "/"))
                .formLogin(form -> form.failureHandler(signInFailure()))
                .build();
    }

    /**
     * A wrong name or password sends the user back with {@code ?error}; an account that could not be looked
     * up at all (the database out of reach) with {@code ?unavailable}, so the page does not blame the password.
     */
    private static AuthenticationFailureHandler signInFailure() {
        var handler = new ExceptionMappingAuthenticationFailureHandler();
        handler.setExceptionMappings(Map.of(InternalAuthenticationServiceException.class.getName(),
                "/login?unavailable"));
        handler.setDefaultFailureUrl("/login?error");
        return handler;
    }

    @Bean
    @Profile("!keycloak")
    SignInPage localSignInPage() {
        return new SignInPage("login", false);
    }

    @Bean
    PasswordEncoder passwordEncoder() {
        return PasswordEncoderFactories.createDelegatingPasswordEncoder();
    }
}

package nl.onderwijsloket.portal.security;

import com.vaadin.flow.spring.security.VaadinAwareSecurityContextHolderStrategy;
import com.vaadin.flow.spring.security.VaadinSecurityConfigurer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Profile;
import org.springframework.security.config.annotation.method.configuration.EnableMethodSecurity;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configuration.EnableWebSecurity;
import org.springframework.security.core.context.SecurityContextHolderStrategy;
import org.springframework.security.crypto.factory.PasswordEncoderFactories;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.web.SecurityFilterChain;

/**
 * Local form login against accounts in the database (BCrypt hashes): the embedded default. The
 * {@code keycloak} profile replaces it with OpenID Connect ({@link KeycloakSecurityConfig}). Views declare
 * their roles with {@code @RolesAllowed}/{@code @AnonymousAllowed}; services enforce them again with method
 * security.
 */
@Configuration
@EnableWebSecurity
@EnableMethodSecurity(jsr250Enabled = true)
class SecurityConfig {

    static final String[] PUBLIC_RESOURCES = {"/styles.css", "/images/**", "/icons/**"};

    /**
     * Vaadin's security context holder (it prefers the Vaadin session's context), one per JVM. Every Spring
     * context installs its strategy in the JVM-wide {@code SecurityContextHolder}; with a strategy per context,
     * a second context in the same JVM (tests with another profile or web environment) would leave the first
     * one's method security reading a different thread-local than the one its callers write.
     */
    private static final SecurityContextHolderStrategy SECURITY_CONTEXT_HOLDER =
            new VaadinAwareSecurityContextHolderStrategy();

    @Bean
    @Profile("!keycloak")
    SecurityFilterChain securityFilterChain(HttpSecurity http) throws Exception {
        return http
                .authorizeHttpRequests(requests -> requests.requestMatchers(PUBLIC_RESOURCES).permitAll())
                .with(VaadinSecurityConfigurer.vaadin(), vaadin -> vaadin.loginView("/login", "/"))
                .build();
    }

    @Bean
    @Profile("!keycloak")
    SignInPage localSignInPage() {
        return new SignInPage("login", false);
    }

    @Bean
    SecurityContextHolderStrategy securityContextHolderStrategy() {
        return SECURITY_CONTEXT_HOLDER;
    }

    @Bean
    PasswordEncoder passwordEncoder() {
        return PasswordEncoderFactories.createDelegatingPasswordEncoder();
    }
}

package org.priorauth.intake.api;

import static org.springframework.security.config.Customizer.withDefaults;

import javax.sql.DataSource;
import org.priorauth.intake.users.DeskRole;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpMethod;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.crypto.factory.PasswordEncoderFactories;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.provisioning.JdbcUserDetailsManager;
import org.springframework.security.web.SecurityFilterChain;

/**
 * Every call needs a signed-in user (CONTRACT.md); only the bare health probe is open, and it tells nothing.
 * Two doors: the API for scripts (HTTP Basic, no session, so no CSRF token to carry) and the desk for people
 * (a sign-in form, a session cookie, CSRF tokens on every form). Both check roles the same way: admins tune
 * rules and manage users; the reviewing roles decide documents; everyone signed in reads and works their tasks.
 */
@Configuration(proxyBeanMethods = false)
class SecurityConfig {

    /** Reviewers, with the role the first builds gave every staff account. */
    private static final String[] REVIEWERS = withLegacyStaff(DeskRole.REVIEWERS);

    private static final String[] DECISIONS = {
        "/api/documents/*/review",
        "/api/documents/*/attach",
        "/api/documents/*/case",
        "/api/documents/*/fields",
        "/api/documents/*/type",
        "/api/documents/*/retry"
    };

    /** The desk's pages run only their own code and style: text from a letter can never load or run a script. */
    private static final String CONTENT_POLICY = "default-src 'self'; script-src 'self'; style-src 'self'; "
            + "img-src 'self' data:; object-src 'none'; base-uri 'none'; form-action 'self'; frame-ancestors 'none'";

    @Bean
    @Order(1)
    SecurityFilterChain api(
            HttpSecurity http, JdbcUserDetailsManager users, PasswordEncoder encoder, java.time.Clock clock)
            throws Exception {
        return http.securityMatcher("/api/**", "/actuator/**", "/v3/api-docs/**")
                // scripts send their password on every call: a login checked in the last minute is not hashed again
                .authenticationManager(new org.springframework.security.authentication.ProviderManager(
                        new RecentlyVerifiedLogins(users, encoder, clock)))
                .authorizeHttpRequests(requests -> requests.requestMatchers(
                                "/actuator/health", "/actuator/health/liveness", "/actuator/health/readiness")
                        .permitAll()
                        // what a Prometheus server scrapes: counts and timings, never a patient's data
                        .requestMatchers("/actuator/prometheus")
                        .permitAll()
                        // publishing rules changes what the system does with every letter: admins only, and so is
                        // replaying every stored document in a dry run or a proposal
                        .requestMatchers("/api/rules/*/dry-run", "/api/rules/proposals", "/api/users/**")
                        .hasRole("ADMIN")
                        .requestMatchers(HttpMethod.PUT, "/api/rules/**")
                        .hasRole("ADMIN")
                        .requestMatchers(HttpMethod.POST, DECISIONS)
                        .hasAnyRole(REVIEWERS)
                        .anyRequest()
                        .authenticated())
                .httpBasic(withDefaults())
                .sessionManagement(session -> session.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
                .csrf(csrf -> csrf.disable())
                .build();
    }

    @Bean
    @Order(2)
    SecurityFilterChain desk(HttpSecurity http) throws Exception {
        return http.authorizeHttpRequests(requests -> requests.requestMatchers("/login", "/desk.css", "/error")
                        .permitAll()
                        .requestMatchers("/desk/admin/**")
                        .hasRole("ADMIN")
                        .requestMatchers(HttpMethod.POST, "/desk/documents/**")
                        .hasAnyRole(REVIEWERS)
                        .anyRequest()
                        .authenticated())
                .formLogin(form -> form.loginPage("/login").defaultSuccessUrl("/desk", false))
                .logout(logout -> logout.logoutUrl("/logout").logoutSuccessUrl("/login?signedOut"))
                .headers(headers -> headers.contentSecurityPolicy(csp -> csp.policyDirectives(CONTENT_POLICY)))
                .build();
    }

    @Bean
    JdbcUserDetailsManager users(DataSource dataSource) {
        return new JdbcUserDetailsManager(dataSource);
    }

    @Bean
    PasswordEncoder passwordEncoder() {
        return PasswordEncoderFactories.createDelegatingPasswordEncoder();
    }

    private static String[] withLegacyStaff(String[] roles) {
        String[] all = java.util.Arrays.copyOf(roles, roles.length + 1);
        all[roles.length] = "STAFF";
        return all;
    }
}

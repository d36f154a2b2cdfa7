package org.priorauth.intake.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.DisabledException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.userdetails.User;
import org.springframework.security.crypto.factory.PasswordEncoderFactories;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.provisioning.InMemoryUserDetailsManager;

/** A script's login is not hashed again within a minute, and nothing about the account may change meanwhile. */
class RecentlyVerifiedLoginsTest {

    private final PasswordEncoder encoder = PasswordEncoderFactories.createDelegatingPasswordEncoder();
    private final InMemoryUserDetailsManager users = new InMemoryUserDetailsManager(User.withUsername("intake-bot")
            .password(encoder.encode("s3cret-scripts"))
            .roles("STAFF")
            .build());
    private Instant now = Instant.parse("2027-03-01T09:00:00Z");
    private final Clock clock = new Clock() {
        @Override
        public ZoneOffset getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(java.time.ZoneId zone) {
            return this;
        }

        @Override
        public Instant instant() {
            return now;
        }
    };
    private final RecentlyVerifiedLogins logins = new RecentlyVerifiedLogins(users, encoder, clock);

    private Authentication login(String password) {
        return logins.authenticate(UsernamePasswordAuthenticationToken.unauthenticated("intake-bot", password));
    }

    @Test
    void aLoginVerifiedAMinuteAgoIsTakenWithoutHashingAndAWrongPasswordIsStillRefused() {
        long first = System.nanoTime();
        Authentication verified = login("s3cret-scripts");
        long hashed = System.nanoTime() - first;
        long again = System.nanoTime();
        assertThat(login("s3cret-scripts")).isSameAs(verified);
        long remembered = System.nanoTime() - again;
        // the point of it: the second check does not pay BCrypt's price (tens of milliseconds here)
        assertThat(remembered).isLessThan(hashed / 5);
        assertThatThrownBy(() -> login("s3cret-scripts ")).isInstanceOf(BadCredentialsException.class);

        // after a minute it is checked in full again
        now = now.plusSeconds(61);
        assertThat(login("s3cret-scripts")).isNotSameAs(verified);
    }

    @Test
    void aChangedPasswordADisabledAccountOrOtherRolesEndTheRememberedLoginAtOnce() {
        login("s3cret-scripts");
        users.updateUser(User.withUsername("intake-bot")
                .password(encoder.encode("rotated-2027"))
                .roles("STAFF")
                .build());
        assertThatThrownBy(() -> login("s3cret-scripts")).isInstanceOf(BadCredentialsException.class);

        Authentication rotated = login("rotated-2027");
        users.updateUser(User.withUsername("intake-bot")
                .password(users.loadUserByUsername("intake-bot").getPassword())
                .roles("STAFF", "ADMIN")
                .build());
        assertThat(login("rotated-2027").getAuthorities())
                .extracting(Object::toString)
                .contains("ROLE_ADMIN");
        assertThat(rotated.getAuthorities()).extracting(Object::toString).doesNotContain("ROLE_ADMIN");

        users.updateUser(User.withUsername("intake-bot")
                .password(users.loadUserByUsername("intake-bot").getPassword())
                .roles("STAFF")
                .disabled(true)
                .build());
        assertThatThrownBy(() -> login("rotated-2027")).isInstanceOf(DisabledException.class);
    }
}

package org.priorauth.intake.api;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.HexFormat;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.springframework.security.authentication.AuthenticationProvider;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.authentication.dao.DaoAuthenticationProvider;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.crypto.password.PasswordEncoder;

/**
 * HTTP Basic for scripts without a password hash per request. A script sends its password with every call; checking
 * it against the stored BCrypt hash each time cost most of the CPU of a benchmark that polled the API (a profile
 * showed BCrypt in 78% of the samples, taken from the OCR it was measuring). A login verified in the last minute is
 * taken again without the hash, keyed by a SHA-256 of the name and password (the password itself is never kept),
 * and only while the account read afresh is the same: enabled, the same stored hash (a changed or reset password
 * ends it at once) and the same roles. Anything else, or a wrong password, goes through the full check.
 */
final class RecentlyVerifiedLogins implements AuthenticationProvider {

    static final Duration REMEMBERED = Duration.ofSeconds(60);
    private static final int MOST = 1000;

    /** @param roles the account's own authorities when verified (the login adds a factor of its own to them) */
    private record Verified(
            Authentication authentication,
            String storedHash,
            java.util.Collection<? extends org.springframework.security.core.GrantedAuthority> roles,
            Instant at) {}

    private final DaoAuthenticationProvider fullCheck;
    private final UserDetailsService users;
    private final Clock clock;
    private final Map<String, Verified> recent = new ConcurrentHashMap<>();

    RecentlyVerifiedLogins(UserDetailsService users, PasswordEncoder encoder, Clock clock) {
        this.fullCheck = new DaoAuthenticationProvider(users);
        this.fullCheck.setPasswordEncoder(encoder);
        this.users = users;
        this.clock = clock;
    }

    @Override
    public Authentication authenticate(Authentication login) throws AuthenticationException {
        String name = login.getName();
        Object password = login.getCredentials();
        if (name == null || !(password instanceof String given)) return fullCheck.authenticate(login);
        String key = key(name, given);
        Verified earlier = recent.get(key);
        Instant now = clock.instant();
        if (earlier != null && now.isBefore(earlier.at().plus(REMEMBERED))) {
            UserDetails account = users.loadUserByUsername(name);
            if (account.isEnabled()
                    && account.isAccountNonLocked()
                    && account.isAccountNonExpired()
                    && account.isCredentialsNonExpired()
                    && account.getPassword().equals(earlier.storedHash())
                    && java.util.Set.copyOf(account.getAuthorities()).equals(java.util.Set.copyOf(earlier.roles()))) {
                return earlier.authentication();
            }
            recent.remove(key);
        }
        Authentication verified = fullCheck.authenticate(login);
        if (verified != null && verified.getPrincipal() instanceof UserDetails account) {
            if (recent.size() >= MOST) recent.clear();
            recent.put(key, new Verified(verified, account.getPassword(), account.getAuthorities(), now));
        }
        return verified;
    }

    @Override
    public boolean supports(Class<?> authentication) {
        return UsernamePasswordAuthenticationToken.class.isAssignableFrom(authentication);
    }

    private static String key(String name, String password) {
        try {
            MessageDigest sha = MessageDigest.getInstance("SHA-256");
            return HexFormat.of().formatHex(sha.digest((name + "\u0000" + password).getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}

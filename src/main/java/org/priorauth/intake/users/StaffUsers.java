package org.priorauth.intake.users;

import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.priorauth.intake.audit.AuditTrail;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The user directory, in the tables Spring Security's {@code JdbcUserDetailsManager} signs in from (users,
 * authorities) with a full name and a must-change flag beside. Every change is audited with who made it;
 * passwords are stored only as hashes and never audited.
 */
@Service
public class StaffUsers {

    /** A change the directory refuses: the message says why, for the admin who asked. */
    public static class Refused extends RuntimeException {
        public Refused(String message) {
            super(message);
        }
    }

    /** Long enough to resist guessing at a desk where letters hold patient data. */
    public static final int MIN_PASSWORD_LENGTH = 10;

    private final JdbcClient db;
    private final PasswordEncoder encoder;
    private final AuditTrail audit;

    public StaffUsers(JdbcClient db, PasswordEncoder encoder, AuditTrail audit) {
        this.db = db;
        this.encoder = encoder;
        this.audit = audit;
    }

    public List<StaffUser> all() {
        return load(null);
    }

    /** One user (asked on every page of the desk: one user's rows, not the directory's). */
    public Optional<StaffUser> find(String username) {
        return load(username).stream().findFirst();
    }

    /** Users with their roles: all of them, or the one named. */
    private List<StaffUser> load(String username) {
        String where = username == null ? "" : " where username = :username";
        Map<String, Object> params = username == null ? Map.of() : Map.of("username", username);
        Map<String, StaffUser> users = new LinkedHashMap<>();
        db.sql("select username, full_name, enabled, must_change_password from users" + where + " order by username")
                .params(params)
                .query((rs, n) -> new StaffUser(
                        rs.getString("username"),
                        rs.getString("full_name"),
                        EnumSet.noneOf(DeskRole.class),
                        rs.getBoolean("enabled"),
                        rs.getBoolean("must_change_password")))
                .list()
                .forEach(u -> users.put(u.username(), u));
        db.sql("select username, authority from authorities" + where)
                .params(params)
                .query((rs, n) -> {
                    StaffUser u = users.get(rs.getString("username"));
                    if (u != null)
                        role(rs.getString("authority")).ifPresent(r -> u.roles().add(r));
                    return null;
                })
                .list();
        return List.copyOf(users.values());
    }

    private void grant(String username, java.util.Collection<DeskRole> roles) {
        for (DeskRole r : roles) {
            db.sql("insert into authorities (username, authority) values (?, ?)")
                    .params(username, r.authority())
                    .update();
        }
    }

    @Transactional
    public StaffUser create(String username, String fullName, Set<DeskRole> roles, String password, String actor) {
        if (username == null || !username.matches("[A-Za-z0-9._-]{2,100}")) {
            throw new Refused("a user name is 2 to 100 letters, digits, dots, dashes or underscores");
        }
        if (roles == null || roles.isEmpty()) throw new Refused("give the user at least one role");
        if (find(username).isPresent()) throw new Refused("there is already a user " + username);
        checkStrength(password);
        db.sql(
                        "insert into users (username, password, enabled, full_name, must_change_password) values (?, ?, true, ?, true)")
                .params(username, encoder.encode(password), blankToNull(fullName))
                .update();
        grant(username, roles);
        audit.record(
                actor,
                "user.created",
                null,
                null,
                Map.of(
                        "user",
                        username,
                        "roles",
                        roles.stream().map(Enum::name).sorted().toList()));
        return find(username).orElseThrow();
    }

    @Transactional
    public StaffUser setRoles(String username, Set<DeskRole> roles, String actor) {
        StaffUser user = find(username).orElseThrow();
        if (roles.isEmpty()) throw new Refused("give the user at least one role");
        if (user.has(DeskRole.ADMIN) && !roles.contains(DeskRole.ADMIN)) keepAnAdmin(username);
        db.sql("delete from authorities where username = ? and authority like 'ROLE_%'")
                .param(username)
                .update();
        grant(username, roles);
        audit.record(
                actor,
                "user.roles-changed",
                null,
                null,
                Map.of(
                        "user",
                        username,
                        "roles",
                        roles.stream().map(Enum::name).sorted().toList()));
        return find(username).orElseThrow();
    }

    /** Disabled, not deleted: the audit trail still names them, and they cannot sign in. */
    @Transactional
    public StaffUser setEnabled(String username, boolean enabled, String actor) {
        StaffUser user = find(username).orElseThrow();
        if (!enabled && username.equals(actor)) throw new Refused("you cannot disable yourself");
        if (!enabled && user.has(DeskRole.ADMIN)) keepAnAdmin(username);
        db.sql("update users set enabled = ? where username = ?")
                .params(enabled, username)
                .update();
        audit.record(actor, enabled ? "user.enabled" : "user.disabled", null, null, Map.of("user", username));
        return find(username).orElseThrow();
    }

    /** An admin sets a temporary password; the user chooses their own at the next sign-in. */
    @Transactional
    public void resetPassword(String username, String temporary, String actor) {
        find(username).orElseThrow();
        checkStrength(temporary);
        db.sql("update users set password = ?, must_change_password = true where username = ?")
                .params(encoder.encode(temporary), username)
                .update();
        audit.record(actor, "user.password-reset", null, null, Map.of("user", username));
    }

    /** A person's own new password, given their current one. */
    @Transactional
    public void changeOwnPassword(String username, String current, String chosen) {
        String hash = db.sql("select password from users where username = ?")
                .param(username)
                .query(String.class)
                .single();
        if (!encoder.matches(current, hash)) throw new Refused("the current password is not right");
        if (current.equals(chosen)) throw new Refused("choose a password other than the current one");
        checkStrength(chosen);
        db.sql("update users set password = ?, must_change_password = false where username = ?")
                .params(encoder.encode(chosen), username)
                .update();
        audit.record(username, "user.password-changed", null, null, Map.of("user", username));
    }

    /**
     * The bootstrap administrator: created when absent; when {@code password} is given by property it is the
     * password from then on (set again at each start), else the demo's default that the desk makes the admin
     * change at the first sign-in.
     *
     * @return what was done, for the start-up log
     */
    @Transactional
    public String bootstrapAdmin(String username, String password, boolean setByProperty) {
        Optional<String> hash = db.sql("select password from users where username = ?")
                .param(username)
                .query(String.class)
                .optional();
        if (hash.isEmpty()) {
            db.sql(
                            "insert into users (username, password, enabled, full_name, must_change_password) values (?, ?, true, ?, ?)")
                    .params(username, encoder.encode(password), "Administrator", !setByProperty)
                    .update();
            grant(username, List.of(DeskRole.ADMIN, DeskRole.INTAKE_STAFF));
            audit.record(AuditTrail.SYSTEM, "user.created", null, null, Map.of("user", username, "roles", "ADMIN"));
            return "created";
        }
        if (setByProperty && !encoder.matches(password, hash.get())) {
            db.sql("update users set password = ?, must_change_password = false, enabled = true where username = ?")
                    .params(encoder.encode(password), username)
                    .update();
            audit.record(
                    AuditTrail.SYSTEM, "user.password-reset", null, null, Map.of("user", username, "by", "property"));
            return "password set from the property";
        }
        return "unchanged";
    }

    public boolean mustChangePassword(String username) {
        return db.sql("select must_change_password from users where username = ?")
                .param(username)
                .query(Boolean.class)
                .optional()
                .orElse(false);
    }

    private void keepAnAdmin(String leaving) {
        long others = db.sql(
                        """
                        select count(*) from users u join authorities a on a.username = u.username
                        where a.authority = 'ROLE_ADMIN' and u.enabled and u.username <> ?""")
                .param(leaving)
                .query(Long.class)
                .single();
        if (others == 0) throw new Refused("the desk needs at least one enabled admin");
    }

    private static void checkStrength(String password) {
        if (password == null || password.length() < MIN_PASSWORD_LENGTH) {
            throw new Refused("a password has at least " + MIN_PASSWORD_LENGTH + " characters");
        }
    }

    private static Optional<DeskRole> role(String authority) {
        if (!authority.startsWith("ROLE_")) return Optional.empty();
        String name = authority.substring("ROLE_".length());
        if (name.equals("STAFF")) return Optional.of(DeskRole.INTAKE_STAFF); // the role the first builds gave
        for (DeskRole r : DeskRole.values()) if (r.name().equals(name)) return Optional.of(r);
        return Optional.empty();
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }
}

package org.priorauth.intake.users;

import java.util.List;
import java.util.Set;

/** A person who signs in; {@code fullName} is how staff.yaml and tasks name them. */
public record StaffUser(
        String username, String fullName, Set<DeskRole> roles, boolean enabled, boolean mustChangePassword) {

    /** The names tasks may be assigned under: the sign-in name, and the full name when there is one. */
    public List<String> names() {
        return fullName == null || fullName.isBlank() ? List.of(username) : List.of(username, fullName);
    }

    public boolean has(DeskRole role) {
        return roles.contains(role);
    }
}

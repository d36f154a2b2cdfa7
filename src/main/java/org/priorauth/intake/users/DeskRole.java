package org.priorauth.intake.users;

import java.util.Optional;
import org.priorauth.intake.tasks.StaffRole;

/**
 * What a signed-in person may do at the desk. The four roles tasks are routed to are {@link StaffRole}'s, by the
 * same names; intake staff review what the system was unsure of; admins also tune rules and manage users.
 */
public enum DeskRole {
    INTAKE_STAFF("Intake staff"),
    AUTHORIZATION_SPECIALIST("Authorization specialist"),
    BIOLOGICS_COORDINATOR("Biologics coordinator"),
    NURSE_OR_MEDICAL_ASSISTANT("Nurse or medical assistant"),
    CLINICIAN("Clinician"),
    ADMIN("Administrator");

    /** The roles that decide documents in review: they read letters and know the cases. */
    public static final String[] REVIEWERS = {
        "INTAKE_STAFF", "AUTHORIZATION_SPECIALIST", "BIOLOGICS_COORDINATOR", "ADMIN"
    };

    private final String label;

    DeskRole(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }

    /** The Spring Security authority of this role. */
    public String authority() {
        return "ROLE_" + name();
    }

    /** The task role of the same name, for roles that are routed tasks. */
    public Optional<StaffRole> taskRole() {
        for (StaffRole r : StaffRole.values()) if (r.name().equals(name())) return Optional.of(r);
        return Optional.empty();
    }
}

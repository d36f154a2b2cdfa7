package org.priorauth.intake.tasks;

/** Who at the PA desk does a task. */
public enum StaffRole {
    BIOLOGICS_COORDINATOR,
    AUTHORIZATION_SPECIALIST,
    NURSE_OR_MEDICAL_ASSISTANT,
    CLINICIAN
}

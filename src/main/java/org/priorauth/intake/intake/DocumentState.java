package org.priorauth.intake.intake;

/** The names are part of the API (CONTRACT.md). */
public enum DocumentState {
    PROCESSING,
    PROCESSED,
    NEEDS_REVIEW,
    FAILED
}

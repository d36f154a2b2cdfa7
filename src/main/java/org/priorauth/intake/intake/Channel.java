package org.priorauth.intake.intake;

/** Where a document came in. The names are part of the API (CONTRACT.md). */
public enum Channel {
    FAX,
    EMAIL,
    PORTAL
}

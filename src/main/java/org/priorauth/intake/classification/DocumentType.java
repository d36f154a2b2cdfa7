package org.priorauth.intake.classification;

/** The five types of CONTRACT.md; the names are part of the API. */
public enum DocumentType {
    DENIAL,
    MORE_INFO_REQUEST,
    APPROVAL,
    PHARMACY_NOTICE,
    OTHER
}

package org.priorauth.intake.requirements;

/** What kind of chart fact a case holds. Severity measures are kept apart: a payer asks for one by name. */
public enum FactKind {
    DIAGNOSIS,
    BSA,
    PASI,
    EASI,
    IGA,
    DLQI,
    HURLEY_STAGE,
    PRIOR_THERAPY,
    LAB,
    PHOTO,
    VISIT_NOTE,
    PRESCRIBER_SPECIALTY
}

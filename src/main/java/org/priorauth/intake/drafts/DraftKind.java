package org.priorauth.intake.drafts;

public enum DraftKind {
    REQUESTED_ITEMS_CHECKLIST,
    APPEAL_LETTER,
    PATIENT_MESSAGE
}

package org.priorauth.intake.drafts;

public enum DraftStatus {
    DRAFT,
    APPROVED,
    REJECTED
}

package org.priorauth.intake.cases;

import java.util.EnumSet;
import java.util.Map;
import java.util.Set;

/**
 * Where a PA case stands, and where it may go from there. Documents and staff move cases only along these
 * transitions; a relayed or late copy of a decision already recorded links to the case without moving it.
 */
public enum CaseStatus {
    /** Opened from a prescription decision, not yet sent: the submission check lists what is still missing. */
    PREPARING,
    SUBMITTED,
    INFO_REQUESTED,
    DENIED,
    PARTIALLY_APPROVED,
    APPEAL_IN_PROGRESS,
    APPROVED,
    CLOSED;

    private static final Map<CaseStatus, Set<CaseStatus>> NEXT = Map.of(
            // staff send it (or close it); a payer's letter that arrives first still counts
            PREPARING, EnumSet.of(SUBMITTED, INFO_REQUESTED, DENIED, PARTIALLY_APPROVED, APPROVED, CLOSED),
            SUBMITTED, EnumSet.of(INFO_REQUESTED, DENIED, PARTIALLY_APPROVED, APPROVED, CLOSED),
            // information sent back: the request is with the payer again
            INFO_REQUESTED, EnumSet.of(SUBMITTED, DENIED, PARTIALLY_APPROVED, APPROVED, CLOSED),
            // after a denial: appeal, resubmit, or the payer reverses itself
            DENIED, EnumSet.of(APPEAL_IN_PROGRESS, SUBMITTED, APPROVED, CLOSED),
            PARTIALLY_APPROVED, EnumSet.of(APPEAL_IN_PROGRESS, SUBMITTED, APPROVED, CLOSED),
            APPEAL_IN_PROGRESS, EnumSet.of(INFO_REQUESTED, DENIED, PARTIALLY_APPROVED, APPROVED, CLOSED),
            APPROVED, EnumSet.of(CLOSED),
            CLOSED, EnumSet.noneOf(CaseStatus.class));

    public boolean canMoveTo(CaseStatus next) {
        return NEXT.get(this).contains(next);
    }

    public boolean isOpen() {
        return this != CLOSED;
    }

    /** A payer's decision on the request (the end of "time to decision"). */
    public boolean isDecision() {
        return this == DENIED || this == PARTIALLY_APPROVED || this == APPROVED;
    }
}

package org.priorauth.intake.cases;

import java.util.EnumSet;
import java.util.Map;
import java.util.Set;

/**
 * Where a PA case stands. A document may only move a case forward: a relayed or late copy of a decision
 * already recorded links to the case but does not move it back.
 */
public enum CaseStatus {
    SUBMITTED,
    INFO_REQUESTED,
    DENIED,
    APPEAL_IN_PROGRESS,
    APPROVED,
    CLOSED;

    private static final Map<CaseStatus, Set<CaseStatus>> NEXT = Map.of(
            SUBMITTED, EnumSet.of(INFO_REQUESTED, DENIED, APPROVED, CLOSED),
            INFO_REQUESTED, EnumSet.of(SUBMITTED, DENIED, APPROVED, CLOSED),
            DENIED, EnumSet.of(APPEAL_IN_PROGRESS, SUBMITTED, APPROVED, CLOSED),
            APPEAL_IN_PROGRESS, EnumSet.of(INFO_REQUESTED, DENIED, APPROVED, CLOSED),
            APPROVED, EnumSet.of(CLOSED),
            CLOSED, EnumSet.noneOf(CaseStatus.class));

    public boolean canMoveTo(CaseStatus next) {
        return NEXT.get(this).contains(next);
    }

    public boolean isOpen() {
        return this != CLOSED;
    }
}

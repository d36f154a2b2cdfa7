package org.priorauth.intake.cases;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.LinkedHashMap;
import java.util.Map;
import org.priorauth.intake.audit.AuditTrail;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Moves cases through their lifecycle, for documents and for staff alike: only along allowed transitions,
 * recorded in the status history and the audit trail, announced as {@link CaseMoved} so the tasks of the
 * old status can close.
 */
@Service
public class CaseLifecycle {

    /** Published after a case changed status (in the same transaction). */
    public record CaseMoved(long caseId, CaseStatus from, CaseStatus to, String actor) {}

    /** What became of a move a document asked for. */
    public enum Result {
        MOVED,
        ALREADY_THERE,
        NOT_ALLOWED,
        LATE_COPY
    }

    /** A staff member asked for a move the lifecycle does not allow. */
    public static class TransitionNotAllowed extends RuntimeException {
        public TransitionNotAllowed(CaseStatus from, CaseStatus to) {
            super("a case cannot move from " + from + " to " + to);
        }
    }

    private final CaseRepository cases;
    private final AuditTrail audit;
    private final ApplicationEventPublisher events;

    public CaseLifecycle(CaseRepository cases, AuditTrail audit, ApplicationEventPublisher events) {
        this.cases = cases;
        this.audit = audit;
        this.events = events;
    }

    /**
     * A document's move. A decision dated before the case entered its current status (when that status is
     * already past SUBMITTED) is a late or relayed copy: the document stays linked, the case does not move.
     */
    @Transactional
    public Result moveByDocument(long caseId, CaseStatus to, long documentId, LocalDate decisionDate) {
        PriorAuthCase paCase = cases.findForUpdate(caseId).orElseThrow();
        CaseStatus from = paCase.status();
        if (from == to) return Result.ALREADY_THERE;
        LocalDate enteredCurrent =
                paCase.statusChangedAt().atZone(ZoneId.systemDefault()).toLocalDate();
        Result result;
        if (!from.canMoveTo(to)) {
            result = Result.NOT_ALLOWED;
        } else if (from != CaseStatus.SUBMITTED
                && from != CaseStatus.PREPARING
                && decisionDate != null
                && decisionDate.isBefore(enteredCurrent)) {
            result = Result.LATE_COPY;
        } else {
            move(paCase, to, AuditTrail.SYSTEM, documentId);
            return Result.MOVED;
        }
        Map<String, Object> detail = new LinkedHashMap<>();
        detail.put("status", from.name());
        detail.put("notMovedTo", to.name());
        detail.put(
                "why",
                result == Result.LATE_COPY
                        ? "decision dated " + decisionDate + ", before the case became " + from
                        : "the lifecycle does not go from " + from + " to " + to);
        audit.record(AuditTrail.SYSTEM, "case.status-kept", documentId, caseId, detail);
        return result;
    }

    /** A staff member's move; refused when the lifecycle does not allow it. */
    @Transactional
    public PriorAuthCase moveByStaff(long caseId, CaseStatus to, String actor, String note) {
        PriorAuthCase paCase = cases.findForUpdate(caseId).orElseThrow();
        if (paCase.status() == to) return paCase;
        if (!paCase.status().canMoveTo(to)) throw new TransitionNotAllowed(paCase.status(), to);
        move(paCase, to, actor, null);
        if (note != null && !note.isBlank()) audit.record(actor, "case.note", null, caseId, Map.of("note", note));
        return cases.find(caseId).orElseThrow();
    }

    private void move(PriorAuthCase paCase, CaseStatus to, String actor, Long documentId) {
        cases.moveTo(paCase.id(), paCase.status(), to, actor, documentId);
        audit.record(
                actor,
                "case.status-changed",
                documentId,
                paCase.id(),
                Map.of("from", paCase.status().name(), "to", to.name()));
        events.publishEvent(new CaseMoved(paCase.id(), paCase.status(), to, actor));
    }
}

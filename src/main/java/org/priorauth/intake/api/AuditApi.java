package org.priorauth.intake.api;

import java.util.List;
import org.priorauth.intake.audit.AuditTrail;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** The audit trail of a case or a document: what the system read and decided, what staff changed. */
@RestController
class AuditApi {

    private final AuditTrail audit;

    AuditApi(AuditTrail audit) {
        this.audit = audit;
    }

    @GetMapping("/api/audit")
    List<AuditTrail.AuditEvent> events(
            @RequestParam(required = false) Long caseId, @RequestParam(required = false) Long documentId) {
        return audit.events(caseId, documentId);
    }
}

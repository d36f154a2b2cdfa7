package org.priorauth.intake.cases;

import java.util.Map;
import org.priorauth.intake.audit.AuditTrail;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Staff's changes to cases, each audited with who made it. */
@Service
public class CaseService {

    private final CaseRepository cases;
    private final AuditTrail audit;

    public CaseService(CaseRepository cases, AuditTrail audit) {
        this.cases = cases;
        this.audit = audit;
    }

    @Transactional
    public PriorAuthCase open(
            String actor, Patient patient, String payer, String drug, String paReference, CaseStatus status) {
        PriorAuthCase created =
                cases.create(patient, payer, drug, paReference, status == null ? CaseStatus.SUBMITTED : status);
        audit.record(
                actor,
                "case.created",
                null,
                created.id(),
                Map.of("status", created.status().name()));
        return created;
    }
}

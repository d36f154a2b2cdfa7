package org.priorauth.intake.drafts;

import java.time.Instant;
import java.util.List;

public record Draft(
        long id,
        long caseId,
        Long documentId,
        DraftKind kind,
        String body,
        List<DraftSource> sources,
        List<String> missing,
        DraftStatus status,
        String decidedBy,
        Instant decidedAt) {}

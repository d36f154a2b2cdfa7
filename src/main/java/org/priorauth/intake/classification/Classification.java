package org.priorauth.intake.classification;

import java.util.List;
import java.util.Map;

/**
 * A document's type, how sure the rules are (0..1), and why; {@code scores} is what the rules' evidence added up
 * to for each type they found any for, the runners-up too (empty when the rules did not read the document).
 */
public record Classification(
        DocumentType type,
        double confidence,
        boolean confident,
        List<Evidence> evidence,
        Map<DocumentType, Double> scores) {

    public Classification {
        evidence = List.copyOf(evidence);
        scores = Map.copyOf(scores);
    }

    public Classification(DocumentType type, double confidence, boolean confident, List<Evidence> evidence) {
        this(type, confidence, confident, evidence, Map.of());
    }
}

package org.priorauth.intake.classification;

import java.util.List;
import java.util.Map;

/**
 * A document's type, how sure the rules are (0..1), and why; {@code scores} is what the rules' evidence added up
 * to for each type, the runners-up too.
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
}

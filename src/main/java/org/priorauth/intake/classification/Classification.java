package org.priorauth.intake.classification;

import java.util.List;

/** A document's type, how sure the rules are (0..1), and why. */
public record Classification(DocumentType type, double confidence, boolean confident, List<Evidence> evidence) {

    public Classification {
        evidence = List.copyOf(evidence);
    }
}

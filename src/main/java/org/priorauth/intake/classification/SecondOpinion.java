package org.priorauth.intake.classification;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * How the letter model's opinion is weighed with the rules'. When both name the same type, each makes the
 * other surer. When they differ, the rules name the type if they are sure (an admin's rule is not overruled,
 * only doubted), else the model does, and the other's certainty takes confidence away: a document the two
 * disagree on goes to a person unless one of them barely has an opinion. (Unsure rules once named the type when
 * they were surer than the model. Replayed on eleven dev sets as each was first read, rounds 38 to 48, with the
 * rules and model of the commit before the round, which had not seen them, the model was the better guess: of the
 * 14 letters where the two ways differ, the model's type was right 10 times and the rules' 3. What is accepted
 * does not change: where the two ways differ the rules are at least as sure as the model, so the confidence stays
 * under a quarter either way.) When the rules find nothing,
 * the model alone answers, accepted only when it is very sure. Its words join the evidence as "second opinion".
 */
public final class SecondOpinion {

    private SecondOpinion() {}

    public static Classification weigh(Classification byRules, LetterModel.Prediction second, double threshold) {
        double rc = byRules.confidence();
        double mc = second.margin();
        DocumentType type;
        double confidence;
        List<Evidence> evidence = new ArrayList<>();
        if (rc > 0 && second.best() == byRules.type()) {
            type = byRules.type();
            confidence = 1 - (1 - rc) * (1 - mc);
            evidence.addAll(byRules.evidence());
        } else if (rc >= threshold || mc == 0 && rc > 0) {
            // sure by the threshold, even when a hold keeps the rules' answer from being accepted: holds decide
            // what is accepted (Classifier.holdForReview), not which type is named; and unsure rules keep their
            // type against a model torn between two (margin 0), which has no opinion to name
            type = byRules.type();
            confidence = rc * (1 - mc);
            evidence.addAll(byRules.evidence());
        } else {
            type = second.best();
            confidence = mc * (1 - rc);
        }
        evidence.add(new Evidence(
                "second opinion",
                String.format(
                        Locale.ROOT,
                        "letter model: %s %.2f%s",
                        second.best(),
                        second.probability(),
                        second.best() == type ? "" : " (disagrees)"),
                String.join(", ", second.words()),
                0,
                Math.round(mc * 1000) / 1000.0));
        confidence = Math.round(confidence * 1000) / 1000.0;
        return new Classification(type, confidence, confidence >= threshold, evidence, byRules.scores());
    }
}

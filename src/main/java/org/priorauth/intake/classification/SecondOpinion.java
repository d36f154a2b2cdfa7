package org.priorauth.intake.classification;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * How the letter model's opinion is weighed with the rules'. When both name the same type, each makes the
 * other surer. When they differ, the rules name the type if they are sure, unless the model is very sure the
 * other way ({@link #SURE_MODEL}); otherwise the model names it. Either way the other's certainty takes confidence
 * away, and what the rules are sure of is never accepted as another type: an admin's rule is not overruled, only
 * doubted, and a person decides between the two with both shown (the rules' evidence stays with the model's type).
 * When the rules find nothing, the model alone answers, accepted only when it is very sure. Its words join the
 * evidence as "second opinion".
 *
 * <p>Why the model names the type in those cases: replayed on dev sets as each was first read, with the rules of
 * the commit before the round (which had not seen them) and a model trained on the dev sets before it. Unsure
 * rules once named the type when they were surer than the model; on rounds 38 to 48 the model's type was right
 * 10 times of the 14 where the two ways differ, the rules' 3. Sure rules against a very sure model, on rounds 38
 * to 50 (1040 letters): the model's type was right 21 times of 24, the rules' 3 (988 letters named right against
 * 970 with the rules' type; a margin from 0.65 to 0.9 reads within one letter of it). Those letters were in
 * review either way, so what is accepted does not change.
 */
public final class SecondOpinion {

    private SecondOpinion() {}

    /** The model's margin over its runner-up at which it names the type against sure rules (see above). */
    static final double SURE_MODEL = 0.7;

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
        } else if (rc >= threshold && mc < SURE_MODEL || mc == 0 && rc > 0) {
            // sure by the threshold, even when a hold keeps the rules' answer from being accepted: holds decide
            // what is accepted (Classifier.holdForReview), not which type is named; and unsure rules keep their
            // type against a model torn between two (margin 0), which has no opinion to name
            type = byRules.type();
            confidence = rc * (1 - mc);
            evidence.addAll(byRules.evidence());
        } else {
            type = second.best();
            confidence = mc * (1 - rc);
            if (rc >= threshold) {
                // sure rules against a very sure model: the model's type is the better guess, the rules' evidence
                // is what the person weighs it against, and nothing is accepted against them (below)
                evidence.addAll(byRules.evidence());
                evidence.add(new Evidence(
                        Classifier.HELD_FOR_REVIEW,
                        "the rules and the letter model disagree",
                        String.format(
                                Locale.ROOT,
                                "rules: %s %.2f, letter model: %s %.2f",
                                byRules.type(),
                                rc,
                                second.best(),
                                second.probability()),
                        0,
                        0));
            }
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
        boolean againstSureRules = rc >= threshold && type != byRules.type();
        return new Classification(
                type, confidence, confidence >= threshold && !againstSureRules, evidence, byRules.scores());
    }
}

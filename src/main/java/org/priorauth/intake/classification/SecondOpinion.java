package org.priorauth.intake.classification;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * How the letter model's opinion is weighed with the rules'. When both name the same type, each makes the other
 * surer. When they differ, the rules name the type, doubted by half the model's certainty (all of it when the
 * model's type is a denial or a request the rules' type would leave unanswered); a very sure model
 * ({@link #SURE_MODEL}) names it only against rules that are barely sure ({@link #VERY_SURE_RULES}); unsure rules
 * leave it to the model. What the rules are sure of is never accepted as another type: an admin's rule is not
 * overruled, only doubted, and a person decides between the two with both shown (the rules' evidence stays with
 * the model's type). When the rules find nothing, the model alone answers, accepted only when it is very sure. Its
 * words join the evidence as "second opinion".
 *
 * <p>Why the rules weigh more than they once did: the model learns from the project's own letters, and on letters
 * written apart from the project it disagrees with rules that are right (evaluation/README.md has the figures).
 * Where the rules' evidence for their type leads what they found for the model's type by more than one strong
 * cue, the model's doubt fades, and it is gone at two: a model that names a denial on a letter where the rules
 * found two strong cues of an approval and none of a denial is reading words it learnt elsewhere ("appeal",
 * "not"), not a decision. What the rules found for a costlier type still holds the answer ({@link
 * Classifier#holdForReview}).
 */
public final class SecondOpinion {

    private SecondOpinion() {}

    /** The model's margin over its runner-up at which it names the type against barely sure rules. */
    static final double SURE_MODEL = 0.7;

    /** Rules at least this sure keep their type against any model. */
    static final double VERY_SURE_RULES = 0.65;

    /** Whether reading a letter of type {@code missed} as {@code read} loses a deadline. */
    static boolean costlierToMiss(DocumentType missed, DocumentType read) {
        boolean asksForAnAnswer = missed == DocumentType.DENIAL || missed == DocumentType.MORE_INFO_REQUEST;
        return asksForAnAnswer && read != DocumentType.DENIAL && read != DocumentType.MORE_INFO_REQUEST;
    }

    /**
     * How much of the model's doubt counts: all of it while the rules' score for their type leads their score for
     * the model's type by at most one strong cue, none from two strong cues on.
     */
    static double fading(Classification byRules, DocumentType modelType, double strongEvidence) {
        if (strongEvidence <= 0) return 1;
        double lead = byRules.scores().getOrDefault(byRules.type(), 0.0)
                - byRules.scores().getOrDefault(modelType, 0.0);
        return Math.max(0, Math.min(1, 2 - lead / strongEvidence));
    }

    /**
     * The rules' answer weighed with the model's.
     *
     * @param threshold the confidence at which an answer is accepted
     * @param strongEvidence the score of one strong cue (the rules' {@code strongEvidence})
     */
    public static Classification weigh(
            Classification byRules, LetterModel.Prediction second, double threshold, double strongEvidence) {
        double rc = byRules.confidence();
        double mc = second.margin();
        DocumentType type;
        double confidence;
        List<Evidence> evidence = new ArrayList<>();
        if (rc > 0 && second.best() == byRules.type()) {
            type = byRules.type();
            confidence = 1 - (1 - rc) * (1 - mc);
            evidence.addAll(byRules.evidence());
        } else if (rc >= threshold && (mc < SURE_MODEL || rc >= VERY_SURE_RULES) || mc == 0 && rc > 0) {
            // sure by the threshold, even when a hold keeps the rules' answer from being accepted: holds decide
            // what is accepted (Classifier.holdForReview), not which type is named; and unsure rules keep their
            // type against a model torn between two (margin 0), which has no opinion to name
            type = byRules.type();
            // half the model's certainty doubts the rules, all of it where the model's type is the costlier to
            // miss: a denial or a request read as an approval, a pharmacy's notice or mail would sit unanswered
            double doubt = costlierToMiss(second.best(), byRules.type()) ? mc : mc / 2;
            confidence = rc * (1 - doubt * fading(byRules, second.best(), strongEvidence));
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

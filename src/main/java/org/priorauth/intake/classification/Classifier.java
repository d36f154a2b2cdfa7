package org.priorauth.intake.classification;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import org.priorauth.intake.reading.ExtractedText;
import org.priorauth.intake.reading.PageText;

/**
 * Scores every type by the evidence its rules find (each cue counts once, on the first page it appears) less
 * its counter-evidence. The best type wins; the confidence is how far it leads the runner-up, scaled down
 * when the evidence is thin. Nothing found at all is not a quiet "OTHER": it is an unsure answer.
 */
public final class Classifier {

    private Classifier() {}

    public static Classification classify(ExtractedText text, ClassificationRules rules) {
        Map<DocumentType, Double> scores = new EnumMap<>(DocumentType.class);
        Map<DocumentType, List<Evidence>> found = new EnumMap<>(DocumentType.class);
        List<PageText> pages = text.pages().stream().map(p -> new PageText(p.number(), dehyphenate(p.text()), p.method(), p.confidence())).toList();

        rules.types().forEach((type, typeRules) -> {
            List<Evidence> evidence = new ArrayList<>();
            double score = 0;
            for (ClassificationRules.Cue cue : typeRules.evidence()) {
                Evidence e = firstMatch(pages, cue, type, +1);
                if (e != null) {
                    evidence.add(e);
                    score += cue.weight();
                }
            }
            for (ClassificationRules.Cue cue : typeRules.counter()) {
                Evidence e = firstMatch(pages, cue, type, -1);
                if (e != null) {
                    evidence.add(e);
                    score -= cue.weight();
                }
            }
            scores.put(type, Math.max(0, score));
            found.put(type, evidence);
        });

        DocumentType best = null;
        double first = 0;
        double second = 0;
        for (Map.Entry<DocumentType, Double> s : scores.entrySet()) {
            if (best == null || s.getValue() > first) {
                second = best == null ? 0 : first;
                best = s.getKey();
                first = s.getValue();
            } else if (s.getValue() > second) {
                second = s.getValue();
            }
        }
        if (best == null || first == 0) {
            List<Evidence> none = List.of(new Evidence("type", "no rule matched", "", 0, 0));
            return new Classification(DocumentType.OTHER, 0, false, none);
        }
        double confidence = ((first - second) / first) * Math.min(1, first / rules.strongEvidence());
        confidence = Math.round(confidence * 1000) / 1000.0;
        return new Classification(best, confidence, confidence >= rules.threshold(), found.get(best));
    }

    private static Evidence firstMatch(List<PageText> pages, ClassificationRules.Cue cue, DocumentType type, int sign) {
        for (PageText page : pages) {
            Matcher m = cue.pattern().matcher(page.text());
            if (m.find()) {
                String matched = m.group().replaceAll("\\s+", " ");
                return new Evidence(sign > 0 ? type.name() : "against " + type.name(), cue.name(), matched, page.number(), sign * cue.weight());
            }
        }
        return null;
    }

    /** "deter-\nmination" is one word again. */
    private static String dehyphenate(String text) {
        return text.replaceAll("(\\p{L})-\\s*\\n\\s*(\\p{L})", "$1$2");
    }
}

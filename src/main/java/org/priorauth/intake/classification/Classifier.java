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
        List<PageText> pages = text.pages().stream()
                .map(p -> new PageText(p.number(), dehyphenate(p.text()), p.method(), p.confidence()))
                .toList();

        rules.types().forEach((type, typeRules) -> {
            List<Evidence> evidence = new ArrayList<>();
            double score = 0;
            for (ClassificationRules.Cue cue : typeRules.evidence()) {
                Evidence e = firstMatch(pages, cue, type, +1, rules.recap());
                if (e != null) {
                    evidence.add(e);
                    score += e.weight();
                }
            }
            for (ClassificationRules.Cue cue : typeRules.counter()) {
                Evidence e = firstMatch(pages, cue, type, -1, null);
                if (e != null) {
                    evidence.add(e);
                    score += e.weight();
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

    private static Evidence firstMatch(
            List<PageText> pages,
            ClassificationRules.Cue cue,
            DocumentType type,
            int sign,
            ClassificationRules.Recap recap) {
        for (PageText page : pages) {
            String text = cue.headingOnly() ? heading(page) : page.text();
            if (text.isEmpty()) continue;
            Matcher m = cue.pattern().matcher(text);
            if (m.find()) {
                String matched = m.group().replaceAll("\\s+", " ");
                double weight = sign * cue.weight();
                String kind = sign > 0 ? type.name() : "against " + type.name();
                if (recap != null
                        && recap.pattern()
                                .matcher(sentenceAround(text, m.start(), m.end()))
                                .find()) {
                    weight *= recap.factor();
                    kind = type.name() + " (in a recap)";
                }
                return new Evidence(kind, cue.name(), matched, page.number(), weight);
            }
            if (cue.headingOnly()) return null; // the heading is the first page's
        }
        return null;
    }

    private static final int HEADING_LINES = 12;

    /** The first lines with text on a page: the sender's name, the letter's title, its decision line. */
    static String heading(PageText page) {
        StringBuilder heading = new StringBuilder();
        int lines = 0;
        for (String line : page.text().split("\n")) {
            if (line.isBlank()) continue;
            heading.append(line).append('\n');
            if (++lines == HEADING_LINES) break;
        }
        return heading.toString();
    }

    /** The sentence a match stands in: from the previous full stop or blank line to the next. */
    static String sentenceAround(String text, int start, int end) {
        int from = Math.max(
                Math.max(text.lastIndexOf(". ", start), text.lastIndexOf(".\n", start)),
                text.lastIndexOf("\n\n", start));
        int to = text.length();
        for (String stop : new String[] {". ", ".\n", "\n\n"}) {
            int i = text.indexOf(stop, end);
            if (i >= 0 && i < to) to = i;
        }
        return text.substring(Math.max(0, from), to);
    }

    /** "deter-\nmination" is one word again. */
    private static String dehyphenate(String text) {
        return text.replaceAll("(\\p{L})-\\s*\\n\\s*(\\p{L})", "$1$2");
    }
}

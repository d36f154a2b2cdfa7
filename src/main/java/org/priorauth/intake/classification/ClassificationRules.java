package org.priorauth.intake.classification;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import org.priorauth.intake.rules.RuleNode;

/**
 * The evidence model of {@code classification.yaml}: for each type, phrases and patterns that speak for it
 * (evidence) and against it (counter), each with a weight.
 *
 * @param threshold confidence under which a person decides
 * @param strongEvidence the score at which evidence counts as complete; less lowers the confidence
 */
public record ClassificationRules(double threshold, double strongEvidence, Map<DocumentType, TypeRules> types) {

    /** One phrase or pattern and its weight. A phrase matches its words with any spacing, any case. */
    public record Cue(String name, Pattern pattern, double weight, int line) {}

    public record TypeRules(List<Cue> evidence, List<Cue> counter) {}

    public static ClassificationRules from(RuleNode root) {
        Map<String, RuleNode> top = root.map(Set.of("threshold", "strongEvidence", "types"));
        double threshold = root.required(top, "threshold").number();
        if (threshold <= 0 || threshold >= 1) throw top.get("threshold").error("threshold must lie between 0 and 1");
        double strong = RuleNode.optional(top, "strongEvidence").map(RuleNode::number).orElse(4.0);
        if (strong <= 0) throw top.get("strongEvidence").error("strongEvidence must be above 0");
        Map<DocumentType, TypeRules> types = new EnumMap<>(DocumentType.class);
        RuleNode typesNode = root.required(top, "types");
        for (Map.Entry<String, RuleNode> entry : typesNode.map().entrySet()) {
            DocumentType type = typeOf(entry.getKey(), entry.getValue());
            Map<String, RuleNode> body = entry.getValue().map(Set.of("evidence", "counter"));
            types.put(type, new TypeRules(
                    cues(RuleNode.optional(body, "evidence")),
                    cues(RuleNode.optional(body, "counter"))));
        }
        return new ClassificationRules(threshold, strong, types);
    }

    private static DocumentType typeOf(String name, RuleNode at) {
        for (DocumentType type : DocumentType.values()) {
            if (type.name().equals(name)) return type;
        }
        throw at.error("'" + name + "' is not a document type (" + java.util.Arrays.toString(DocumentType.values()) + ")");
    }

    private static List<Cue> cues(java.util.Optional<RuleNode> list) {
        List<Cue> cues = new ArrayList<>();
        if (list.isEmpty()) return cues;
        for (RuleNode item : list.get().list()) {
            Map<String, RuleNode> cue = item.map(Set.of("phrase", "pattern", "weight", "name"));
            RuleNode phrase = cue.get("phrase");
            RuleNode pattern = cue.get("pattern");
            if ((phrase == null) == (pattern == null)) throw item.error("give either a phrase or a pattern");
            double weight = item.required(cue, "weight").number();
            if (weight <= 0) throw cue.get("weight").error("weight must be above 0 (counter-evidence goes under 'counter')");
            Pattern compiled = phrase != null ? phrasePattern(phrase.text()) : pattern.pattern();
            String name = RuleNode.optional(cue, "name").map(RuleNode::text)
                    .orElse(phrase != null ? phrase.text() : pattern.text());
            cues.add(new Cue(name, compiled, weight, item.line()));
        }
        return cues;
    }

    /** Words of a phrase, in order, separated by any spacing or line breaks (letters wrap anywhere). */
    public static Pattern phrasePattern(String phrase) {
        String[] words = phrase.strip().split("\\s+");
        StringBuilder regex = new StringBuilder("(?<![\\p{Alnum}])");
        for (int i = 0; i < words.length; i++) {
            if (i > 0) regex.append("[\\s\\-]+");
            regex.append(Pattern.quote(words[i]));
        }
        regex.append("(?![\\p{Alnum}])");
        return Pattern.compile(regex.toString(), Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
    }
}

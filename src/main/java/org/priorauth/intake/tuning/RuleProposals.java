package org.priorauth.intake.tuning;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.priorauth.intake.classification.ClassificationRuleFile;
import org.priorauth.intake.classification.ClassificationRules;
import org.priorauth.intake.classification.DocumentType;
import org.priorauth.intake.intake.DocumentRepository;
import org.priorauth.intake.intake.DocumentState;
import org.priorauth.intake.intake.ReceivedDocument;
import org.springframework.stereotype.Component;

/**
 * Proposes evidence phrases from staff's corrections: word sequences that the documents corrected to a type
 * share and that documents of other types do not use. Each proposal comes with its effect, by dry run, on
 * every document received so far. An admin decides; nothing is published from here.
 */
@Component
public class RuleProposals {

    /** A phrase to add as evidence for a type, how many corrected documents it explains, and what it would change. */
    public record Proposal(
            DocumentType type,
            String phrase,
            double weight,
            int correctedDocumentsWithIt,
            int otherDocumentsWithIt,
            String yaml,
            List<RuleDryRun.Change> effect) {}

    private static final int MAX_PER_TYPE = 3;

    private final TypeCorrections corrections;
    private final DocumentRepository documents;
    private final ClassificationRuleFile rules;
    private final RuleDryRun dryRun;

    public RuleProposals(
            TypeCorrections corrections,
            DocumentRepository documents,
            ClassificationRuleFile rules,
            RuleDryRun dryRun) {
        this.corrections = corrections;
        this.documents = documents;
        this.rules = rules;
        this.dryRun = dryRun;
    }

    public List<Proposal> propose() {
        Map<DocumentType, List<Set<String>>> corrected = new EnumMap<>(DocumentType.class);
        Set<Long> correctedIds = new java.util.HashSet<>();
        for (TypeCorrections.Correction c : corrections.latest()) {
            corrected
                    .computeIfAbsent(DocumentType.valueOf(c.toType()), t -> new ArrayList<>())
                    .add(phrases(documents.textOf(c.documentId()).fullText()));
            correctedIds.add(c.documentId());
        }
        // what documents of each type already say (their type as recorded, corrections included)
        Map<DocumentType, List<Set<String>>> others = new EnumMap<>(DocumentType.class);
        for (ReceivedDocument d : documents.newestFirst()) {
            if (d.documentType() == null || d.state() == DocumentState.FAILED || correctedIds.contains(d.id()))
                continue;
            others.computeIfAbsent(DocumentType.valueOf(d.documentType()), t -> new ArrayList<>())
                    .add(phrases(documents.textOf(d.id()).fullText()));
        }
        List<Proposal> proposals = new ArrayList<>();
        corrected.forEach((type, docs) -> {
            Map<String, Integer> inCorrected = new HashMap<>();
            docs.forEach(set -> set.forEach(p -> inCorrected.merge(p, 1, Integer::sum)));
            List<Map.Entry<String, Integer>> ranked = inCorrected.entrySet().stream()
                    .filter(e -> e.getValue() >= Math.min(2, docs.size()))
                    .sorted((a, b) -> b.getValue() - a.getValue() != 0
                            ? b.getValue() - a.getValue()
                            : b.getKey().length() - a.getKey().length())
                    .toList();
            int taken = 0;
            for (Map.Entry<String, Integer> candidate : ranked) {
                if (taken == MAX_PER_TYPE) break;
                int elsewhere = 0;
                for (Map.Entry<DocumentType, List<Set<String>>> other : others.entrySet()) {
                    if (other.getKey() == type) continue;
                    for (Set<String> set : other.getValue()) if (set.contains(candidate.getKey())) elsewhere++;
                }
                if (elsewhere > 0) continue; // a phrase other types use too would move them as well
                ClassificationRules draft = withCue(rules.current(), type, candidate.getKey(), 3);
                proposals.add(new Proposal(
                        type,
                        candidate.getKey(),
                        3,
                        candidate.getValue(),
                        elsewhere,
                        "- { phrase: \"" + candidate.getKey() + "\", weight: 3 }   # under types." + type + ".evidence",
                        dryRun.classification(draft)));
                taken++;
            }
        });
        return proposals;
    }

    /** Sequences of two to four words, lower case, that are not just small words. */
    static Set<String> phrases(String text) {
        String[] words =
                text.toLowerCase(Locale.ROOT).replaceAll("[^a-z\\s-]", " ").split("\\s+");
        Set<String> phrases = new LinkedHashSet<>();
        for (int n = 2; n <= 4; n++) {
            for (int i = 0; i + n <= words.length; i++) {
                StringBuilder p = new StringBuilder();
                int letters = 0;
                for (int k = i; k < i + n; k++) {
                    if (words[k].isEmpty()) {
                        letters = -1;
                        break;
                    }
                    if (k > i) p.append(' ');
                    p.append(words[k]);
                    letters += words[k].length() > 3 ? 1 : 0;
                }
                if (letters >= 2) phrases.add(p.toString());
            }
        }
        return phrases;
    }

    static ClassificationRules withCue(ClassificationRules rules, DocumentType type, String phrase, double weight) {
        Map<DocumentType, ClassificationRules.TypeRules> types = new EnumMap<>(rules.types());
        ClassificationRules.TypeRules current =
                types.getOrDefault(type, new ClassificationRules.TypeRules(List.of(), List.of()));
        List<ClassificationRules.Cue> evidence = new ArrayList<>(current.evidence());
        evidence.add(new ClassificationRules.Cue(phrase, ClassificationRules.phrasePattern(phrase), weight, 0));
        types.put(type, new ClassificationRules.TypeRules(evidence, current.counter(), current.context()));
        return rules.withTypes(types);
    }
}

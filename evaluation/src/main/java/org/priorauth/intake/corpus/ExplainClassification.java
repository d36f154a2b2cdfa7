package org.priorauth.intake.corpus;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.priorauth.intake.classification.Classification;
import org.priorauth.intake.classification.ClassificationRules;
import org.priorauth.intake.classification.Classifier;
import org.priorauth.intake.classification.DocumentType;
import org.priorauth.intake.classification.Evidence;
import org.priorauth.intake.classification.LetterModel;
import org.priorauth.intake.reading.ExtractedText;
import org.priorauth.intake.rules.RuleNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Every type's evidence for the dev documents named (their text as the last evaluation read it), not only the
 * winner's: for working on a rule. Held-back documents are refused.
 *
 * <pre>mvn -q test-compile exec:java -Dexec.classpathScope=test \
 *     -Dexec.mainClass=org.priorauth.intake.corpus.ExplainClassification -Dexec.args="056-M6 145-O7"</pre>
 */
public final class ExplainClassification {

    public static void main(String[] args) throws Exception {
        ClassificationRules rules =
                ClassificationRules.from(RuleNode.read(Path.of("routes/rules/classification.yaml")));
        Path modelFile = Path.of("routes/rules/letter-model.yaml");
        LetterModel model = Files.exists(modelFile) ? LetterModel.from(RuleNode.read(modelFile)) : null;
        JsonMapper json = JsonMapper.builder().build();
        List<String> truth = Files.readAllLines(CorpusEvaluation.LETTERS.resolve("truth.jsonl"));
        for (String name : args) {
            String record = truth.stream()
                    .filter(l -> l.contains("\"" + name))
                    .findFirst()
                    .orElseThrow();
            if (record.contains("\"split\":\"heldback\"")) {
                System.out.println(name + ": held back, not shown");
                continue;
            }
            Path cached;
            try (var files = Files.list(Path.of("target/corpus-text"))) {
                cached = files.filter(f -> f.getFileName().toString().startsWith(name))
                        .findFirst()
                        .orElseThrow();
            }
            ExtractedText text = json.readValue(cached.toFile(), ExtractedText.class);
            // the answer production gives (rules weighed with the letter model, holds applied), then each
            // type's evidence by the rules alone, with the page it was found on
            Classification answer = Classifier.classify(text, rules, model);
            System.out.printf(
                    "== %s  truth %s, read %s %.2f%s%n",
                    cached.getFileName(),
                    record.replaceAll(".*\"type\":\"([A-Z_]+)\".*", "$1"),
                    answer.type(),
                    answer.confidence(),
                    answer.confident() ? "" : " (review)");
            for (DocumentType type : DocumentType.values()) {
                Classification alone = Classifier.classify(
                        text, rules.withTypes(Map.of(type, rules.types().get(type))));
                double score =
                        alone.evidence().stream().mapToDouble(Evidence::weight).sum();
                System.out.printf("  %-18s %5.1f%n", type, score);
                for (Evidence e : alone.evidence()) {
                    if (e.weight() != 0)
                        System.out.printf("      %+5.1f  p%d  %s%n", e.weight(), e.page(), e.matched());
                }
            }
        }
    }
}

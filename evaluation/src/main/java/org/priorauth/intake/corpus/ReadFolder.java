package org.priorauth.intake.corpus;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.priorauth.intake.IntakeSettings;
import org.priorauth.intake.classification.Classification;
import org.priorauth.intake.classification.ClassificationRules;
import org.priorauth.intake.classification.Classifier;
import org.priorauth.intake.classification.LetterModel;
import org.priorauth.intake.fields.FieldReader;
import org.priorauth.intake.fields.Fields;
import org.priorauth.intake.fields.RequestedItemWords;
import org.priorauth.intake.fields.Vocabulary;
import org.priorauth.intake.intake.Channel;
import org.priorauth.intake.intake.IntakeItem;
import org.priorauth.intake.intake.SourceUnpacker;
import org.priorauth.intake.reading.ExtractedText;
import org.priorauth.intake.reading.OcrEngine;
import org.priorauth.intake.reading.TextReader;
import org.priorauth.intake.rules.RuleNode;
import org.priorauth.intake.scoring.LetterScoring;
import tools.jackson.databind.json.JsonMapper;

/**
 * Reads every file of a folder as the product does (OCR included) and writes, per document, the text read
 * ({@code .txt}, pages marked) and what the field reader and the classifier made of it ({@code .json}): for
 * reading an outside corpus's misses without copying its letters anywhere but {@code target/}. The text is kept
 * ({@code .text.json}), so a second run after a rule or reader change takes seconds.
 *
 * <pre>MAIN=ReadFolder evaluation/run -Dexec.args="../shared/eval-corpus/docs evaluation/target/read"</pre>
 */
public final class ReadFolder {

    public static void main(String[] args) throws Exception {
        Path in = Path.of(args[0]);
        Path out = Path.of(args.length > 1 ? args[1] : "evaluation/target/read");
        JsonMapper json = JsonMapper.builder().build();
        IntakeSettings settings = LetterScoring.settings();
        OcrEngine ocr = new OcrEngine(settings);
        try {
            TextReader reader = TextReader.standalone(ocr, settings);
            SourceUnpacker unpacker = new SourceUnpacker();
            FieldReader fieldReader = new FieldReader(
                    new Vocabulary(Path.of("ocr-models")),
                    new RequestedItemWords(Path.of("routes/rules/requested-items.yaml")));
            ClassificationRules rules =
                    ClassificationRules.from(RuleNode.read(Path.of("routes/rules/classification.yaml")));
            LetterModel model = LetterModel.from(RuleNode.read(Path.of("routes/rules/letter-model.yaml")));
            List<Path> files;
            try (Stream<Path> walk = Files.walk(in)) {
                files = walk.filter(Files::isRegularFile).sorted().toList();
            }
            for (Path file : files) {
                Path base = out.resolve(in.relativize(file).toString());
                Files.createDirectories(base.getParent());
                Path cached = Path.of(base + ".text.json");
                ExtractedText text;
                if (Files.exists(cached)) {
                    text = json.readValue(cached.toFile(), ExtractedText.class);
                } else {
                    String name = file.getFileName().toString();
                    IntakeItem item = unpacker.unpack(Channel.PORTAL, name, Files.readAllBytes(file), Instant.now())
                            .get(0);
                    try {
                        text = reader.read(
                                item.sourceName(),
                                item.content(),
                                item.context().get(SourceUnpacker.CONTENT_TYPE));
                    } catch (RuntimeException e) {
                        Files.writeString(Path.of(base + ".txt"), "UNREADABLE: " + e.getMessage());
                        continue;
                    }
                    json.writeValue(cached.toFile(), text);
                    StringBuilder pages = new StringBuilder();
                    text.pages().forEach(p -> pages.append("--- page ")
                            .append(p.number())
                            .append('\n')
                            .append(p.text())
                            .append('\n'));
                    Files.writeString(Path.of(base + ".txt"), pages);
                }
                Fields fields = fieldReader.read(text);
                Classification type = Classifier.classify(text, rules, model);
                Map<String, Object> result = new LinkedHashMap<>();
                result.put("type", type.type());
                result.put("confidence", type.confidence());
                result.put("confident", type.confident());
                result.put("fields", fields);
                result.put("fieldEvidence", fields.evidence());
                result.put("typeEvidence", type.evidence());
                Classification rulesAlone = Classifier.classify(text, rules);
                result.put("rulesType", rulesAlone.type());
                result.put("rulesConfidence", rulesAlone.confidence());
                result.put("rulesScores", rulesAlone.scores());
                if (model != null) {
                    LetterModel.Prediction p = model.predict(text.fullText());
                    result.put("modelType", p.best());
                    result.put("modelMargin", p.margin());
                }
                json.writeValue(Path.of(base + ".json").toFile(), result);
            }
        } finally {
            ocr.destroy();
        }
    }
}

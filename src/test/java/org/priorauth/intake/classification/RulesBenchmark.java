package org.priorauth.intake.classification;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.priorauth.intake.fields.FieldReader;
import org.priorauth.intake.fields.RequestedItemWords;
import org.priorauth.intake.fields.Vocabulary;
import org.priorauth.intake.reading.DocumentFormat;
import org.priorauth.intake.reading.ExtractedText;
import org.priorauth.intake.reading.PageText;
import org.priorauth.intake.reading.ReadMethod;
import org.priorauth.intake.rules.RuleNode;

/**
 * What reading a page's text costs apart from its OCR (the classification rules, the letter model, the fields):
 * the text files of a folder (a document each, its pages split at form feeds, as the {@code tesseract} CLI writes
 * them) read over and over, and the milliseconds a page printed for each round. Run it with the JVM's options of
 * the image ({@code -XX:TieredStopAtLevel=1}) to see what a running instance pays.
 *
 * <pre>tesseract fax.tif out   # for each fax of a folder, then:
 * MAVEN_OPTS=-XX:TieredStopAtLevel=1 mvn -q test-compile exec:java -Dexec.classpathScope=test \
 *     -Dexec.mainClass=org.priorauth.intake.classification.RulesBenchmark -Dexec.args="/path/to/texts 10"</pre>
 */
public final class RulesBenchmark {

    public static void main(String[] args) throws Exception {
        if (args.length == 0) {
            System.err.println("usage: RulesBenchmark <folder of .txt files> [rounds, default 10]");
            System.exit(2);
        }
        // reading the rules: at start, and on every edit an admin publishes or tries out
        for (int i = 1; i <= 3; i++) {
            long start = System.nanoTime();
            ClassificationRules.from(RuleNode.read(Path.of("routes/rules/classification.yaml")));
            System.out.printf("rules read in %.0f ms%n", (System.nanoTime() - start) / 1e6);
        }
        ClassificationRules rules =
                ClassificationRules.from(RuleNode.read(Path.of("routes/rules/classification.yaml")));
        List<ExtractedText> documents = new ArrayList<>();
        try (Stream<Path> files = Files.list(Path.of(args[0]))) {
            for (Path f :
                    files.filter(f -> f.toString().endsWith(".txt")).sorted().toList()) {
                List<PageText> pages = new ArrayList<>();
                for (String page : Files.readString(f).split("\f")) {
                    if (!page.isBlank()) pages.add(new PageText(pages.size() + 1, page, ReadMethod.OCR, 0.9));
                }
                if (!pages.isEmpty()) documents.add(new ExtractedText(DocumentFormat.TIFF, pages));
            }
        }
        int pages = documents.stream().mapToInt(d -> d.pages().size()).sum();
        int rounds = args.length > 1 ? Integer.parseInt(args[1]) : 10;
        LetterModel model = LetterModel.from(RuleNode.read(Path.of("routes/rules/letter-model.yaml")));
        FieldReader fields = new FieldReader(
                new Vocabulary(Path.of("ocr-models")),
                new RequestedItemWords(Path.of("routes/rules/requested-items.yaml")));
        for (int r = 1; r <= rounds; r++) {
            long start = System.nanoTime();
            for (ExtractedText d : documents) Classifier.classify(d, rules);
            long ruled = System.nanoTime();
            for (ExtractedText d : documents) model.predict(d.fullText());
            long modelled = System.nanoTime();
            for (ExtractedText d : documents) fields.read(d);
            long read = System.nanoTime();
            System.out.printf(
                    "round %d: %d documents, %d pages; a page: rules %.1f ms, letter model %.1f ms, fields %.1f ms%n",
                    r,
                    documents.size(),
                    pages,
                    (ruled - start) / 1e6 / pages,
                    (modelled - ruled) / 1e6 / pages,
                    (read - modelled) / 1e6 / pages);
        }
    }
}

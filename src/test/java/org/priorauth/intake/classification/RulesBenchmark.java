package org.priorauth.intake.classification;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.priorauth.intake.reading.DocumentFormat;
import org.priorauth.intake.reading.ExtractedText;
import org.priorauth.intake.reading.PageText;
import org.priorauth.intake.reading.ReadMethod;
import org.priorauth.intake.rules.RuleNode;

/**
 * What the shipped classification rules cost a page, apart from the rest of a document's path: the text files of
 * a folder (a document each, its pages split at form feeds, as the {@code tesseract} CLI writes them) classified
 * over and over, and the milliseconds a page printed for each round. Run it with the JVM's options of the image
 * ({@code -XX:TieredStopAtLevel=1}) to see what a running instance pays.
 *
 * <pre>tesseract fax.tif out   # for each fax of a folder, then:
 * MAVEN_OPTS=-XX:TieredStopAtLevel=1 mvn -q test-compile exec:java -Dexec.classpathScope=test \
 *     -Dexec.mainClass=org.priorauth.intake.classification.RulesBenchmark -Dexec.args=/path/to/texts</pre>
 */
public final class RulesBenchmark {

    public static void main(String[] args) throws Exception {
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
        for (int r = 1; r <= rounds; r++) {
            long start = System.nanoTime();
            for (ExtractedText d : documents) Classifier.classify(d, rules);
            double ms = (System.nanoTime() - start) / 1e6;
            System.out.printf(
                    "round %d: %d documents, %d pages, %.1f ms a page%n", r, documents.size(), pages, ms / pages);
        }
    }
}

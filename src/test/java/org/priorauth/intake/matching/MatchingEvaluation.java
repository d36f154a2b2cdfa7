package org.priorauth.intake.matching;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.priorauth.intake.cases.CaseStatus;
import org.priorauth.intake.cases.Patient;
import org.priorauth.intake.cases.PriorAuthCase;
import org.priorauth.intake.fields.FieldReader;
import org.priorauth.intake.fields.Fields;
import org.priorauth.intake.fields.RequestedItemWords;
import org.priorauth.intake.fields.Vocabulary;
import org.priorauth.intake.reading.DocumentFormat;
import org.priorauth.intake.reading.ExtractedText;
import org.priorauth.intake.reading.PageText;
import org.priorauth.intake.reading.ReadMethod;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Runs every letter of the matching corpus (generated into {@code target/matching-corpus/} when missing) through the field reader and the case matcher, as the
 * pipeline does, and prints how many matchable letters were attached, how many went to a person, and how
 * many were attached to the wrong case (which must be none).
 *
 * <pre>mvn -q test-compile exec:java -Dexec.classpathScope=test \
 *     -Dexec.mainClass=org.priorauth.intake.matching.MatchingEvaluation</pre>
 */
public final class MatchingEvaluation {

    /** The figures of one run; a wrong attachment is a letter attached to any case but its own. */
    public record Result(
            int letters,
            int matchable,
            int attachedRight,
            int wrong,
            int unmatchableKeptForReview,
            Map<String, String> failures) {

        public double autoAttachRate() {
            return matchable == 0 ? 0 : (double) attachedRight / matchable;
        }
    }

    public static void main(String[] args) throws Exception {
        Path corpus = args.length > 0 ? Path.of(args[0]) : MatchingCorpus.DEFAULT_FOLDER;
        if (!Files.exists(corpus.resolve("truth.csv"))) MatchingCorpus.generate(corpus);
        Result r = evaluate(corpus);
        System.out.printf(
                "matching corpus: %d letters, %d matchable, %d for a person by construction%n",
                r.letters(), r.matchable(), r.letters() - r.matchable());
        System.out.printf(
                "attached automatically to the right case: %d of %d matchable (%.1f%%)%n",
                r.attachedRight(), r.matchable(), 100 * r.autoAttachRate());
        System.out.printf("attached to a wrong case: %d%n", r.wrong());
        System.out.printf(
                "letters a person must decide, kept for review: %d of %d%n",
                r.unmatchableKeptForReview(), r.letters() - r.matchable());
        r.failures().forEach((letter, why) -> System.out.println("  " + letter + ": " + why));
    }

    public static Result evaluate(Path corpus) throws Exception {
        JsonMapper json = JsonMapper.builder().build();
        List<PriorAuthCase> cases = new ArrayList<>();
        for (JsonNode c : json.readTree(corpus.resolve("cases.json").toFile())) {
            JsonNode p = c.get("patient");
            cases.add(new PriorAuthCase(
                    c.get("id").asLong(),
                    CaseStatus.SUBMITTED,
                    new Patient(
                            p.get("name").asString(),
                            LocalDate.parse(p.get("dateOfBirth").asString()),
                            p.get("memberId").asString()),
                    c.get("payer").asString(),
                    c.get("drug").asString(),
                    c.get("paReference").asString(),
                    Instant.EPOCH,
                    Instant.EPOCH));
        }
        FieldReader reader = new FieldReader(
                new Vocabulary(Path.of("ocr-models")),
                new RequestedItemWords(Path.of("routes/rules/requested-items.yaml")));

        int letters = 0, matchable = 0, right = 0, wrong = 0, kept = 0;
        Map<String, String> failures = new LinkedHashMap<>();
        for (String line : Files.readAllLines(corpus.resolve("truth.csv"))
                .subList(1, Files.readAllLines(corpus.resolve("truth.csv")).size())) {
            String[] cols = line.split(",", 3);
            String text = Files.readString(corpus.resolve("letters").resolve(cols[0]));
            Fields fields = reader.read(
                    new ExtractedText(DocumentFormat.TEXT, List.of(new PageText(1, text, ReadMethod.PLAIN_TEXT, 1))));
            MatchOutcome outcome = CaseMatcher.match(fields, cases);
            Long attached = outcome instanceof MatchOutcome.Matched m ? m.caseId() : null;
            letters++;
            if (!cols[1].isEmpty()) {
                matchable++;
                long expected = Long.parseLong(cols[1]);
                if (attached == null) {
                    failures.put(
                            cols[0],
                            "sent to review (" + ((MatchOutcome.NeedsReview) outcome).why() + "), belongs to case "
                                    + expected + " [" + cols[2] + "]");
                } else if (attached == expected) {
                    right++;
                } else {
                    wrong++;
                    failures.put(
                            cols[0],
                            "WRONG: attached to case " + attached + ", belongs to case " + expected + " [" + cols[2]
                                    + "]");
                }
            } else if (attached != null) {
                wrong++;
                failures.put(
                        cols[0], "WRONG: attached to case " + attached + ", a person must decide [" + cols[2] + "]");
            } else {
                kept++;
            }
        }
        return new Result(letters, matchable, right, wrong, kept, failures);
    }
}

package org.priorauth.intake.corpus;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.priorauth.intake.classification.LetterModel;
import org.priorauth.intake.scoring.LetterScoring;

/**
 * Trains the letter model on the corpus' dev split (never on the held-back letters it is judged on) and writes
 * {@code routes/rules/letter-model.yaml}. The regularisation was chosen by {@link ModelEvaluation}, leaving
 * dev layouts out (0.00001: 0.000003 and 0.00003 read the same within 0.1 point, 0.0001 worse); training reaches
 * its optimum in about 1000 rounds (see {@link LetterModel#train}), 3000 leave a margin.
 *
 * <pre>mvn -q test-compile exec:java -Dexec.classpathScope=test -DreuseText=true \
 *     -Dexec.mainClass=org.priorauth.intake.corpus.TrainLetterModel</pre>
 */
public final class TrainLetterModel {

    static final double L2 = 0.00001;
    static final int ITERATIONS = 3000;

    public static void main(String[] args) throws Exception {
        Path out = Path.of(args.length > 0 ? args[0] : "routes/rules/letter-model.yaml");
        // training needs the letters' text and truth only: the model in use (perhaps of an older version, which
        // would be refused) is not loaded
        List<LetterModel.Example> examples = LetterScoring.evaluate(CorpusEvaluation.LETTERS, false).stream()
                .filter(o -> o.split().equals("dev"))
                .map(LetterScoring.Outcome::example)
                .toList();
        long layouts =
                examples.stream().map(LetterModel.Example::group).distinct().count();
        LetterModel model = LetterModel.train(examples, L2, ITERATIONS);
        String trainedOn =
                examples.size() + " letters of " + layouts + " layouts (corpus/letters, dev split), " + LocalDate.now();
        Files.writeString(out, model.toYaml(trainedOn));
        System.out.println(
                "letter model written to " + out + ": " + model.weights().size() + " words, " + trainedOn);
    }
}

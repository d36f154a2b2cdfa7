package org.priorauth.intake.corpus;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;
import org.priorauth.intake.classification.LetterModel;

/**
 * How well the letter model generalises to a layout it never saw: leave one layout out, over the dev split
 * only (train on the other dev layouts, predict the one left out), printed by confidence.
 *
 * <pre>mvn -q test-compile exec:java -Dexec.classpathScope=test -DreuseText=true \
 *     -Dexec.mainClass=org.priorauth.intake.corpus.ModelEvaluation</pre>
 */
public final class ModelEvaluation {

    public static void main(String[] args) throws Exception {
        double l2 = Double.parseDouble(System.getProperty("l2", String.valueOf(TrainLetterModel.L2)));
        int iterations = Integer.getInteger("iterations", TrainLetterModel.ITERATIONS);
        List<CorpusEvaluation.Outcome> dev = CorpusEvaluation.evaluate(Path.of("corpus/letters")).stream()
                .filter(o -> o.split().equals("dev"))
                .toList();
        Map<String, List<CorpusEvaluation.Outcome>> byLayout = dev.stream()
                .collect(Collectors.groupingBy(CorpusEvaluation.Outcome::template, TreeMap::new, Collectors.toList()));
        int n = 0, right = 0, agree = 0, agreeRight = 0;
        int[] above = new int[10], aboveRight = new int[10];
        for (var left : byLayout.entrySet()) {
            List<LetterModel.Example> training = dev.stream()
                    .filter(o -> !o.template().equals(left.getKey()))
                    .map(o -> new LetterModel.Example(o.text(), o.truth(), o.template()))
                    .toList();
            LetterModel model = LetterModel.train(training, l2, iterations);
            for (CorpusEvaluation.Outcome o : left.getValue()) {
                LetterModel.Prediction p = model.predict(o.text());
                n++;
                if (p.best() == o.truth()) right++;
                if (p.best() == o.classification().type()) {
                    agree++;
                    if (p.best() == o.truth()) agreeRight++;
                }
                for (int t = 0; t < 10; t++) {
                    if (p.probability() >= t / 10.0) {
                        above[t]++;
                        if (p.best() == o.truth()) aboveRight[t]++;
                    }
                }
                if (p.best() != o.truth() && Boolean.getBoolean("misses"))
                    System.out.printf(
                            "  %-16s truth %-17s model %-17s %.2f %s%n",
                            o.file(), o.truth(), p.best(), p.probability(), p.words());
            }
        }
        System.out.printf(
                "leave one layout out, dev split: %d documents, %d layouts (l2 %s, %d iterations)%n",
                n, byLayout.size(), l2, iterations);
        System.out.printf(
                "  model accuracy %.1f%%; agrees with the rules on %.1f%%, right on %.1f%% of those%n",
                100.0 * right / n, 100.0 * agree / n, 100.0 * agreeRight / Math.max(1, agree));
        for (int t = 3; t < 10; t++) {
            System.out.printf(
                    "  probability >= 0.%d: %5.1f%% of documents, %5.1f%% right%n",
                    t, 100.0 * above[t] / n, 100.0 * aboveRight[t] / Math.max(1, above[t]));
        }
    }
}

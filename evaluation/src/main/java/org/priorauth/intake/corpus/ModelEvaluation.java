package org.priorauth.intake.corpus;

import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Collectors;
import org.priorauth.intake.classification.Classification;
import org.priorauth.intake.classification.ClassificationRules;
import org.priorauth.intake.classification.Classifier;
import org.priorauth.intake.classification.LetterModel;
import org.priorauth.intake.rules.RuleNode;
import org.priorauth.intake.scoring.LetterScoring;

/**
 * How well the letter model generalises to a layout it never saw: leave one layout out, over the dev split
 * only (train on the other dev layouts, predict the one left out), printed by confidence.
 *
 * <pre>mvn -q test-compile exec:java -Dexec.classpathScope=test -DreuseText=true \
 *     -Dexec.mainClass=org.priorauth.intake.corpus.ModelEvaluation</pre>
 */
public final class ModelEvaluation {

    public static void main(String[] args) throws Exception {
        if (Integer.getInteger("folds", 0) > 0) {
            withTheRules(Integer.getInteger("folds"));
            return;
        }
        List<LetterScoring.Outcome> dev = LetterScoring.evaluate(CorpusEvaluation.LETTERS).stream()
                .filter(o -> o.split().equals("dev"))
                .toList();
        Map<String, List<LetterScoring.Outcome>> byLayout = dev.stream()
                .collect(Collectors.groupingBy(LetterScoring.Outcome::template, TreeMap::new, Collectors.toList()));
        int n = 0, right = 0, agree = 0, agreeRight = 0;
        int[] above = new int[10], aboveRight = new int[10];
        for (var left : byLayout.entrySet()) {
            LetterModel model = trainWithout(dev, Set.of(left.getKey()));
            for (LetterScoring.Outcome o : left.getValue()) {
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
                n, byLayout.size(), l2(), iterations());
        System.out.printf(
                "  model accuracy %.1f%%; agrees with the rules on %.1f%%, right on %.1f%% of those%n",
                100.0 * right / n, 100.0 * agree / n, 100.0 * agreeRight / Math.max(1, agree));
        for (int t = 3; t < 10; t++) {
            System.out.printf(
                    "  probability >= 0.%d: %5.1f%% of documents, %5.1f%% right%n",
                    t, 100.0 * above[t] / n, 100.0 * aboveRight[t] / Math.max(1, above[t]));
        }
    }

    /**
     * The rules and the model together, as they classify in production, on dev letters whose layouts the model
     * did not learn from: the dev layouts are cut into {@code folds} groups, the model is trained on all groups but
     * one and weighed with the rules on the one left out. The rules were written on every dev letter, so this
     * flatters them; it is a yardstick for the model's part and for how the two are weighed, not a held-back
     * figure.
     */
    static void withTheRules(int folds) throws Exception {
        List<LetterScoring.Outcome> dev = LetterScoring.evaluate(CorpusEvaluation.LETTERS, false).stream()
                .filter(o -> o.split().equals("dev"))
                .toList();
        ClassificationRules rules =
                ClassificationRules.from(RuleNode.read(Path.of("routes/rules/classification.yaml")));
        List<String> layouts = dev.stream()
                .map(LetterScoring.Outcome::template)
                .distinct()
                .sorted()
                .toList();
        int n = 0, right = 0, accepted = 0, acceptedRight = 0, modelRight = 0, rulesRight = 0;
        Map<String, Integer> confusions = new TreeMap<>();
        for (int fold = 0; fold < folds; fold++) {
            int f = fold;
            Set<String> left = new HashSet<>();
            for (int i = 0; i < layouts.size(); i++) if (i % folds == f) left.add(layouts.get(i));
            LetterModel model = trainWithout(dev, left);
            for (LetterScoring.Outcome o : dev) {
                if (!left.contains(o.template())) continue;
                LetterModel.Prediction p = model.predict(o.text());
                Classification c = Classifier.weighed(o.classification(), p, rules);
                n++;
                if (c.type() == o.truth()) right++;
                if (p.best() == o.truth()) modelRight++;
                if (o.classification().type() == o.truth()) rulesRight++;
                if (c.confident()) {
                    accepted++;
                    if (c.type() == o.truth()) acceptedRight++;
                }
                if (c.type() != o.truth()) {
                    confusions.merge(
                            o.truth() + " -> " + c.type() + (c.confident() ? " (accepted)" : ""), 1, Integer::sum);
                    if (Boolean.getBoolean("misses"))
                        System.out.printf(
                                "  %-16s truth %-17s rules %-17s %.2f model %-17s %.2f -> %s %.2f%n",
                                o.file(),
                                o.truth(),
                                o.classification().type(),
                                o.classification().confidence(),
                                p.best(),
                                p.margin(),
                                c.type(),
                                c.confidence());
                }
            }
        }
        System.out.printf(
                "rules and model, dev split cut into %d folds by layout (%d documents, %d layouts)%n",
                folds, n, layouts.size());
        System.out.printf(
                "  accuracy %.1f%%, precision of auto-accepted %.1f%% (%d/%d), review rate %.1f%%%n",
                100.0 * right / n,
                100.0 * acceptedRight / Math.max(1, accepted),
                acceptedRight,
                accepted,
                100.0 * (n - accepted) / n);
        System.out.printf("  model alone %.1f%%, rules alone %.1f%%%n", 100.0 * modelRight / n, 100.0 * rulesRight / n);
        confusions.forEach((k, v) -> System.out.printf("  %3d  %s%n", v, k));
    }

    /**
     * The model trained on the dev letters of every layout but those left out, with TrainLetterModel's settings
     * unless {@code -Dl2} or {@code -Diterations} says otherwise.
     */
    private static LetterModel trainWithout(List<LetterScoring.Outcome> dev, Set<String> leftOut) {
        return LetterModel.train(
                dev.stream()
                        .filter(o -> !leftOut.contains(o.template()))
                        .map(LetterScoring.Outcome::example)
                        .toList(),
                l2(),
                iterations());
    }

    private static double l2() {
        return Double.parseDouble(System.getProperty("l2", String.valueOf(TrainLetterModel.L2)));
    }

    private static int iterations() {
        return Integer.getInteger("iterations", TrainLetterModel.ITERATIONS);
    }
}

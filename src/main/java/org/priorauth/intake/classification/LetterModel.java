package org.priorauth.intake.classification;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.priorauth.intake.rules.RuleNode;

/**
 * A small model of letters trained here, on labelled letters (the corpus' dev split, staff corrections): a
 * multinomial logistic regression over the words and word pairs a letter uses. It is a second opinion beside
 * the rules, not a replacement: it knows wording the rules do not, and the rules know policy it cannot learn
 * from a few hundred letters. A word counts only if it appears in letters of at least two different layouts
 * (or sources), so that one sender's template text does not pass for evidence.
 */
public final class LetterModel {

    /** One labelled letter; {@code group} is its layout or source, letters of one group share template text. */
    public record Example(String text, DocumentType type, String group) {}

    /** The model's belief per type, and the words that weighed most for the best type. */
    public record Prediction(Map<DocumentType, Double> probabilities, DocumentType best, List<String> words) {
        public double probability() {
            return probabilities.get(best);
        }

        /** How far the best type leads the next: the model's own measure of being sure. */
        public double margin() {
            double second = probabilities.entrySet().stream()
                    .filter(e -> e.getKey() != best)
                    .mapToDouble(Map.Entry::getValue)
                    .max()
                    .orElse(0);
            return probability() - second;
        }
    }

    private static final DocumentType[] TYPES = DocumentType.values();

    private final Map<String, double[]> weights;
    private final double[] bias;

    public LetterModel(Map<String, double[]> weights, double[] bias) {
        this.weights = weights;
        this.bias = bias;
    }

    public Map<String, double[]> weights() {
        return weights;
    }

    public double[] bias() {
        return bias;
    }

    /**
     * Reads {@code letter-model.yaml}: {@code types} (the order of every weight list), {@code bias}, and
     * {@code words}, each word or word pair with one weight per type.
     */
    public static LetterModel from(RuleNode root) {
        Map<String, RuleNode> top = root.map(Set.of("trainedOn", "features", "types", "bias", "words"));
        int features =
                RuleNode.optional(top, "features").map(n -> (int) n.number()).orElse(1);
        List<RuleNode> types = root.required(top, "types").list();
        if (types.size() != TYPES.length) throw top.get("types").error("list the " + TYPES.length + " document types");
        for (int i = 0; i < TYPES.length; i++) {
            if (!types.get(i).text().equals(TYPES[i].name()))
                throw types.get(i).error("expected " + TYPES[i].name() + " at this place");
        }
        double[] bias = numbers(root.required(top, "bias"));
        Map<String, double[]> weights = new LinkedHashMap<>();
        root.required(top, "words").map().forEach((word, w) -> weights.put(word, numbers(w)));
        if (!weights.isEmpty() && features != LetterWords.FEATURES) {
            // its words were cut another way: they would silently match nothing, so the file is refused
            throw (top.containsKey("features") ? top.get("features") : root)
                    .error("this model was trained on words read the way of version " + features
                            + "; this version reads them the way of version " + LetterWords.FEATURES
                            + ": retrain it with TrainLetterModel");
        }
        return new LetterModel(weights, bias);
    }

    private static double[] numbers(RuleNode node) {
        List<RuleNode> list = node.list();
        if (list.size() != TYPES.length) throw node.error("give one number per type (" + TYPES.length + ")");
        double[] values = new double[TYPES.length];
        for (int i = 0; i < values.length; i++) values[i] = list.get(i).number();
        return values;
    }

    /** The model as {@code letter-model.yaml}, weights rounded, words that weigh nothing left out. */
    public String toYaml(String trainedOn) {
        StringBuilder y = new StringBuilder();
        y.append("# The letter model: a second opinion beside classification.yaml, learnt from labelled letters.\n")
                .append("# Written by the TrainLetterModel command (see the README); retrain rather than edit it.\n")
                .append("# Each word or pair of words has one weight per type, in the order of 'types'.\n")
                .append("trainedOn: \"")
                .append(trainedOn)
                .append("\"\n")
                .append("features: ")
                .append(LetterWords.FEATURES)
                .append('\n')
                .append("types: [");
        for (int i = 0; i < TYPES.length; i++) y.append(i == 0 ? "" : ", ").append(TYPES[i].name());
        y.append("]\nbias: ").append(list(bias)).append("\nwords:\n");
        weights.entrySet().stream()
                .filter(e -> java.util.Arrays.stream(e.getValue()).anyMatch(v -> Math.abs(v) >= 0.005))
                .sorted(Map.Entry.comparingByKey())
                .forEach(e -> y.append("  \"")
                        .append(e.getKey())
                        .append("\": ")
                        .append(list(e.getValue()))
                        .append('\n'));
        return y.toString();
    }

    private static String list(double[] values) {
        StringBuilder s = new StringBuilder("[");
        for (int i = 0; i < values.length; i++) {
            s.append(i == 0 ? "" : ", ").append(String.format(Locale.ROOT, "%.3f", values[i]));
        }
        return s.append(']').toString();
    }

    /**
     * Trains on the examples: L2-regularised softmax regression by full-batch gradient descent. The step grows
     * while the loss falls and is halved when it rises (the "bold driver"): a fixed step stops short of the
     * optimum, and the step that would reach it depends on the corpus' size (evaluation/README.md has figures).
     */
    public static LetterModel train(List<Example> examples, double l2, int iterations) {
        Map<String, Set<String>> groupsOf = new HashMap<>();
        List<Set<String>> docs = new ArrayList<>();
        for (Example e : examples) {
            Set<String> f = LetterWords.of(e.text());
            docs.add(f);
            for (String w : f) groupsOf.computeIfAbsent(w, k -> new HashSet<>()).add(e.group());
        }
        Map<String, Integer> index = new LinkedHashMap<>();
        groupsOf.forEach((w, groups) -> {
            if (groups.size() >= 2) index.put(w, index.size());
        });
        int k = TYPES.length;
        double[][] w = new double[index.size()][k];
        double[] b = new double[k];
        int[][] x = new int[docs.size()][];
        for (int i = 0; i < docs.size(); i++) {
            x[i] = docs.get(i).stream()
                    .filter(index::containsKey)
                    .mapToInt(index::get)
                    .toArray();
        }
        double rate = 0.5;
        double lastLoss = Double.POSITIVE_INFINITY;
        for (int it = 0; it < iterations; it++) {
            double[][] gw = new double[w.length][k];
            double[] gb = new double[k];
            double loss = 0;
            for (int i = 0; i < x.length; i++) {
                double scale = 1 / Math.sqrt(Math.max(1, x[i].length));
                double[] p = softmax(scores(x[i], scale, w, b));
                int y = examples.get(i).type().ordinal();
                loss -= Math.log(Math.max(Double.MIN_NORMAL, p[y]));
                for (int c = 0; c < k; c++) {
                    double g = p[c] - (c == y ? 1 : 0);
                    gb[c] += g;
                    for (int f : x[i]) gw[f][c] += g * scale;
                }
            }
            int n = x.length;
            loss /= Math.max(1, n);
            for (double[] wf : w) for (double v : wf) loss += l2 / 2 * v * v;
            rate = loss > lastLoss ? rate / 2 : rate * 1.05;
            lastLoss = loss;
            for (int c = 0; c < k; c++) b[c] -= rate * gb[c] / n;
            for (int f = 0; f < w.length; f++) {
                for (int c = 0; c < k; c++) w[f][c] -= rate * (gw[f][c] / n + l2 * w[f][c]);
            }
        }
        Map<String, double[]> weights = new LinkedHashMap<>();
        index.forEach((word, i) -> weights.put(word, w[i]));
        return new LetterModel(weights, b);
    }

    public Prediction predict(String text) {
        Map<String, String> asWritten = LetterWords.asWritten(text);
        List<String> present =
                asWritten.keySet().stream().filter(weights::containsKey).toList();
        double scale = 1 / Math.sqrt(Math.max(1, present.size()));
        double[] s = bias.clone();
        for (String f : present) {
            double[] wf = weights.get(f);
            for (int c = 0; c < s.length; c++) s[c] += wf[c] * scale;
        }
        double[] p = softmax(s);
        int best = 0;
        for (int c = 1; c < p.length; c++) if (p[c] > p[best]) best = c;
        Map<DocumentType, Double> probabilities = new EnumMap<>(DocumentType.class);
        for (int c = 0; c < p.length; c++) probabilities.put(TYPES[c], p[c]);
        int chosen = best;
        // shown to staff as the letter wrote them ("approved", "not covered"), not as the model's stems
        List<String> words = present.stream()
                .sorted(Comparator.comparingDouble((String f) -> -margin(weights.get(f), chosen)))
                .limit(6)
                .map(asWritten::get)
                .toList();
        return new Prediction(probabilities, TYPES[best], words);
    }

    /** How much a word favours a type over the average of the others. */
    private static double margin(double[] w, int c) {
        double others = 0;
        for (int i = 0; i < w.length; i++) if (i != c) others += w[i];
        return w[c] - others / (w.length - 1);
    }

    private static double[] scores(int[] x, double scale, double[][] w, double[] b) {
        double[] s = b.clone();
        for (int f : x) for (int c = 0; c < s.length; c++) s[c] += w[f][c] * scale;
        return s;
    }

    private static double[] softmax(double[] s) {
        double max = Double.NEGATIVE_INFINITY;
        for (double v : s) max = Math.max(max, v);
        double sum = 0;
        double[] p = new double[s.length];
        for (int i = 0; i < s.length; i++) {
            p[i] = Math.exp(s[i] - max);
            sum += p[i];
        }
        for (int i = 0; i < p.length; i++) p[i] /= sum;
        return p;
    }
}

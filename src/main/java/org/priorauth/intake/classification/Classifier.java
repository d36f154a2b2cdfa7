package org.priorauth.intake.classification;

import java.time.Duration;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.priorauth.intake.reading.ExtractedText;
import org.priorauth.intake.reading.KeyValueLines;
import org.priorauth.intake.reading.PageText;
import org.priorauth.intake.reading.TableRows;
import org.priorauth.intake.rules.PatternBudget;
import org.priorauth.intake.rules.PatternStarts;

/**
 * Scores every type by the evidence its rules find (each cue counts once, on the first page it appears) less
 * its counter-evidence; pages behind the letter's first count for less (the rules' {@code enclosures}). The best
 * type wins; the confidence is how far it leads the runner-up, scaled down when the evidence is thin. Nothing
 * found at all is not a quiet "OTHER": it is an unsure answer.
 */
public final class Classifier {

    private Classifier() {}

    /** The rules' answer weighed with the letter model's (see {@link SecondOpinion}); the rules alone without one. */
    public static Classification classify(ExtractedText text, ClassificationRules rules, LetterModel model) {
        if (model == null || model.weights().isEmpty()) return classify(text, rules);
        Classification byRules = withinBudget(text, rules);
        if (byRules == null) return outOfTime();
        return weighed(byRules, model.predict(text.fullText()), rules);
    }

    /** How long the rules' patterns may take on one document before it goes to a person instead. */
    public static final Duration PATTERN_BUDGET = Duration.ofSeconds(2);

    /** The rules' scores, their patterns limited to {@link #PATTERN_BUDGET}; null when they ran over it. */
    private static Classification withinBudget(ExtractedText text, ClassificationRules rules) {
        try {
            return PatternBudget.within(PATTERN_BUDGET, () -> scored(text, rules));
        } catch (PatternBudget.TooSlow e) {
            return null;
        }
    }

    /** The rules ran over their time: a person decides this document, and intake goes on with the next one. */
    private static Classification outOfTime() {
        Classification none = new Classification(DocumentType.OTHER, 0, false, List.of(), Map.of());
        return held(
                none,
                "classification.yaml",
                "its patterns took more than " + PATTERN_BUDGET.toMillis() + " ms on this document: an admin should "
                        + "look for a slow pattern (the rule file's dry run shows which documents it reads)");
    }

    /**
     * The rules' answer weighed with the model's, then held once on the answer of both. The evaluation that
     * trains a model per fold calls this too, so that it measures what production does.
     */
    public static Classification weighed(
            Classification byRules, LetterModel.Prediction second, ClassificationRules rules) {
        return holdForReview(
                SecondOpinion.weigh(byRules, second, rules.threshold(), rules.strongEvidence()), rules, second);
    }

    /** The rules alone. */
    public static Classification classify(ExtractedText text, ClassificationRules rules) {
        Classification byRules = withinBudget(text, rules);
        if (byRules == null) return outOfTime();
        return holdForReview(byRules, rules, null);
    }

    /**
     * The rules' holds (see {@link ClassificationRules.Hold}): an answer is not accepted, however sure, while the
     * rules found enough evidence for a type whose misreading costs more, or while the letter model does not
     * firmly share it. A denial, an approval or a request read as OTHER raises no task and would sit unread; a
     * partial denial read as an approval would never be appealed. A person decides, and the evidence says why.
     * {@code second}: the letter model's opinion, null when there is none (its holds are then not applied).
     */
    public static Classification holdForReview(
            Classification c, ClassificationRules rules, LetterModel.Prediction second) {
        if (!c.confident()) return c;
        for (ClassificationRules.Hold hold : rules.holds()) {
            if (hold.read() != c.type()) continue;
            if (hold.letterModelBelow() > 0) {
                if (second == null) continue;
                // the rules' own evidence is strong enough to stand without the model's
                if (hold.rulesBelow() > 0 && c.scores().getOrDefault(c.type(), 0.0) >= hold.rulesBelow()) continue;
                double p = second.probabilities().getOrDefault(c.type(), 0.0);
                if (p >= hold.letterModelBelow()) continue;
                return held(
                        c,
                        c.type() + " held while the letter model gives it less than " + hold.letterModelBelow()
                                + " (line " + hold.line() + ")",
                        String.format(java.util.Locale.ROOT, "letter model: %s %.2f", c.type(), p));
            }
            for (DocumentType other : hold.evidenceFor()) {
                double score = c.scores().getOrDefault(other, 0.0);
                if (score < hold.atLeast()) continue;
                return held(
                        c,
                        c.type() + " held while " + other + " evidence scores " + hold.atLeast() + " or more (line "
                                + hold.line() + ")",
                        other + " scores " + Math.round(score * 10) / 10.0);
            }
        }
        return c;
    }

    private static Classification held(Classification c, String rule, String matched) {
        List<Evidence> evidence = new ArrayList<>(c.evidence());
        evidence.add(new Evidence(HELD_FOR_REVIEW, rule, matched, 0, 0));
        return new Classification(c.type(), c.confidence(), false, evidence, c.scores());
    }

    /** The kind of the evidence a hold adds: what the review reason is read from. */
    public static final String HELD_FOR_REVIEW = "held for review";

    private static Classification scored(ExtractedText text, ClassificationRules rules) {
        Map<DocumentType, Double> scores = new EnumMap<>(DocumentType.class);
        Map<DocumentType, List<Evidence>> found = new EnumMap<>(DocumentType.class);
        // the weight a type's evidence loses out of its context, for the type named to take it (restFor)
        Map<DocumentType, List<Evidence>> rest = new EnumMap<>(DocumentType.class);
        // a portal table read as its labels too ("Requested: 8 units", "Approved: 4 units"), and a system's export
        // ("OUTCOME=DENIED"), as the fields are (FieldReader.read prepares its text the same way)
        List<PageText> pages = TableRows.withCellLabels(KeyValueLines.asLabels(text)).pages().stream()
                .map(p -> p.withText(LetterPages.blank(
                        LetterPages.blank(LetterPages.dehyphenate(p.text()), rules.unmarked()), rules.quoted())))
                .toList();

        String all = pages.stream().map(PageText::text).collect(java.util.stream.Collectors.joining("\n"));
        int letterStart = LetterPages.letterStart(pages);
        rules.types().forEach((type, typeRules) -> {
            List<Evidence> evidence = new ArrayList<>();
            ClassificationRules.Context context = typeRules.context();
            boolean outOfContext = context != null
                    && !context.pattern().matcher(PatternBudget.text(all)).find();
            for (ClassificationRules.Cue cue : typeRules.evidence()) {
                Evidence e = firstMatch(pages, letterStart, cue, type, +1, rules, null);
                if (e != null && outOfContext) {
                    if (context.restFor() != null)
                        rest.computeIfAbsent(context.restFor(), t -> new ArrayList<>())
                                .add(new Evidence(
                                        type + " out of context",
                                        e.rule(),
                                        e.matched(),
                                        e.page(),
                                        e.weight() * (1 - context.factor())));
                    e = new Evidence(
                            e.kind() + " (out of context)",
                            e.rule(),
                            e.matched(),
                            e.page(),
                            e.weight() * context.factor());
                }
                if (e != null) evidence.add(e);
            }
            found.put(type, evidence);
        });

        // the letter's own first page (behind a fax cover sheet): when it has evidence, the pages behind it are
        // enclosures (rights, forms, copies of other letters) and speak with less weight, each for itself
        int lead = pages.isEmpty() ? 0 : pages.get(Math.max(0, letterStart)).number();
        boolean enclosures = rules.enclosures() != null
                && found.values().stream().flatMap(List::stream).anyMatch(e -> e.page() <= lead);
        double factor = enclosures ? rules.enclosures() : 1;
        found.replaceAll((type, evidence) -> enclosed(evidence, lead, factor));
        rest.replaceAll((type, evidence) -> enclosed(evidence, lead, factor));
        // the letter's own pages (a fax cover sheet and the first page behind it), where counter-evidence speaks for
        // the whole letter
        Set<Integer> letterPages = new HashSet<>();
        for (PageText page : pages) if (page.number() <= lead) letterPages.add(page.number());
        rules.types().forEach((type, typeRules) -> {
            List<Evidence> evidence = found.get(type);
            // counter-evidence on an enclosure cancels only what was found on its own page: a rights page's "if
            // we deny a request" says nothing against the denial in front of it
            Set<Integer> onPages = null;
            if (enclosures) {
                onPages = new HashSet<>(letterPages);
                for (Evidence e : evidence) onPages.add(e.page());
            }
            for (ClassificationRules.Cue cue : typeRules.counter()) {
                Evidence e = firstMatch(pages, letterStart, cue, type, -1, rules, onPages);
                if (e != null) evidence.add(enclosed(e, lead, factor));
            }
        });
        found.forEach((type, evidence) -> scores.put(
                type,
                Math.max(0, evidence.stream().mapToDouble(Evidence::weight).sum())));
        // what another type's evidence lost out of its context counts for the type named to take it
        rest.forEach((type, evidence) -> {
            scores.merge(type, evidence.stream().mapToDouble(Evidence::weight).sum(), Double::sum);
            found.computeIfAbsent(type, t -> new ArrayList<>()).addAll(evidence);
        });

        DocumentType best = null;
        double first = 0;
        double second = 0;
        for (Map.Entry<DocumentType, Double> s : scores.entrySet()) {
            if (best == null || s.getValue() > first) {
                second = best == null ? 0 : first;
                best = s.getKey();
                first = s.getValue();
            } else if (s.getValue() > second) {
                second = s.getValue();
            }
        }
        if (best == null || first == 0) {
            List<Evidence> none = List.of(new Evidence("type", "no rule matched", "", 0, 0));
            return new Classification(DocumentType.OTHER, 0, false, none, scores);
        }
        double confidence = ((first - second) / first) * Math.min(1, first / rules.strongEvidence());
        confidence = Math.round(confidence * 1000) / 1000.0;
        return new Classification(best, confidence, confidence >= rules.threshold(), found.get(best), scores);
    }

    private static Evidence firstMatch(
            List<PageText> pages,
            int letterStart,
            ClassificationRules.Cue cue,
            DocumentType type,
            int sign,
            ClassificationRules rules,
            Set<Integer> onPages) {
        for (int i = 0; i < pages.size(); i++) {
            PageText page = pages.get(i);
            if (onPages != null && !onPages.contains(page.number())) continue;
            // a heading cue reads the first page's heading and, after a fax cover sheet, the letter's own
            if (cue.headingOnly() && (letterStart < 0 || i != 0 && i != letterStart)) continue;
            String text = cue.headingOnly() ? LetterPages.heading(page) : page.text();
            if (text.isEmpty()) continue;
            Matcher m = cue.pattern().matcher(PatternBudget.text(text));
            int from = 0;
            while (PatternStarts.next(cue.starts(), m, text, from)) {
                from = m.end() > m.start() ? m.end() : m.end() + 1;
                if (negated(text, m.start(), rules.negation())) continue;
                String matched = m.group().replaceAll("\\s+", " ");
                double weight = sign * cue.weight();
                String kind = sign > 0 ? type.name() : "against " + type.name();
                ClassificationRules.Recap recap = sign > 0 ? rules.recap() : null;
                if (recap != null
                        && recap.pattern()
                                .matcher(PatternBudget.text(LetterPages.sentenceAround(text, m.start(), m.end())))
                                .find()) {
                    weight *= recap.factor();
                    kind = type.name() + " (in a recap)";
                }
                return new Evidence(kind, cue.name(), matched, page.number(), weight);
            }
        }
        return null;
    }

    /** Evidence on a page behind the letter's first: it keeps {@code factor} of its weight. */
    private static Evidence enclosed(Evidence e, int lead, double factor) {
        if (factor == 1 || e.page() <= lead) return e;
        return new Evidence(e.kind() + " (enclosure)", e.rule(), e.matched(), e.page(), e.weight() * factor);
    }

    private static List<Evidence> enclosed(List<Evidence> evidence, int lead, double factor) {
        List<Evidence> out = new ArrayList<>();
        for (Evidence e : evidence) out.add(enclosed(e, lead, factor));
        return out;
    }

    /** "was not approved", "no referral needed": the words just before a match turn it around. */
    private static boolean negated(String text, int start, Pattern negation) {
        if (negation == null) return false;
        int lineStart = text.lastIndexOf('\n', start - 1) + 1;
        // a sentence wrapped onto the next line ("If a / request is denied", "we have not / approved") reads on
        // from the line above when that line stops mid-sentence, on a small word; a form's line ("Approved: No")
        // ends on a capital or a mark and stays apart
        if (lineStart >= 2 && Character.isLowerCase(text.charAt(lineStart - 2)))
            lineStart = text.lastIndexOf('\n', lineStart - 2) + 1;
        String before = text.substring(Math.max(lineStart, start - 40), start);
        return negation.matcher(PatternBudget.text(before)).find();
    }
}

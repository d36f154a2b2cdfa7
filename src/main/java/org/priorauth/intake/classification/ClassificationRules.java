package org.priorauth.intake.classification;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import org.priorauth.intake.rules.PatternStarts;
import org.priorauth.intake.rules.RuleNode;

/**
 * The evidence model of {@code classification.yaml}: for each type, phrases and patterns that speak for it
 * (evidence) and against it (counter), each with a weight.
 *
 * @param threshold confidence under which a person decides
 * @param strongEvidence the score at which evidence counts as complete; less lowers the confidence
 * @param negation words that, standing just before a match, turn it around ("not approved", "no referral
 *     needed"): such a match is no evidence. Matched against the text before the cue, so it ends in {@code $}.
 * @param unmarked the options of a form that nobody ticked ("[ ] Denied", "( ) Not approved"): blanked before the
 *     cues are matched, since a form prints every answer and only the ticked one is the letter's
 * @param quoted the earlier message an e-mail reply quotes below its answer ("> Please send the chart notes"):
 *     blanked too, since it is a recap of what was said before, not this letter's word
 * @param holds answers that are not accepted, however sure, while the rules found enough evidence for a type
 *     whose misreading would cost more (a decision read as OTHER raises no task and sits unread)
 * @param enclosures the share of its weight that evidence keeps on the pages behind the letter's first page, when
 *     that page has evidence of its own (null: every page counts alike). A letter says what it is on its first
 *     page; behind it come rights, forms and copies of other letters. Counter-evidence on those pages cancels
 *     only what was found on its own page.
 */
public record ClassificationRules(
        double threshold,
        double strongEvidence,
        Map<DocumentType, TypeRules> types,
        Recap recap,
        Pattern negation,
        Pattern unmarked,
        Pattern quoted,
        List<Hold> holds,
        Double enclosures) {

    public ClassificationRules {
        holds = List.copyOf(holds);
    }

    public ClassificationRules(double threshold, double strongEvidence, Map<DocumentType, TypeRules> types) {
        this(threshold, strongEvidence, types, null, null, null, null, List.of(), null);
    }

    /** The same settings over other cues (a draft of the rules). */
    public ClassificationRules withTypes(Map<DocumentType, TypeRules> otherTypes) {
        return new ClassificationRules(
                threshold, strongEvidence, otherTypes, recap, negation, unmarked, quoted, holds, enclosures);
    }

    /**
     * One phrase or pattern and its weight. A phrase matches its words with any spacing, any case, and the
     * letters OCR confuses with digits. {@code headingOnly}: the cue counts only in the letter's first lines,
     * where senders name themselves and letters state their decision.
     */
    public record Cue(
            String name, Pattern pattern, double weight, int line, boolean headingOnly, PatternStarts starts) {
        public Cue(String name, Pattern pattern, double weight, int line) {
            this(name, pattern, weight, line, false);
        }

        /** A cue searched everywhere on the page. */
        public Cue(String name, Pattern pattern, double weight, int line, boolean headingOnly) {
            this(name, pattern, weight, line, headingOnly, null);
        }
    }

    /**
     * A document read as {@code read} is not accepted (a person decides) when the rules' evidence for one of the
     * types in {@code evidenceFor} adds up to {@code atLeast} or more, or, in a hold on the letter model's word,
     * when the letter model gives {@code read} a probability under {@code letterModelBelow} (the rules and the
     * model do not agree firmly), unless the rules' own evidence for {@code read} reaches {@code rulesBelow} (0:
     * whatever the rules found). A hold on the model's word does nothing where there is no model.
     */
    public record Hold(
            DocumentType read,
            Set<DocumentType> evidenceFor,
            double atLeast,
            double letterModelBelow,
            double rulesBelow,
            int line) {
        public Hold {
            // in the types' order, so that the reason shown to staff names the same type from one run to the next
            evidenceFor = evidenceFor.isEmpty()
                    ? Set.of()
                    : java.util.Collections.unmodifiableSet(java.util.EnumSet.copyOf(evidenceFor));
        }
    }

    /**
     * Evidence in a sentence that recaps an earlier decision ("on 10/02 we denied...", "previously denied")
     * counts {@code factor} of its weight: a letter's own decision is not the one it recalls.
     */
    public record Recap(Pattern pattern, double factor) {}

    /**
     * A type's cues; with a {@code context}, the evidence counts only {@code factor} of its weight in a document
     * where the context pattern is nowhere (a prior-authorization decision names a drug or an authorization:
     * "your address change has been approved" is not one).
     */
    public record TypeRules(List<Cue> evidence, List<Cue> counter, Context context) {
        public TypeRules(List<Cue> evidence, List<Cue> counter) {
            this(evidence, counter, null);
        }
    }

    /**
     * {@code restFor}, when set, is the type the rest of the weight ({@code 1 - factor}) counts for out of context:
     * a pharmacy's letter that is about no patient is its general mail, which the policy calls OTHER.
     */
    public record Context(Pattern pattern, double factor, DocumentType restFor) {
        public Context(Pattern pattern, double factor) {
            this(pattern, factor, null);
        }
    }

    public static ClassificationRules from(RuleNode root) {
        Map<String, RuleNode> top = root.map(Set.of(
                "threshold",
                "strongEvidence",
                "holds",
                "types",
                "recap",
                "negation",
                "unmarked",
                "quoted",
                "enclosures",
                "words"));
        WordLists words = WordLists.from(RuleNode.optional(top, "words"));
        double threshold = root.required(top, "threshold").number();
        if (threshold <= 0 || threshold >= 1) throw top.get("threshold").error("threshold must lie between 0 and 1");
        double strong =
                RuleNode.optional(top, "strongEvidence").map(RuleNode::number).orElse(4.0);
        if (strong <= 0) throw top.get("strongEvidence").error("strongEvidence must be above 0");
        Map<DocumentType, TypeRules> types = new EnumMap<>(DocumentType.class);
        // evidence that also speaks against another type ("against: APPROVAL"), added to that type's counters
        Map<DocumentType, List<Cue>> against = new EnumMap<>(DocumentType.class);
        RuleNode typesNode = root.required(top, "types");
        for (Map.Entry<String, RuleNode> entry : typesNode.map().entrySet()) {
            DocumentType type = typeOf(entry.getKey(), entry.getValue());
            Map<String, RuleNode> body = entry.getValue().map(Set.of("evidence", "counter", "context"));
            Context context = null;
            if (body.containsKey("context")) {
                Map<String, RuleNode> c = body.get("context").map(Set.of("pattern", "phrase", "otherwise", "restFor"));
                double factor = body.get("context").required(c, "otherwise").number();
                if (factor < 0 || factor > 1) throw c.get("otherwise").error("otherwise must lie between 0 and 1");
                DocumentType restFor =
                        c.containsKey("restFor") ? typeOf(c.get("restFor").text(), c.get("restFor")) : null;
                if (restFor == type) throw c.get("restFor").error("restFor must name another type than " + type);
                if (c.containsKey("pattern") == c.containsKey("phrase"))
                    throw body.get("context").error("give either a phrase or a pattern");
                Pattern where =
                        c.containsKey("phrase") ? words.phrase(c.get("phrase")) : words.pattern(c.get("pattern"));
                context = new Context(where, factor, restFor);
            }
            types.put(
                    type,
                    new TypeRules(
                            cues(RuleNode.optional(body, "evidence"), type, against, words),
                            cues(RuleNode.optional(body, "counter"), type, null, words),
                            context));
        }
        against.forEach(
                (type, cues) -> types.computeIfAbsent(type, t -> new TypeRules(new ArrayList<>(), new ArrayList<>()))
                        .counter()
                        .addAll(cues));
        Recap recap = null;
        if (top.containsKey("recap")) {
            Map<String, RuleNode> r = top.get("recap").map(Set.of("pattern", "factor"));
            double factor = top.get("recap").required(r, "factor").number();
            if (factor < 0 || factor > 1) throw r.get("factor").error("factor must lie between 0 and 1");
            recap = new Recap(words.pattern(top.get("recap").required(r, "pattern")), factor);
        }
        Pattern negation =
                RuleNode.optional(top, "negation").map(words::pattern).orElse(null);
        Pattern unmarked =
                RuleNode.optional(top, "unmarked").map(words::pattern).orElse(null);
        Pattern quoted = RuleNode.optional(top, "quoted").map(words::pattern).orElse(null);
        List<Hold> holds = new ArrayList<>();
        if (top.containsKey("holds")) {
            for (RuleNode item : top.get("holds").list()) holds.add(hold(item));
        }
        words.requireEachNamed();
        Double enclosures = null;
        if (top.containsKey("enclosures")) {
            Map<String, RuleNode> e = top.get("enclosures").map(Set.of("factor"));
            enclosures = top.get("enclosures").required(e, "factor").number();
            if (enclosures < 0 || enclosures > 1) throw e.get("factor").error("factor must lie between 0 and 1");
        }
        return new ClassificationRules(threshold, strong, types, recap, negation, unmarked, quoted, holds, enclosures);
    }

    private static DocumentType typeOf(String name, RuleNode at) {
        for (DocumentType type : DocumentType.values()) {
            if (type.name().equals(name)) return type;
        }
        throw at.error(
                "'" + name + "' is not a document type (" + java.util.Arrays.toString(DocumentType.values()) + ")");
    }

    /**
     * One entry of {@code holds:}: {@code { read: OTHER, evidenceFor: [DENIAL, APPROVAL], atLeast: 3 }}, or on the
     * letter model's word, {@code { read: OTHER, letterModelBelow: 0.5, rulesBelow: 10 }}.
     */
    private static Hold hold(RuleNode item) {
        Map<String, RuleNode> h = item.map(Set.of("read", "evidenceFor", "atLeast", "letterModelBelow", "rulesBelow"));
        RuleNode readNode = item.required(h, "read");
        DocumentType read = typeOf(readNode.text(), readNode);
        if (h.containsKey("letterModelBelow")) {
            if (h.containsKey("evidenceFor") || h.containsKey("atLeast"))
                throw item.error("a hold is either on evidence (evidenceFor, atLeast) or on the letter model"
                        + " (letterModelBelow), not both");
            double below = h.get("letterModelBelow").number();
            if (below <= 0 || below > 1)
                throw h.get("letterModelBelow").error("letterModelBelow is a probability, above 0 and at most 1");
            double rulesBelow =
                    h.containsKey("rulesBelow") ? h.get("rulesBelow").number() : 0;
            if (rulesBelow < 0) throw h.get("rulesBelow").error("rulesBelow is a score, 0 or more");
            return new Hold(read, Set.of(), 0, below, rulesBelow, item.line());
        }
        if (h.containsKey("rulesBelow"))
            throw h.get("rulesBelow").error("rulesBelow goes with letterModelBelow: a hold on the letter model's word");
        Set<DocumentType> evidenceFor = java.util.EnumSet.noneOf(DocumentType.class);
        for (RuleNode t : item.required(h, "evidenceFor").list()) {
            DocumentType type = typeOf(t.text(), t);
            if (type == read) throw t.error("a hold names the evidence of other types than " + read);
            evidenceFor.add(type);
        }
        if (evidenceFor.isEmpty()) throw h.get("evidenceFor").error("evidenceFor names at least one type");
        double atLeast = item.required(h, "atLeast").number();
        if (atLeast <= 0) throw h.get("atLeast").error("atLeast must be above 0");
        return new Hold(read, evidenceFor, atLeast, 0, 0, item.line());
    }

    /**
     * A type's evidence or counter cues. An evidence cue with {@code against: TYPE} is also counter-evidence for
     * that type, at the same weight: "approved in part" is a denial's evidence and an approval's counter in one
     * line, so that the two cannot drift apart.
     */
    private static List<Cue> cues(
            java.util.Optional<RuleNode> list,
            DocumentType owner,
            Map<DocumentType, List<Cue>> against,
            WordLists words) {
        List<Cue> cues = new ArrayList<>();
        if (list.isEmpty()) return cues;
        for (RuleNode item : list.get().list()) {
            Map<String, RuleNode> cue =
                    item.map(Set.of("phrase", "phrases", "pattern", "weight", "name", "in", "against"));
            RuleNode phrase = cue.get("phrase");
            RuleNode phrases = cue.get("phrases");
            RuleNode pattern = cue.get("pattern");
            int given = (phrase == null ? 0 : 1) + (phrases == null ? 0 : 1) + (pattern == null ? 0 : 1);
            if (given != 1) throw item.error("give one of phrase, phrases or pattern");
            double weight = item.required(cue, "weight").number();
            if (weight <= 0)
                throw cue.get("weight").error("weight must be above 0 (counter-evidence goes under 'counter')");
            Pattern compiled = phrase != null
                    ? words.phrase(phrase)
                    : phrases != null ? words.anyPhrase(phrases) : words.pattern(pattern);
            String name = RuleNode.optional(cue, "name")
                    .map(RuleNode::text)
                    .orElseGet(() -> phrase != null
                            ? phrase.text()
                            : phrases != null
                                    ? String.join(
                                            " / ",
                                            phrases.list().stream()
                                                    .map(RuleNode::text)
                                                    .toList())
                                    : pattern.text());
            boolean headingOnly = false;
            if (cue.containsKey("in")) {
                String where = cue.get("in").text();
                if (!where.equals("heading") && !where.equals("anywhere"))
                    throw cue.get("in").error("'in' is heading or anywhere");
                headingOnly = where.equals("heading");
            }
            // a cue is searched only where it can begin (PatternStarts)
            Cue read = new Cue(name, compiled, weight, item.line(), headingOnly, PatternStarts.of(compiled));
            cues.add(read);
            if (cue.containsKey("against")) {
                RuleNode named = cue.get("against");
                if (against == null) throw named.error("'against' belongs to evidence, not to a counter");
                // one type, or a list of them: who sent a letter speaks against every type but its own
                for (RuleNode each : named.isList() ? named.list() : List.of(named)) {
                    DocumentType other = typeOf(each.text(), each);
                    if (other == owner) throw each.error("a cue cannot speak against its own type " + owner);
                    against.computeIfAbsent(other, t -> new ArrayList<>()).add(read);
                }
            }
        }
        return cues;
    }

    /**
     * A phrase of plain words compiled as classification.yaml's {@code phrase:} is (see {@link WordLists}): words in
     * order, any spacing or line break between them, each letter also matching what OCR reads it as.
     */
    public static Pattern phrasePattern(String phrase) {
        return WordLists.none().phrase(phrase);
    }
}

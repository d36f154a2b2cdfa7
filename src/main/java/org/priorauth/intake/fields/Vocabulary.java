package org.priorauth.intake.fields;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.priorauth.intake.IntakeSettings;
import org.priorauth.intake.rules.PatternStarts;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.stereotype.Component;

/**
 * The clinic's word lists in {@code ocr-models/}: drug brands with their generic names, and payers with the
 * other names their letters use. A line is {@code Canonical | alias | alias}; {@code #} starts a comment.
 * OCR text is mended to the same lists' spellings (ClinicWords), so a clinic adds a drug or payer in one place.
 */
@Component
public class Vocabulary {

    private final List<Term> drugs;
    private final List<Term> payers;
    private final Set<String> treatments;

    @Autowired
    public Vocabulary(IntakeSettings settings) {
        this(settings.ocrModelsDir());
    }

    /** The word lists of an {@code ocr-models} folder. */
    public Vocabulary(Path ocrModelsDir) {
        this(
                load(ocrModelsDir.resolve("drugs.txt")),
                Files.exists(ocrModelsDir.resolve("treatments.txt"))
                        ? load(ocrModelsDir.resolve("treatments.txt"))
                        : Map.of(),
                load(ocrModelsDir.resolve("payers.txt")));
    }

    Vocabulary(Map<String, List<String>> drugs, Map<String, List<String>> payers) {
        this(drugs, Map.of(), payers);
    }

    /** @param treatments what is not a drug but is asked for like one (phototherapy): see {@link #medicinesIn} */
    Vocabulary(
            Map<String, List<String>> drugs, Map<String, List<String>> treatments, Map<String, List<String>> payers) {
        Map<String, List<String>> both = new LinkedHashMap<>(drugs);
        both.putAll(treatments);
        this.drugs = terms(both, true);
        this.treatments = Set.copyOf(treatments.keySet());
        this.payers = terms(payers, false);
    }

    /**
     * The drugs a text names, without the treatments that are no drug (treatments.txt): a letter that mentions
     * phototherapy in a table of benefits asks for nothing; one that names it under a label reads it through
     * {@link #drugsIn}.
     */
    public List<Mention> medicinesIn(String text) {
        return drugsIn(text).stream()
                .filter(m -> !treatments.contains(m.canonical()))
                .toList();
    }

    /** A name as found in the text: the canonical name, where it stands and the words matched. */
    public record Mention(String canonical, int start, int end, String matched) {

        boolean inside(Mention other) {
            return other != this && other.start <= start && end <= other.end && other.end - other.start > end - start;
        }
    }

    public List<Mention> drugsIn(String text) {
        // "adalimumab biosimilars", "a biosimilar of ustekinumab" name the copies of a product, not the product
        return find(drugs, text).stream()
                .filter(m -> !BIOSIMILARS_AFTER
                        .matcher(text.substring(m.end(), Math.min(text.length(), m.end() + 20)))
                        .lookingAt())
                .filter(m -> !BIOSIMILARS_BEFORE
                        .matcher(text.substring(Math.max(0, m.start() - 30), m.start()))
                        .find())
                .toList();
    }

    private static final Pattern BIOSIMILARS_AFTER =
            Pattern.compile("\\s*(?:-\\s*)?biosimilar", Pattern.CASE_INSENSITIVE);
    private static final Pattern BIOSIMILARS_BEFORE =
            Pattern.compile("biosimilars?\\s+(?:of|to|for)\\s+(?:the\\s+)?$", Pattern.CASE_INSENSITIVE);

    public List<Mention> payersIn(String text) {
        return find(payers, text);
    }

    /** @param starts where the name can begin: every page is searched for every drug and payer name */
    private record Term(String canonical, Pattern pattern, PatternStarts starts) {
        Term(String canonical, Pattern pattern) {
            this(canonical, pattern, PatternStarts.of(pattern));
        }
    }

    /** What may stand between two names that are one: spaces, or an opening bracket. */
    private static final Pattern BETWEEN_ONE_NAME = Pattern.compile("\\s*(?:\\(\\s*)?");

    /**
     * The letters OCR takes for one another in a printed name ("Rinvog", "0tezla", "Ta1tz", "Cosentvx"): a drug's
     * name matches with any of them, so that a fax's misreading still names the drug. Brand names are long and
     * unlike English words, so the looser match finds no drug where there is none.
     */
    private static final Map<Character, String> OCR_LOOKALIKES = Map.ofEntries(
            Map.entry('o', "[o0]"),
            Map.entry('l', "[l1i|]"),
            Map.entry('i', "[il1|!]"),
            Map.entry('q', "[qg]"),
            Map.entry('g', "[gq]"),
            Map.entry('m', "(?:m|rn)"),
            Map.entry('e', "[ec]"),
            Map.entry('c', "[ce]"),
            Map.entry('s', "[s5]"),
            Map.entry('z', "[z2]"),
            Map.entry('y', "[yv]"),
            Map.entry('f', "[fti]"));

    private static String ocrTolerant(String name) {
        StringBuilder p = new StringBuilder();
        for (char ch : name.toCharArray()) {
            if (Character.isWhitespace(ch)) p.append("\\s+");
            else if (OCR_LOOKALIKES.containsKey(ch)) p.append(OCR_LOOKALIKES.get(ch));
            else p.append(Pattern.quote(String.valueOf(ch)));
        }
        return p.toString();
    }

    private static List<Mention> find(List<Term> terms, String text) {
        List<Mention> found = new ArrayList<>();
        for (Term term : terms) {
            Matcher m = term.pattern().matcher(text);
            int from = 0;
            while (PatternStarts.next(term.starts(), m, text, from)) {
                found.add(new Mention(term.canonical(), m.start(), m.end(), m.group()));
                from = m.end() > m.start() ? m.end() : m.end() + 1;
            }
        }
        // "Anthem Blue Cross Blue Shield" names Anthem, not also Blue Cross Blue Shield: a name inside a longer one is
        // not a mention
        List<Mention> names =
                found.stream().filter(m -> found.stream().noneMatch(m::inside)).toList();
        // "UnitedHealthcare Medicare Advantage" is the plan's product: a name right after another (spaces between)
        // belongs to it; so does a name in brackets right after it, "Yesintek (ustekinumab-kfce)" naming the brand's
        // own generic, even where OCR garbled the biosimilar's suffix and left the reference's generic name
        return names.stream()
                .filter(m -> names.stream()
                        .noneMatch(before -> before.end <= m.start
                                && BETWEEN_ONE_NAME
                                        .matcher(text.substring(before.end, m.start))
                                        .matches()
                                && !before.canonical.equals(m.canonical)))
                .toList();
    }

    private static List<Term> terms(Map<String, List<String>> names, boolean ocrTolerant) {
        List<Term> terms = new ArrayList<>();
        names.forEach((canonical, aliases) -> {
            List<String> all = new ArrayList<>(aliases);
            all.add(0, canonical);
            // longest first, whole words, any run of spaces or line breaks between words
            String alternatives = all.stream()
                    .sorted((a, b) -> b.length() - a.length())
                    .map(n -> n.toLowerCase(Locale.ROOT))
                    .map(n -> ocrTolerant ? ocrTolerant(n) : Pattern.quote(n).replace(" ", "\\E\\s+\\Q"))
                    .reduce((a, b) -> a + "|" + b)
                    .orElseThrow();
            terms.add(new Term(
                    canonical,
                    Pattern.compile(
                            PatternStarts.WHOLE_WORD + "(?:" + alternatives + ")(?![\\p{Alnum}])",
                            Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE)));
        });
        return terms;
    }

    static Map<String, List<String>> load(Path file) {
        Map<String, List<String>> names = new LinkedHashMap<>();
        try {
            for (String line : Files.readAllLines(file)) {
                String content = line.replaceFirst("#.*", "").strip();
                if (content.isEmpty()) continue;
                String[] parts = content.split("\\|");
                List<String> aliases = new ArrayList<>();
                for (int i = 1; i < parts.length; i++) {
                    if (!parts[i].isBlank()) aliases.add(parts[i].strip());
                }
                names.put(parts[0].strip(), aliases);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the word list " + file.toAbsolutePath(), e);
        }
        return names;
    }
}

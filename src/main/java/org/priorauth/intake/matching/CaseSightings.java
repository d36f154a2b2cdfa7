package org.priorauth.intake.matching;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.priorauth.intake.cases.PriorAuthCase;
import org.priorauth.intake.fields.FieldEvidence;
import org.priorauth.intake.fields.Fields;
import org.priorauth.intake.fields.Identifiers;
import org.priorauth.intake.fields.LetterDates;
import org.priorauth.intake.fields.PatientNames;
import org.priorauth.intake.reading.ExtractedText;
import org.priorauth.intake.reading.PageText;

/**
 * The open cases' own identifiers, looked for in a document's text wherever they are printed: under a label the
 * field reader does not know, in a table cell, on the line below, as "LAST, FIRST", with OCR's usual confusions
 * in numbers (O for 0, l for 1). The clinic knows its open cases; a letter that prints one of their PA
 * references, member IDs, names or dates of birth names it, whatever the words around it.
 *
 * <p>A sighting only fills a field the labels left empty, and only when the text shows one value of that kind
 * (two open cases' member IDs in one letter fill nothing). The value is the one printed in this letter; the
 * matcher then weighs the fields as it always does, so crossed identifiers still go to a person.
 */
public final class CaseSightings {

    /** Shorter identifiers are too likely to turn up inside other numbers. */
    private static final int SHORTEST_IDENTIFIER = 6;

    private static final Pattern DATE = Pattern.compile(LetterDates.DATE, Pattern.CASE_INSENSITIVE);

    /** One identifier of one open case, found on a page. */
    public record Sighting(long caseId, Kind kind, String printed, int page, String line) {}

    public enum Kind {
        PA_REFERENCE("paReference"),
        MEMBER_ID("memberId"),
        NAME("patientName"),
        DATE_OF_BIRTH("dateOfBirth");

        final String field;

        Kind(String field) {
            this.field = field;
        }
    }

    private CaseSightings() {}

    /** Every identifier of every open case that the text prints. */
    public static List<Sighting> find(ExtractedText text, List<PriorAuthCase> openCases) {
        // each case's keys and name pattern are made once per document, each line's identifier key once per
        // line: a clinic has hundreds of open cases, a letter a hundred lines
        List<Wanted> wanted = openCases.stream().map(Wanted::of).toList();
        List<Sighting> found = new ArrayList<>();
        for (PageText page : text.pages()) {
            for (String line : page.text().split("\n")) {
                if (line.isBlank()) continue;
                LineKey key = LineKey.of(line);
                String lower = line.toLowerCase(Locale.ROOT);
                List<Map.Entry<String, LocalDate>> dates = datesIn(line);
                for (Wanted w : wanted) {
                    PriorAuthCase c = w.openCase();
                    key.findKey(w.paReference())
                            .forEach(p -> found.add(new Sighting(c.id(), Kind.PA_REFERENCE, p, page.number(), line)));
                    key.findKey(w.memberId())
                            .forEach(p -> found.add(new Sighting(c.id(), Kind.MEMBER_ID, p, page.number(), line)));
                    // the pattern only where the line holds the first name's letters at all: most lines hold
                    // no case's name, and the pattern is the dearest test here
                    if (w.name() != null && lower.contains(w.firstNameLetters())) {
                        Matcher m = w.name().matcher(line);
                        while (m.find()) found.add(new Sighting(c.id(), Kind.NAME, m.group(), page.number(), line));
                    }
                    for (Map.Entry<String, LocalDate> date : dates) {
                        if (date.getValue().equals(c.patient().dateOfBirth()))
                            found.add(new Sighting(c.id(), Kind.DATE_OF_BIRTH, date.getKey(), page.number(), line));
                    }
                }
            }
        }
        return found;
    }

    /**
     * One open case as the lines are searched for it: its identifiers' keys, its name's pattern, and the letters
     * every printing of its name contains (the first name's, up to a hyphen, in lower case).
     */
    private record Wanted(
            PriorAuthCase openCase, String paReference, String memberId, Pattern name, String firstNameLetters) {

        static Wanted of(PriorAuthCase c) {
            Pattern name = namePattern(c.patient().name());
            String first = name == null
                    ? null
                    : c.patient().name().strip().split("\\s+")[0].split("-")[0].toLowerCase(Locale.ROOT);
            return new Wanted(
                    c,
                    LineKey.searchKey(c.paReference()),
                    LineKey.searchKey(c.patient().memberId()),
                    name,
                    first);
        }
    }

    /**
     * The fields with what the labels left empty filled from the sightings: a kind fills its field only when the
     * text shows exactly one value of it (one name, one member ID, ...), each with the line it was found on.
     */
    public static Fields complete(Fields fields, ExtractedText text, List<PriorAuthCase> openCases) {
        List<Sighting> sightings = find(text, openCases);
        if (sightings.isEmpty()) return fields;
        List<FieldEvidence> evidence = new ArrayList<>(fields.evidence());
        Sighting name = fields.patientName() == null ? onlyValue(sightings, Kind.NAME, openCases) : null;
        Sighting dob = fields.dateOfBirth() == null ? onlyValue(sightings, Kind.DATE_OF_BIRTH, openCases) : null;
        Sighting memberId = fields.memberId() == null ? onlyValue(sightings, Kind.MEMBER_ID, openCases) : null;
        Sighting reference = fields.paReference() == null ? onlyValue(sightings, Kind.PA_REFERENCE, openCases) : null;
        for (Sighting used : new Sighting[] {name, dob, memberId, reference}) {
            if (used != null) evidence.add(evidenceOf(used));
        }
        return new Fields(
                name != null ? name.printed() : fields.patientName(),
                dob != null ? caseById(openCases, dob.caseId()).patient().dateOfBirth() : fields.dateOfBirth(),
                memberId != null ? memberId.printed() : fields.memberId(),
                reference != null ? reference.printed() : fields.paReference(),
                fields.payer(),
                fields.drug(),
                fields.decisionDate(),
                fields.deadline(),
                fields.requestedItems(),
                fields.denialReason(),
                fields.authorizedFrom(),
                fields.authorizedThrough(),
                evidence);
    }

    private static FieldEvidence evidenceOf(Sighting s) {
        return new FieldEvidence(
                s.kind().field, s.page(), s.line().strip(), "an open case's identifier, found in the text");
    }

    /** The one sighting of a kind when all of that kind's sightings are one value (of one or several cases). */
    private static Sighting onlyValue(List<Sighting> sightings, Kind kind, List<PriorAuthCase> openCases) {
        Map<String, Sighting> byValue = new LinkedHashMap<>();
        for (Sighting s : sightings) {
            if (s.kind() != kind) continue;
            PriorAuthCase c = caseById(openCases, s.caseId());
            String value =
                    switch (kind) {
                        case NAME -> PatientNames.key(c.patient().name());
                        case DATE_OF_BIRTH -> String.valueOf(c.patient().dateOfBirth());
                        case MEMBER_ID -> Identifiers.key(c.patient().memberId());
                        case PA_REFERENCE -> Identifiers.key(c.paReference());
                    };
            byValue.putIfAbsent(value, s);
        }
        return byValue.size() == 1 ? byValue.values().iterator().next() : null;
    }

    private static PriorAuthCase caseById(List<PriorAuthCase> cases, long id) {
        return cases.stream().filter(c -> c.id() == id).findFirst().orElseThrow();
    }

    /** Where {@code id} is printed in {@code line} (see {@link LineKey}). */
    static List<String> identifierIn(String line, String id) {
        return LineKey.of(line).find(id);
    }

    /**
     * A line read as {@link Identifiers#key} reads identifiers (OCR's O and 0, l and 1 the same;
     * hyphens, dots and single spaces ignored), with where each key character came from and what stood before
     * it: so that "ID LQ58204K" and "YRQ 448120735-02" are found, and no identifier inside a longer number is.
     */
    private record LineKey(String line, String key, List<Integer> origin, List<Character> before) {

        static LineKey of(String line) {
            StringBuilder key = new StringBuilder();
            List<Integer> origin = new ArrayList<>();
            List<Character> before = new ArrayList<>(); // what separates a key character from the one before it
            char separator = ' ';
            for (int i = 0; i < line.length(); i++) {
                char ch = line.charAt(i);
                if (Character.isLetterOrDigit(ch) && ch < 128) {
                    key.append(Identifiers.key(String.valueOf(ch)));
                    origin.add(i);
                    before.add(separator);
                    separator = 0;
                } else if (ch == '-' || ch == '.') {
                    if (separator == 0) separator = '-';
                } else if (ch == ' ') {
                    if (separator != '|') separator = ' ';
                } else {
                    key.append('|'); // no identifier runs across a colon, a tab, a bracket
                    origin.add(i);
                    before.add('|');
                    separator = '|';
                }
            }
            return new LineKey(line, key.toString(), origin, before);
        }

        /** The printed forms of {@code id} on the line, each starting and ending between words. */
        List<String> find(String id) {
            return findKey(searchKey(id));
        }

        /** The {@link Identifiers#key} lines are searched for, or null for none or one too short to tell apart. */
        static String searchKey(String id) {
            if (id == null) return null;
            String key = Identifiers.key(id);
            return key.length() < SHORTEST_IDENTIFIER ? null : key;
        }

        /** The printed forms of an identifier's {@link Identifiers#key} on the line (none for null). */
        List<String> findKey(String wanted) {
            if (wanted == null || key.indexOf(wanted) < 0) return List.of();
            List<String> printed = new ArrayList<>();
            for (int at = key.indexOf(wanted); at >= 0; at = key.indexOf(wanted, at + 1)) {
                int end = at + wanted.length();
                // a word may start after a hyphen ("PA-7730418"), but one that goes on after a hyphen or a dot
                // ("7730418-55", "-02") is a longer number, or another family member
                boolean startsAWord = before.get(at) != 0;
                boolean endsAWord = end == key.length() || before.get(end) == ' ' || before.get(end) == '|';
                if (startsAWord && endsAWord) printed.add(line.substring(origin.get(at), origin.get(end - 1) + 1));
            }
            return printed;
        }
    }

    /**
     * Where the patient's name is printed: "First Last", "First M. Last", "First Middle Last", "LAST, FIRST" and
     * "Last, First M", in any case; a hyphenated surname also with a space or nothing for its hyphen.
     */
    private static Pattern namePattern(String name) {
        if (name == null) return null;
        String[] words = name.strip().split("\\s+");
        if (words.length < 2) return null;
        String first = nameWord(words[0]);
        String last = nameWord(words[words.length - 1]);
        // a fax's specks between the words: "Paolo. Marchetti", "QUINTANILLA, \u2018INGRID"
        String gap = "[ \\t]+[.,'`\u2018\u2019]?[ \\t]*";
        String middle = "(?:[ \\t.,]+[A-Za-z](?:\\.|\\b)|[ \\t]+[A-Za-z'\\-]{2,}){0,1}";
        return Pattern.compile(
                "(?<![A-Za-z])(?:" + first + "[.,]?" + middle + gap + last + "|" + last
                        + "[ \\t]*[,.][ \\t]*['`\u2018\u2019]?" + first
                        + "(?:[ \\t]+[A-Za-z]\\.?(?![A-Za-z]))?)(?![A-Za-z])",
                Pattern.CASE_INSENSITIVE);
    }

    private static String nameWord(String word) {
        StringBuilder p = new StringBuilder();
        for (String part : word.split("-")) {
            if (!p.isEmpty()) p.append("[-\\u2010-\\u2014 ]?");
            p.append(Pattern.quote(part.toLowerCase(Locale.ROOT)));
        }
        return p.toString();
    }

    /** The dates a line prints, each as printed and as read, in any of the ways letters print dates. */
    private static List<Map.Entry<String, LocalDate>> datesIn(String line) {
        List<Map.Entry<String, LocalDate>> dates = new ArrayList<>();
        Matcher m = DATE.matcher(line);
        while (m.find()) {
            String printed = m.group();
            LetterDates.parse(printed).ifPresent(d -> dates.add(Map.entry(printed, d)));
        }
        return dates;
    }
}

package org.priorauth.intake.fields;

import static org.priorauth.intake.fields.LetterLabels.*;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.priorauth.intake.reading.ExtractedText;
import org.priorauth.intake.reading.KeyValueLines;
import org.priorauth.intake.reading.PageText;
import org.priorauth.intake.reading.TableRows;
import org.springframework.stereotype.Component;

/**
 * Reads the CONTRACT fields from a document's text. Each field is read from the labels letters print it
 * under, on every page; a field is filled only when all its readings agree, so a value is always one the
 * text states, with the line it was read from as evidence.
 */
@Component
public class FieldReader {

    private final Vocabulary vocabulary;
    private final RequestedItemWords requestedItemWords;

    public FieldReader(Vocabulary vocabulary, RequestedItemWords requestedItemWords) {
        this.vocabulary = vocabulary;
        this.requestedItemWords = requestedItemWords;
    }

    public Fields read(ExtractedText extracted) {
        ExtractedText text = TableRows.withCellLabels(DottedLeaders.asColons(KeyValueLines.asLabels(extracted)));
        List<FieldEvidence> evidence = new ArrayList<>();
        // a name under a patient's label wins over one read from prose: "Dear Dr Roe" must not undo "Patient: Jane Doe"
        String patientName = agreedInTiers(
                "patientName",
                text,
                List.of(List.of(NAME, NAME_ON_A_FORM), List.of(NAME_UNLABELLED)),
                FieldReader::cleanName,
                FieldReader::nameKey,
                evidence);
        LocalDate dob = agreedDate("dateOfBirth", text, DOB, evidence);
        String memberId =
                agreed("memberId", text, MEMBER_ID, FieldReader::identifier, FieldReader::identifierKey, evidence);
        String paReference = agreed(
                "paReference",
                text,
                List.of(PA_REFERENCE, PA_REFERENCE_ON_A_FORM),
                FieldReader::identifier,
                FieldReader::identifierKey,
                evidence);
        // the drug under a label, or on the subject line, is the letter's drug: a step-therapy denial names others
        String drug = agreedMentionInTiers("drug", text, vocabulary::drugsIn, DRUG_LINE, evidence);
        String payer = agreedMention("payer", text, this::payersIn, evidence);
        LocalDate statedDecisionDate = agreedDate("decisionDate", text, DECISION_DATE, evidence);
        LocalDate deadline = deadline(text, statedDecisionDate, evidence);
        LocalDate decisionDate = statedDecisionDate != null ? statedDecisionDate : letterDate(text, evidence);
        List<String> requestedItems = requestedItemWords.itemsRequestedIn(text, evidence);
        String denialReason = denialReason(text, evidence);
        if (paReference != null && paReference.equals(memberId)) {
            // one value printed under two labels cannot be both identifiers: leave both to a person
            paReference = null;
            memberId = null;
        }
        return new Fields(
                patientName,
                dob,
                memberId,
                paReference,
                payer,
                drug,
                decisionDate,
                deadline,
                requestedItems,
                denialReason,
                evidence);
    }

    private record Reading<T>(T value, int page, String line, String note) {}

    private String agreed(
            String field,
            ExtractedText text,
            Pattern pattern,
            Function<String, String> clean,
            Function<String, String> key,
            List<FieldEvidence> evidence) {
        return agreed(field, text, List.of(pattern), clean, key, evidence);
    }

    /** All readings of a field, under any of its patterns; the value when they agree, else empty. */
    private String agreed(
            String field,
            ExtractedText text,
            List<Pattern> patterns,
            Function<String, String> clean,
            Function<String, String> key,
            List<FieldEvidence> evidence) {
        return decide(field, readings(text, patterns, clean), key, evidence);
    }

    /**
     * The readings of the first tier of patterns that reads anything decide the value; a later tier is read only
     * when the earlier ones find nothing.
     */
    private String agreedInTiers(
            String field,
            ExtractedText text,
            List<List<Pattern>> tiers,
            Function<String, String> clean,
            Function<String, String> key,
            List<FieldEvidence> evidence) {
        for (List<Pattern> tier : tiers) {
            List<Reading<String>> readings = readings(text, tier, clean);
            if (!readings.isEmpty()) return decide(field, readings, key, evidence);
        }
        return null;
    }

    private List<Reading<String>> readings(ExtractedText text, List<Pattern> patterns, Function<String, String> clean) {
        List<Reading<String>> readings = new ArrayList<>();
        for (Pattern pattern : patterns) {
            boolean identifier = pattern == MEMBER_ID || pattern == PA_REFERENCE || pattern == PA_REFERENCE_ON_A_FORM;
            boolean name = pattern == NAME || pattern == NAME_UNLABELLED || pattern == NAME_ON_A_FORM;
            for (PageText page : text.pages()) {
                Matcher m = pattern.matcher(page.text());
                while (m.find()) {
                    String raw = firstGroup(m);
                    if (raw != null && identifier && cutShort(page.text(), m.end())) continue;
                    String value = raw == null ? null : clean.apply(raw);
                    if (value != null && name) value = withoutTrailingDrug(value);
                    if (value != null && name && !personLike(value)) value = null;
                    if (value != null && !value.isBlank())
                        readings.add(new Reading<>(value, page.number(), lineOf(page.text(), m.start()), null));
                }
            }
        }
        return readings;
    }

    /** Words that make a capitalised "Dear ..." or "RE: ..." something other than a patient. */
    private static final Set<String> NOT_A_PERSON = Set.of(
            // a form's other labels, read as a value when a row of headings stands where the name should
            "date",
            "birth",
            "dob",
            "id",
            "number",
            // a condition named where a patient would be ("Immunomodulators for Atopic Dermatitis")
            "dermatitis",
            "psoriasis",
            "psoriatic",
            "hidradenitis",
            "suppurativa",
            "eczema",
            "urticaria",
            "arthritis",
            "alopecia",
            "vitiligo",
            "disease",
            // a signature's title, a pharmacy's status line ("Front Desk Lead |", "RX READY - PLAN PAID")
            "lead",
            "desk",
            "coordinator",
            "specialist",
            "specialists",
            "ready",
            "paid",
            "region",
            "fund",
            "trust",
            "benefit",
            "benefits",
            "units",
            "dr",
            "doctor",
            "provider",
            "prescriber",
            "prescribing",
            "physician",
            "office",
            "clinic",
            "dermatology",
            "pharmacy",
            "department",
            "review",
            // a reviewer's note heading a page: "Nurse Reviewer Note - Anthem"
            "reviewer",
            "nurse",
            "note",
            "team",
            "services",
            "service",
            "center",
            "health",
            "medical",
            "plan",
            "member",
            "patient",
            "prior",
            "authorization",
            "request",
            "appeal",
            "notice",
            "determination",
            "coverage",
            "care",
            "sir",
            "madam",
            "colleague",
            "customer",
            "valued",
            "insurance",
            "unit",
            "management",
            "group",
            "associates",
            "medicine",
            "specialty",
            "new",
            "prescription",
            "enclosed",
            "drug",
            "medication",
            "blue",
            "cross",
            "shield",
            "support",
            // the subject of an "RE:" line that is not a person
            "information",
            "missing",
            "decision",
            "denial",
            "approval",
            "status",
            "update",
            "urgent",
            "expedited",
            "additional",
            "reminder",
            // a status between the fields of a portal line ("Ref 123 - CASE PENDED - Dupixent")
            "case",
            "pended",
            "pending",
            // a portal's report of a practice's requests ("Open Requests - Report")
            "requests",
            "report",
            // "Request for Ordering Notes" on an imaging centre's heading
            "notes",
            "closed",
            "approved",
            "denied",
            // a portal's navigation and a request's own words, in brackets or between bars
            "home",
            "contact",
            "login",
            "help",
            "search",
            "privacy",
            "policy",
            "terms",
            "step",
            "therapy",
            "exception",
            "program",
            "form",
            // a salutation to the office's staff ("Dear Practice Manager,"), a subject's status ("- Action Needed")
            "practice",
            "manager",
            "administrator",
            "billing",
            "staff",
            "action",
            "needed",
            "required",
            "response",
            // a heading that opens a line like a name before a dash: "Welcome Packet - Prescriber Copy", "Fill
            // History - Jane Roe"
            "welcome",
            "history",
            "packet",
            "copy",
            // a heading's "For Your Records", an "Authorization Record Update"
            "your",
            "record",
            "records",
            // an e-mail's subject before a dash: "Subject: Monthly Newsletter - December"
            "newsletter",
            "bulletin",
            "announcement",
            "monthly",
            "weekly",
            // a form's heading before a dash: "Clinical Questions - Prior Authorization 123"
            "clinical",
            "questions",
            "question");

    /**
     * "Re: Jane Roe Sotyktu": a PDF's text layer closes the gap between a name and the drug after it, so the
     * capitalised words run on into the drug's name; the drug is cut off when two words are left. The same for a
     * label's value that goes on to the drug after a comma ("Patient: Jane Roe, Cosentyx").
     */
    private String withoutTrailingDrug(String name) {
        String[] words = name.split("[ \\t]+");
        int end = words.length;
        while (end > 2 && !vocabulary.drugsIn(words[end - 1]).isEmpty()) end--;
        return end == words.length
                ? name
                : String.join(" ", Arrays.copyOf(words, end)).replaceAll(",$", "");
    }

    /**
     * An unlabelled reading is a patient only if it reads like a person: no title or office word, and not a payer's
     * or a drug's name ("coverage for Aetna Better Health was ...").
     */
    /** Words a page's markup ran together ("LookupPA StatusDrug"): a capital after the fourth small letter. */
    private static final Pattern RUN_TOGETHER = Pattern.compile("[a-z]{4}[A-Z]");

    private boolean personLike(String name) {
        for (String word : name.toLowerCase(Locale.ROOT).split("[\\s,.]+")) {
            if (NOT_A_PERSON.contains(word)) return false;
        }
        if (RUN_TOGETHER.matcher(name).find()) return false;
        return vocabulary.payersIn(name).isEmpty() && vocabulary.drugsIn(name).isEmpty();
    }

    private static LocalDate agreedDate(
            String field, ExtractedText text, Pattern pattern, List<FieldEvidence> evidence) {
        List<Reading<LocalDate>> readings = dateReadings(text, pattern);
        return decide(field, readings, LocalDate::toString, evidence);
    }

    /**
     * A decision letter that states no separate decision date is dated by its own date, the day its appeal
     * window counts from (CONTRACT.md); only one date printed as the letter's, else none.
     */
    private static LocalDate letterDate(ExtractedText text, List<FieldEvidence> evidence) {
        List<Reading<LocalDate>> readings = dateReadings(text, LETTER_DATE).stream()
                .map(r ->
                        new Reading<>(r.value(), r.page(), r.line(), "the letter's own date: no decision date stated"))
                .toList();
        return decide("decisionDate", readings, LocalDate::toString, evidence);
    }

    private static List<Reading<LocalDate>> dateReadings(ExtractedText text, Pattern pattern) {
        List<Reading<LocalDate>> readings = new ArrayList<>();
        for (PageText page : text.pages()) {
            Matcher m = pattern.matcher(page.text());
            while (m.find()) {
                Optional<LocalDate> date = LetterDates.parse(firstGroup(m));
                date.ifPresent(
                        d -> readings.add(new Reading<>(d, page.number(), lineOf(page.text(), m.start()), null)));
            }
        }
        return readings;
    }

    /**
     * The denial reason, from the surest place a letter states it to the least: a labelled reason, the sentence
     * after the decision, a reviewer's comment that speaks of criteria, a bare sentence that does. The first
     * place that gives one agreed reading decides.
     */
    private String denialReason(ExtractedText text, List<FieldEvidence> evidence) {
        for (Pattern place : List.of(DENIAL_REASON, REASON_AFTER_DECISION, REASON_IN_COMMENT, REASON_BARE)) {
            String reason = agreed(
                    "denialReason", text, place, FieldReader::cleanReason, v -> v.toLowerCase(Locale.ROOT), evidence);
            if (reason != null) return reason;
        }
        return null;
    }

    /** "Medicare" naming the program a plan runs ("Medicare Part D", "Medicare prescription drug coverage"). */
    private static final Pattern MEDICARE_PROGRAM = Pattern.compile(
            "medicare(?:\\s+(?:part\\s+[abcd]|prescription\\s+drug|advantage|drug\\s+(?:plan|coverage|benefit)|health\\s+plan))",
            Pattern.CASE_INSENSITIVE);

    /**
     * The payers a page names. A Part D plan's notice is titled in Medicare's words ("Notice of Denial of Medicare
     * Prescription Drug Coverage"): when the page names another payer too, that program name is no second payer.
     */
    private List<Vocabulary.Mention> payersIn(String page) {
        List<Vocabulary.Mention> all = vocabulary.payersIn(page);
        boolean plan = all.stream().anyMatch(m -> !m.canonical().equals("Medicare"));
        if (!plan) return all;
        return all.stream()
                .filter(m -> !(m.canonical().equals("Medicare")
                        && MEDICARE_PROGRAM
                                .matcher(page)
                                .region(m.start(), page.length())
                                .lookingAt()))
                .toList();
    }

    /**
     * The mentions on lines that {@code labelled} finds decide, when there are any; else all mentions, which must
     * agree.
     */
    private static String agreedMentionInTiers(
            String field,
            ExtractedText text,
            Function<String, List<Vocabulary.Mention>> find,
            Pattern labelled,
            List<FieldEvidence> evidence) {
        List<Reading<String>> readings = new ArrayList<>();
        for (PageText page : text.pages()) {
            Matcher m = labelled.matcher(page.text());
            while (m.find()) {
                for (Vocabulary.Mention mention : find.apply(firstGroup(m))) {
                    readings.add(
                            new Reading<>(mention.canonical(), page.number(), lineOf(page.text(), m.start()), null));
                }
            }
        }
        if (!readings.isEmpty()) return decide(field, readings, v -> v, evidence);
        return agreedMention(field, text, find, evidence);
    }

    private static String agreedMention(
            String field,
            ExtractedText text,
            Function<String, List<Vocabulary.Mention>> find,
            List<FieldEvidence> evidence) {
        List<Reading<String>> readings = new ArrayList<>();
        for (PageText page : text.pages()) {
            for (Vocabulary.Mention mention : find.apply(page.text())) {
                readings.add(
                        new Reading<>(mention.canonical(), page.number(), lineOf(page.text(), mention.start()), null));
            }
        }
        return decide(field, readings, v -> v, evidence);
    }

    /**
     * The deadline: printed ("no later than 12/30/2026") or computed from "within N days of the date of this
     * notice" and the notice's printed date. Both must agree when both are there.
     */
    private static LocalDate deadline(ExtractedText text, LocalDate decisionDate, List<FieldEvidence> evidence) {
        List<Reading<LocalDate>> readings = new ArrayList<>();
        // windows for other things than the practice's answer: a hearing after the appeal, an external review, a
        // peer-to-peer, the plan's own time to decide, benefits continued during an appeal, a new request
        List<Reading<LocalDate>> otherWindows = new ArrayList<>();
        for (PageText page : text.pages()) {
            Matcher m = PRINTED_DEADLINE.matcher(page.text());
            while (m.find()) {
                Optional<LocalDate> date = LetterDates.parse(firstGroup(m));
                if (date.isEmpty()) continue;
                Reading<LocalDate> r = new Reading<>(date.get(), page.number(), lineOf(page.text(), m.start()), null);
                (anotherWindow(page.text(), m.start(), m.end()) ? otherWindows : readings).add(r);
            }
        }
        List<Reading<LocalDate>> letterDates = dateReadings(text, LETTER_DATE);
        Set<LocalDate> distinctLetterDates = new LinkedHashSet<>();
        letterDates.forEach(r -> distinctLetterDates.add(r.value()));
        for (PageText page : text.pages()) {
            Matcher m = RELATIVE_DEADLINE.matcher(page.text());
            while (m.find()) {
                int days = Integer.parseInt(m.group(1));
                LocalDate from;
                String fromWhat;
                boolean countsFromADate = m.group(4) != null;
                String printedDate = countsFromADate ? m.group(4) : m.group(3);
                Optional<LocalDate> printed = printedDate == null ? Optional.empty() : LetterDates.parse(printedDate);
                if (printed.isPresent()) {
                    from = printed.get();
                    fromWhat = (countsFromADate ? "" : "the date printed beside it ") + from;
                } else if (countsFromADate) {
                    continue; // a date OCR garbled: nothing to count from
                } else if (m.group(2).toLowerCase(Locale.ROOT).matches("decision|determination")
                        && decisionDate != null) {
                    from = decisionDate;
                    fromWhat = "the decision date " + decisionDate;
                } else {
                    from = distinctLetterDates.size() == 1
                            ? distinctLetterDates.iterator().next()
                            : null;
                    fromWhat = "the notice date " + from;
                }
                if (from == null)
                    continue; // "within 60 days of this notice" with no printed notice date: nothing to compute from
                if (!anAnswersWindow(page.text(), m.start(), m.end())) {
                    otherWindows.add(new Reading<>(
                            from.plusDays(days),
                            page.number(),
                            lineOf(page.text(), m.start()),
                            "computed: " + days + " days after " + fromWhat));
                    continue;
                }
                readings.add(new Reading<>(
                        from.plusDays(days),
                        page.number(),
                        lineOf(page.text(), m.start()),
                        "computed: " + days + " days after " + fromWhat));
            }
        }
        // a letter that states only other windows: those, when they agree
        return decide("deadline", readings.isEmpty() ? otherWindows : readings, LocalDate::toString, evidence);
    }

    private static final Pattern ANOTHER_WINDOW = Pattern.compile(
            "\\b(?:hearing|external|independent|peer|expedit\\w*|fast|urgent|continu(?:e|ing)\\s+(?:benefits|to\\s+get)|new\\s+request"
                    // an earlier deadline, gone by: "We did not receive it by January 19"
                    + "|did\\s+not\\s+(?:receive|get|hear)|(?:was|were)\\s+due"
                    + "|keep\\s+getting|we\\s+(?:will|must)\\s+(?:decide|give|make)|decision\\s+within|(?:give|make)\\s+(?:you\\s+)?(?:a|our)\\s+decision)\\b",
            Pattern.CASE_INSENSITIVE);

    private static final Pattern AN_ANSWER = Pattern.compile(
            "\\b(?:appeal\\w*|redetermination|reconsideration|respond|reply|answer|send|submit|provide|information|records)\\b",
            Pattern.CASE_INSENSITIVE);

    /**
     * Whether "within N days of ..." is the window for the practice's answer (an appeal, the information asked
     * for): its sentence names no other window, and it or the two lines before it speak of an appeal or an answer
     * ("... can ask for an appeal. Ask for it within 60 days of the date of this notice").
     */
    private static boolean anAnswersWindow(String text, int start, int end) {
        if (anotherWindow(text, start, end)) return false;
        int sentenceEnd = text.indexOf('.', end);
        String before = text.substring(Math.max(0, start - 200), sentenceEnd < 0 ? text.length() : sentenceEnd);
        return AN_ANSWER.matcher(before).find();
    }

    /**
     * Its sentence, or the one before it ("... keep getting it during your appeal. You must ask within 10 days"),
     * names another window than the practice's answer.
     */
    private static boolean anotherWindow(String text, int start, int end) {
        int sentenceStart = sentenceStart(text, start);
        int previousStart = sentenceStart <= 0 ? 0 : sentenceStart(text, sentenceStart - 1);
        int sentenceEnd = text.indexOf('.', end);
        String sentences = text.substring(previousStart, sentenceEnd < 0 ? text.length() : sentenceEnd);
        return ANOTHER_WINDOW.matcher(sentences).find();
    }

    private static int sentenceStart(String text, int at) {
        int start = Math.max(
                Math.max(text.lastIndexOf(". ", at), text.lastIndexOf(".\n", at)), text.lastIndexOf("\n\n", at));
        return Math.max(0, start);
    }

    private static <T> T decide(
            String field, List<Reading<T>> readings, Function<T, String> key, List<FieldEvidence> evidence) {
        Map<String, Reading<T>> distinct = new LinkedHashMap<>();
        for (Reading<T> r : readings) distinct.putIfAbsent(key.apply(r.value()), r);
        if (distinct.size() != 1) return null;
        Reading<T> r = distinct.values().iterator().next();
        evidence.add(new FieldEvidence(field, r.page(), r.line(), r.note()));
        return r.value();
    }

    /**
     * An identifier followed by one space and more letters and digits ("1VT3 XE9JP55") may be one ID that OCR
     * split, or two things: either way the reading is not certain, so it is not used.
     */
    private static boolean cutShort(String text, int end) {
        return CONTINUED.matcher(text).region(end, text.length()).lookingAt();
    }

    private static final Pattern CONTINUED = Pattern.compile(" (?=[A-Za-z0-9]*\\d)[A-Za-z0-9]{2,}\\b(?![ \\t]*[:#])");

    private static String firstGroup(Matcher m) {
        for (int g = 1; g <= m.groupCount(); g++) {
            if (m.group(g) != null) return m.group(g);
        }
        return null;
    }

    static String lineOf(String text, int offset) {
        int start = text.lastIndexOf('\n', Math.max(0, offset - 1)) + 1;
        int end = text.indexOf('\n', offset);
        String line = text.substring(start, end < 0 ? text.length() : end).strip();
        return line.length() > 200 ? line.substring(0, 200) : line;
    }

    private static String cleanName(String raw) {
        String name = NAME_TAIL.matcher(raw.strip()).replaceFirst("").strip();
        // "Patient: Jane Roe. We got the appeal": the name ends at a full stop after a word (not an initial's)
        name = name.replaceFirst("(?<=[a-z]{2})\\.[ \\t]+[A-Z].*$", "");
        name = name.replaceAll("[,.]+$", "").strip();
        return name.split("\\s+").length >= 2 || name.contains(",") ? name : null;
    }

    /** "LINDQVIST, Harriet Q." and "Harriet Lindqvist" are one reading: same words, initials aside. */
    public static String nameKey(String name) {
        return java.util.Arrays.stream(name.toLowerCase(Locale.ROOT)
                        .replaceAll("[^a-z' -]", " ")
                        .split("[\\s-]+"))
                .filter(w -> w.length() > 1)
                .sorted()
                .reduce((a, b) -> a + " " + b)
                .orElse("");
    }

    private static String identifier(String raw) {
        String id = raw.strip().replaceAll("-+$", "").toUpperCase(Locale.ROOT);
        return id.chars().filter(Character::isDigit).count() >= 2 ? id : null;
    }

    /** Identifiers compare without separators, and with the letters OCR mistakes for digits read as digits. */
    public static String identifierKey(String id) {
        StringBuilder key = new StringBuilder();
        for (char c : id.toUpperCase(Locale.ROOT).toCharArray()) {
            switch (c) {
                case 'O' -> key.append('0');
                case 'I', 'L' -> key.append('1');
                case 'S' -> key.append('5');
                case 'B' -> key.append('8');
                case '-', ' ', '.' -> {}
                default -> key.append(c);
            }
        }
        return key.toString();
    }

    private static String cleanReason(String raw) {
        String reason = raw.replaceAll("\\s+", " ").strip();
        return reason.length() > 400 ? reason.substring(0, 400) : reason;
    }
}

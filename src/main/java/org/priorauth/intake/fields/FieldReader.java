package org.priorauth.intake.fields;

import static org.priorauth.intake.fields.DateLabels.*;
import static org.priorauth.intake.fields.IdentifierLabels.*;
import static org.priorauth.intake.fields.LetterLabels.*;
import static org.priorauth.intake.fields.PatientLabels.*;
import static org.priorauth.intake.fields.Readings.*;
import static org.priorauth.intake.fields.ReasonLabels.*;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.priorauth.intake.reading.ColumnHeaders;
import org.priorauth.intake.reading.ExtractedText;
import org.priorauth.intake.reading.KeyValueLines;
import org.priorauth.intake.reading.PageText;
import org.priorauth.intake.reading.TableRows;
import org.springframework.beans.factory.annotation.Autowired;
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
    private final PatientNames names;
    private final PracticeIdentity practice;

    /** A reader that knows no practice (the evaluation's tools): see {@link PracticeIdentity}. */
    public FieldReader(Vocabulary vocabulary, RequestedItemWords requestedItemWords) {
        this(vocabulary, requestedItemWords, PracticeIdentity.NONE);
    }

    @Autowired
    public FieldReader(Vocabulary vocabulary, RequestedItemWords requestedItemWords, PracticeIdentity practice) {
        this.vocabulary = vocabulary;
        this.requestedItemWords = requestedItemWords;
        this.names = new PatientNames(vocabulary);
        this.practice = practice;
    }

    public Fields read(ExtractedText extracted) {
        ExtractedText text = ColumnHeaders.asLabels(
                TableRows.withCellLabels(DottedLeaders.asColons(KeyValueLines.asLabels(extracted))));
        List<FieldEvidence> evidence = new ArrayList<>();
        // a name under a patient's label wins over one read from prose: "Dear Dr Roe" must not undo "Patient: Jane Doe"
        String patientName = agreedInTiers(
                "patientName",
                text,
                List.of(List.of(NAME, NAME_ON_A_FORM), List.of(NAME_UNLABELLED)),
                // the practice's own people are never the patient, whatever label stands before them
                raw -> notOurs(PatientNames.cleanName(raw)),
                PatientNames::key,
                evidence);
        LocalDate dob = agreedDate("dateOfBirth", text, DOB, evidence);
        String memberId = agreed("memberId", text, MEMBER_ID, this::notOurNumber, Identifiers::key, evidence);
        String paReference = agreed(
                "paReference",
                text,
                List.of(PA_REFERENCE, PA_REFERENCE_ON_A_FORM),
                this::notOurNumber,
                Identifiers::key,
                evidence);
        // the drug under a label, or on the subject line, is the letter's drug: a step-therapy denial names others
        String drug =
                agreedMentionInTiers("drug", text, vocabulary::drugsIn, vocabulary::medicinesIn, DRUG_LINE, evidence);
        String payer = agreedMention("payer", text, this::payersIn, evidence);
        LocalDate statedDecisionDate = Readings.latest("decisionDate", dateReadings(text, DECISION_DATE), evidence);
        LocalDate deadline = ResponseDeadline.read(text, statedDecisionDate, evidence);
        LocalDate decisionDate = statedDecisionDate != null ? statedDecisionDate : letterDate(text, evidence);
        List<String> requestedItems = requestedItemWords.itemsRequestedIn(text, evidence);
        String denialReason = denialReason(text, evidence);
        AuthorizedPeriod.Period period = AuthorizedPeriod.read(text, evidence);
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
                period.from(),
                period.through(),
                evidence);
    }

    private String notOurs(String name) {
        return name == null || practice.isOurs(name) ? null : name;
    }

    /** An identifier as read, unless it is one of the practice's own numbers (its fax, its NPI). */
    private String notOurNumber(String raw) {
        String id = Identifiers.clean(raw);
        return id == null || practice.isOurNumber(id) ? null : id;
    }

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
                    if (raw != null && identifier && Identifiers.cutShort(page.text(), m.end())) continue;
                    String value = raw == null ? null : clean.apply(raw);
                    if (value != null && name) value = names.withoutTrailingDrug(value);
                    if (value != null && name && !names.personLike(value)) value = null;
                    if (value != null && !value.isBlank())
                        readings.add(new Reading<>(value, page.number(), lineOf(page.text(), m.start()), null));
                }
            }
        }
        return readings;
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

    /**
     * The denial reason, from the surest place a letter states it to the least: a labelled reason, a paragraph
     * under a heading that names the reason, the sentence after the decision, a reviewer's comment that speaks of
     * criteria, a bare sentence that does. The first place that gives one agreed reading decides.
     */
    private String denialReason(ExtractedText text, List<FieldEvidence> evidence) {
        for (Pattern place :
                List.of(DENIAL_REASON, REASON_UNDER_HEADING, REASON_AFTER_DECISION, REASON_IN_COMMENT, REASON_BARE)) {
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

    private static String cleanReason(String raw) {
        String reason = raw.replaceAll("\\s+", " ").strip();
        return reason.length() > 400 ? reason.substring(0, 400) : reason;
    }
}

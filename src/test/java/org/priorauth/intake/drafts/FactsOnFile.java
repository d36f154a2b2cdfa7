package org.priorauth.intake.drafts;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.priorauth.intake.cases.PriorAuthCase;
import org.priorauth.intake.fields.Vocabulary;

/**
 * Checks a draft against the facts on file: every token with a digit in it (an ID, a date, a reference) is
 * one of the case's or the letter's values, every drug and payer named is the case's, and the patient named
 * is the case's patient. A draft that says anything else has invented it.
 */
public final class FactsOnFile {

    private static final DateTimeFormatter US = DateTimeFormatter.ofPattern("MM/dd/yyyy");
    private static final Pattern WITH_DIGIT = Pattern.compile("[A-Za-z0-9][A-Za-z0-9/\\-.]*\\d[A-Za-z0-9/\\-]*");
    private static final Vocabulary WORDS = new Vocabulary(Path.of("ocr-models"));

    private FactsOnFile() {}

    public static void assertOnlyFactsOnFile(
            String body,
            PriorAuthCase c,
            DraftWriter.LetterFacts letter,
            List<Long> documentIds,
            List<String> otherPatients) {
        String withoutQuote = letter.denialReason() == null ? body : body.replace(letter.denialReason(), " ");
        Set<String> allowed = new HashSet<>();
        add(allowed, c.patient().memberId());
        add(allowed, c.paReference());
        add(allowed, date(c.patient().dateOfBirth()));
        add(allowed, date(letter.deadline()));
        add(allowed, date(letter.decisionDate()));
        documentIds.forEach(id -> allowed.add(String.valueOf(id)));
        allowed.add("ICD-10");
        Matcher m = WITH_DIGIT.matcher(withoutQuote);
        while (m.find()) {
            String token = m.group().replaceAll("[.]+$", "");
            assertThat(allowed)
                    .as("'" + token + "' in the draft is not a fact on file:\n" + body)
                    .contains(token);
        }
        WORDS.drugsIn(withoutQuote)
                .forEach(d ->
                        assertThat(d.canonical()).as("drug named in the draft").isEqualTo(c.drug()));
        WORDS.payersIn(withoutQuote)
                .forEach(p ->
                        assertThat(p.canonical()).as("payer named in the draft").isEqualTo(c.payer()));
        for (String other : otherPatients) {
            if (!other.equals(c.patient().name())) assertThat(body).doesNotContain(other);
        }
    }

    private static void add(Set<String> allowed, String value) {
        if (value != null) allowed.add(value);
    }

    private static String date(LocalDate d) {
        return d == null ? null : d.format(US);
    }
}

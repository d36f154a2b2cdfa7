package org.priorauth.intake.fields;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.priorauth.intake.reading.ExtractedText;
import org.priorauth.intake.reading.PageText;

/**
 * A field's readings on a document's pages, each with its page and line, and the rule that fills a field: all
 * readings agree on one value, or the field stays empty. A value is never a guess between two.
 */
final class Readings {

    private Readings() {}

    record Reading<T>(T value, int page, String line, String note) {}

    static <T> T decide(
            String field, List<Reading<T>> readings, Function<T, String> key, List<FieldEvidence> evidence) {
        Map<String, Reading<T>> distinct = new LinkedHashMap<>();
        for (Reading<T> r : readings) distinct.putIfAbsent(key.apply(r.value()), r);
        if (distinct.size() != 1) return null;
        Reading<T> r = distinct.values().iterator().next();
        evidence.add(new FieldEvidence(field, r.page(), r.line(), r.note()));
        return r.value();
    }

    /**
     * The latest of a decision's dates: a letter that tells a request's history ("on January 11 we denied ..., on
     * February 8 we upheld ...") ends with its own decision, the most recent act it reports.
     */
    static LocalDate latest(String field, List<Reading<LocalDate>> readings, List<FieldEvidence> evidence) {
        Reading<LocalDate> last = null;
        for (Reading<LocalDate> r : readings) if (last == null || r.value().isAfter(last.value())) last = r;
        if (last == null) return null;
        evidence.add(new FieldEvidence(
                field, last.page(), last.line(), readings.size() > 1 ? "the latest of its decision dates" : null));
        return last.value();
    }

    static String firstGroup(Matcher m) {
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

    static List<Reading<LocalDate>> dateReadings(ExtractedText text, Pattern pattern) {
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
     * The mentions on lines that {@code labelled} finds decide, when there are any; else all mentions, which must
     * agree.
     */
    /**
     * What a labelled line names ({@code find} on the label's value), else what the whole text names ({@code
     * unlabelled}), each agreed.
     */
    static String agreedMentionInTiers(
            String field,
            ExtractedText text,
            Function<String, List<Vocabulary.Mention>> find,
            Function<String, List<Vocabulary.Mention>> unlabelled,
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
        return agreedMention(field, text, unlabelled, evidence);
    }

    static String agreedMention(
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
}

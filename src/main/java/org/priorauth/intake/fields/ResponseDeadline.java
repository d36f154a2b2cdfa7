package org.priorauth.intake.fields;

import static org.priorauth.intake.fields.DateLabels.LETTER_DATE;
import static org.priorauth.intake.fields.DateLabels.PRINTED_DEADLINE;
import static org.priorauth.intake.fields.DateLabels.RELATIVE_DEADLINE;
import static org.priorauth.intake.fields.Readings.*;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.priorauth.intake.reading.ExtractedText;
import org.priorauth.intake.reading.PageText;

/**
 * The date by which the practice must answer (an appeal, the information asked for), as printed or counted
 * from the letter's date; a window for something else (a hearing, an external review, the plan's own time to
 * decide) is not the practice's deadline.
 */
final class ResponseDeadline {

    private ResponseDeadline() {}

    /**
     * The deadline: printed ("no later than 12/30/2026") or computed from "within N days of the date of this
     * notice" and the notice's printed date. Both must agree when both are there.
     */
    static LocalDate read(ExtractedText text, LocalDate decisionDate, List<FieldEvidence> evidence) {
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
                } else if (distinctLetterDates.size() == 1) {
                    from = distinctLetterDates.iterator().next();
                    fromWhat = "the notice date " + from;
                } else if (distinctLetterDates.isEmpty() && decisionDate != null) {
                    // a decision notice that prints no date of its own but its decision's ("Decision date:
                    // 01/19/2027"): that is the notice's date
                    from = decisionDate;
                    fromWhat = "the decision date " + from + ", the only date of this notice";
                } else {
                    from = null;
                    fromWhat = null;
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
                    // the plan's time to decide ("you will get a decision within 72 hours"; not the practice's
                    // "ask us to review our decision within 65 days")
                    + "|keep\\s+getting|we\\s+(?:will|must)\\s+(?:decide|give|make)|(?<!our\\s|the\\s|this\\s)decision\\s+within|decided\\s+within"
                    + "|(?:give|make)\\s+(?:you\\s+)?(?:a|our)\\s+decision)\\b",
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
}

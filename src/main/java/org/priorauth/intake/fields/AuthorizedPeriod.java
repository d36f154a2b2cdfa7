package org.priorauth.intake.fields;

import static org.priorauth.intake.fields.LetterDates.DATE;
import static org.priorauth.intake.fields.Readings.decide;
import static org.priorauth.intake.fields.Readings.lineOf;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.priorauth.intake.fields.Readings.Reading;
import org.priorauth.intake.reading.ExtractedText;
import org.priorauth.intake.reading.PageText;

/**
 * The first and last day an approval covers, as the letter states them (CONTRACT.md {@code authorizedFrom} /
 * {@code authorizedThrough}): the renewal reminder counts back from the last one. Only what is printed: "approved
 * for 12 months" gives no end date (counting it would be a guess at the plan's rule), and a letter that states two
 * different periods (a renewal that recalls the last one) gives none; a person sets it on the desk.
 */
final class AuthorizedPeriod {

    record Period(LocalDate from, LocalDate through) {}

    private static final String OF_AN_APPROVAL =
            "\\b(?:approv\\w*|authori[sz]\\w*|certif\\w*|coverage|covered|effective|valid|period|renewed|extended"
                    + "|dates?\\s+of\\s+service|good)\\b";
    private static final String UNTIL = "\\s*(?:-|\u2013|\u2014|\\bto\\b|\\bthrough\\b|\\bthru\\b|\\buntil\\b)\\s*";

    /** "Approved from 03/01/2027 through 05/31/2027", "Authorization period: 3/1/2027 - 5/31/2027". */
    private static final Pattern RANGE = Pattern.compile(
            OF_AN_APPROVAL + "[^\\n.]{0,60}?(?:\\bfrom\\s+)?(" + DATE + ")" + UNTIL + "(" + DATE + ")",
            Pattern.CASE_INSENSITIVE);

    /** "Start date: 03/01/2027", a column read as a label ("From: 03/01/2027"), "approved effective March 1, 2027". */
    private static final Pattern FROM = Pattern.compile(
            "(?m)^[ \\t]*(?:(?:authori[sz]ation|approval|coverage|auth)\\s+)?(?:start|begin(?:ning)?|effective|from"
                    + "|valid\\s+from)(?:\\s+date)?[ \\t]*(?::|\\.{2,}|-)[ \\t]*(" + DATE + ")"
                    + "|\\b(?:approv\\w*|authori[sz]\\w*|coverage|covered|valid)\\s+(?:is\\s+)?(?:effective|starting"
                    + "|beginning|as\\s+of)\\s+(" + DATE + ")",
            Pattern.CASE_INSENSITIVE);

    /** "End date: 05/31/2027", "To: 05/31/2027", "approved through 05/31/2027", "This authorization expires on ...". */
    private static final Pattern THROUGH = Pattern.compile(
            "(?m)^[ \\t]*(?:(?:authori[sz]ation|approval|coverage|auth)\\s+)?(?:end|stop|expiration|expiry|expires"
                    + "|through|thru|to|valid\\s+(?:through|thru|until)|termination)(?:\\s+date)?[ \\t]*(?::|\\.{2,}|-)"
                    + "[ \\t]*(" + DATE + ")"
                    + "|" + OF_AN_APPROVAL + "[^\\n.]{0,40}?\\b(?:through|thru|until)\\s+(" + DATE + ")"
                    + "|\\b(?:authori[sz]ation|approval|coverage)\\b[^\\n.]{0,40}?\\b(?:expires?|ends?)\\s+(?:on\\s+)?("
                    + DATE + ")",
            Pattern.CASE_INSENSITIVE);

    private AuthorizedPeriod() {}

    static Period read(ExtractedText text, List<FieldEvidence> evidence) {
        List<Reading<LocalDate>> from = new ArrayList<>();
        List<Reading<LocalDate>> through = new ArrayList<>();
        for (PageText page : text.pages()) {
            Matcher range = RANGE.matcher(page.text());
            while (range.find()) {
                LocalDate start = LetterDates.parse(range.group(1)).orElse(null);
                LocalDate end = LetterDates.parse(range.group(2)).orElse(null);
                // "from" after "to": no period (a date of birth beside a date of service, a misread year)
                if (start == null || end == null || !start.isBefore(end)) continue;
                String line = lineOf(page.text(), range.start(1));
                from.add(new Reading<>(start, page.number(), line, null));
                through.add(new Reading<>(end, page.number(), line, null));
            }
            add(FROM, page, from);
            add(THROUGH, page, through);
        }
        List<FieldEvidence> read = new ArrayList<>();
        LocalDate start = decide("authorizedFrom", from, LocalDate::toString, read);
        LocalDate end = decide("authorizedThrough", through, LocalDate::toString, read);
        if (start != null && end != null && !start.isBefore(end)) return new Period(null, null);
        evidence.addAll(read);
        return new Period(start, end);
    }

    private static void add(Pattern pattern, PageText page, List<Reading<LocalDate>> readings) {
        Matcher m = pattern.matcher(page.text());
        while (m.find()) {
            for (int g = 1; g <= m.groupCount(); g++) {
                if (m.group(g) == null) continue;
                int at = m.start(g);
                LetterDates.parse(m.group(g))
                        .ifPresent(d -> readings.add(new Reading<>(d, page.number(), lineOf(page.text(), at), null)));
            }
        }
    }
}

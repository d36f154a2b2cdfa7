package org.priorauth.intake.reading;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A form's row of column headings over its row of values, read as the labels a letter prints:
 *
 * <pre>
 * AUTHORIZATION # MEMBER NAME DATE OF BIRTH
 * PT-55137730 MARCHETTI, BEATRIX 12/06/2008
 * </pre>
 *
 * gives "Authorization #: PT-55137730", "Member name: MARCHETTI, BEATRIX", "Date of birth: 12/06/2008", added
 * below the page's text. A text layer or an OCR reading joins the columns with single spaces, so the values are
 * told apart by what each heading holds: an identifier is one word with a digit, a date is a date, a phone number
 * is a phone number, and a name is the words left, letters only. A row that does not split cleanly that way
 * (a speck inside an identifier, a number where a name should be) gives nothing: no guessed value.
 */
public final class ColumnHeaders {

    private ColumnHeaders() {}

    private enum Holds {
        IDENTIFIER,
        DATE,
        PHONE,
        NAME,
        WORDS
    }

    private record Heading(String label, Holds holds) {}

    /** The headings known, longest first, so that "MEMBER NAME" wins over "MEMBER". */
    private static final List<Heading> HEADINGS = List.of(
            new Heading("prescriber npi", Holds.IDENTIFIER),
            new Heading("prescriber fax", Holds.PHONE),
            new Heading("prescriber phone", Holds.PHONE),
            new Heading("authorization #", Holds.IDENTIFIER),
            new Heading("auth #", Holds.IDENTIFIER),
            // an authorization's period in columns ("AUTH #  DRUG  FROM  TO"), read as an approval's dates
            new Heading("effective date", Holds.DATE),
            new Heading("expiration date", Holds.DATE),
            new Heading("start date", Holds.DATE),
            new Heading("end date", Holds.DATE),
            new Heading("authorization number", Holds.IDENTIFIER),
            new Heading("reference #", Holds.IDENTIFIER),
            new Heading("reference number", Holds.IDENTIFIER),
            new Heading("date of birth", Holds.DATE),
            new Heading("patient name", Holds.NAME),
            new Heading("member name", Holds.NAME),
            new Heading("enrollee name", Holds.NAME),
            new Heading("member id", Holds.IDENTIFIER),
            new Heading("member #", Holds.IDENTIFIER),
            new Heading("case id", Holds.IDENTIFIER),
            new Heading("case #", Holds.IDENTIFIER),
            new Heading("request #", Holds.IDENTIFIER),
            new Heading("medication", Holds.WORDS),
            new Heading("prescriber", Holds.NAME),
            new Heading("group #", Holds.IDENTIFIER),
            new Heading("group", Holds.IDENTIFIER),
            new Heading("npi", Holds.IDENTIFIER),
            new Heading("dob", Holds.DATE),
            new Heading("drug", Holds.WORDS),
            new Heading("fax", Holds.PHONE),
            new Heading("phone", Holds.PHONE),
            new Heading("from", Holds.DATE),
            new Heading("through", Holds.DATE),
            new Heading("thru", Holds.DATE),
            new Heading("to", Holds.DATE));

    private static final Pattern DATE = Pattern.compile(
            "\\d{1,2}/\\d{1,2}/\\d{2,4}|\\d{4}-\\d{2}-\\d{2}|(?i:(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\\.?\\s+\\d{1,2},?\\s+\\d{4})");
    private static final Pattern PHONE = Pattern.compile("\\(?\\d{3}\\)?[ .-]?\\d{3}[ .-]\\d{4}");
    /** An OCR speck between two values: a lone dot, bar, comma or dash. */
    private static final Pattern SPECK = Pattern.compile("[.|,;:_\\-\u2014\u2013'`]+");

    public static ExtractedText asLabels(ExtractedText text) {
        List<PageText> pages = new ArrayList<>();
        boolean changed = false;
        for (PageText page : text.pages()) {
            String labels = labels(page.text());
            changed |= !labels.isEmpty();
            pages.add(labels.isEmpty() ? page : page.withText(page.text() + "\n\n" + labels));
        }
        return changed ? new ExtractedText(text.format(), pages) : text;
    }

    static String labels(String text) {
        List<String> lines = text.lines().filter(l -> !l.isBlank()).toList();
        StringBuilder labels = new StringBuilder();
        for (int i = 0; i + 1 < lines.size(); i++) {
            List<Heading> headings = headings(lines.get(i));
            if (headings.size() < 2) continue;
            List<String> values = values(lines.get(i + 1), headings);
            if (values == null) continue;
            for (int c = 0; c < headings.size(); c++) {
                String label = headings.get(c).label();
                labels.append(Character.toUpperCase(label.charAt(0)))
                        .append(label.substring(1))
                        .append(": ")
                        .append(values.get(c))
                        .append('\n');
            }
        }
        return labels.toString();
    }

    /** The line as a row of known headings, in capitals, nothing else on it; empty when it is not one. */
    private static List<Heading> headings(String line) {
        String rest = line.strip();
        long letters = rest.chars().filter(Character::isLetter).count();
        long capitals = rest.chars().filter(Character::isUpperCase).count();
        if (letters == 0 || capitals < letters * 0.8) return List.of();
        String lower = rest.toLowerCase(Locale.ROOT);
        List<Heading> found = new ArrayList<>();
        int at = 0;
        while (at < lower.length()) {
            if (lower.charAt(at) == ' ') {
                at++;
                continue;
            }
            Heading next = null;
            for (Heading h : HEADINGS) {
                if (lower.startsWith(h.label(), at)
                        && (at + h.label().length() == lower.length()
                                || lower.charAt(at + h.label().length()) == ' ')) {
                    next = h;
                    break;
                }
            }
            if (next == null) return List.of();
            found.add(next);
            at += next.label().length();
        }
        return found;
    }

    /** The row's values, one per heading, or null when the row does not split cleanly by what each holds. */
    private static List<String> values(String line, List<Heading> headings) {
        String rest = line.strip();
        List<String> values = new ArrayList<>();
        for (int c = 0; c < headings.size(); c++) {
            rest = withoutSpecks(rest);
            if (rest.isEmpty()) return null;
            boolean last = c == headings.size() - 1;
            String value;
            switch (headings.get(c).holds()) {
                case IDENTIFIER -> {
                    value = rest.split("\\s+", 2)[0];
                    if (!value.matches("[A-Za-z0-9][A-Za-z0-9\\-]{3,30}") || !value.matches(".*\\d.*")) return null;
                }
                case DATE -> {
                    Matcher m = DATE.matcher(rest);
                    if (!m.lookingAt()) return null;
                    value = m.group();
                }
                case PHONE -> {
                    Matcher m = PHONE.matcher(rest);
                    if (!m.lookingAt()) return null;
                    value = m.group();
                }
                case NAME, WORDS -> {
                    // the words up to what the next heading holds (a date, a phone number, an identifier), or to
                    // the line's end
                    value = last ? rest : upToNext(rest, headings.get(c + 1).holds());
                    if (value == null) return null;
                    if (headings.get(c).holds() == Holds.NAME && !value.matches("[\\p{L}][\\p{L} ,.'\\-]{2,60}"))
                        return null;
                }
                default -> throw new IllegalStateException();
            }
            values.add(value.strip().replaceAll("[ ,]+$", ""));
            rest = rest.substring(rest.indexOf(value) + value.length());
        }
        return withoutSpecks(rest).isEmpty()
                        || headings.get(headings.size() - 1).holds() == Holds.WORDS
                ? values
                : null;
    }

    private static String upToNext(String rest, Holds next) {
        Matcher m =
                switch (next) {
                    case DATE -> DATE.matcher(rest);
                    case PHONE -> PHONE.matcher(rest);
                    case IDENTIFIER ->
                        Pattern.compile("\\s(?=[A-Za-z0-9\\-]*\\d)[A-Za-z0-9][A-Za-z0-9\\-]{3,30}(?:\\s|$)")
                                .matcher(rest);
                    default -> null;
                };
        if (m == null || !m.find() || m.start() == 0) return null;
        return rest.substring(0, m.start());
    }

    private static String withoutSpecks(String rest) {
        String s = rest.strip();
        while (true) {
            Matcher speck = SPECK.matcher(s);
            if (speck.lookingAt() && (speck.end() == s.length() || s.charAt(speck.end()) == ' ')) {
                s = s.substring(speck.end()).strip();
            } else {
                return s;
            }
        }
    }
}

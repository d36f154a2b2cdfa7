package org.priorauth.intake.fields;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.Month;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Dates as letters print them: 03/14/1979, 3-14-79, 2026-11-02, March 14, 1979, 14 Mar 1979. OCR turns 0 into
 * O and 1 into l or I inside numbers; those are read back as digits.
 */
public final class LetterDates {

    private static final String MONTHS =
            "jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|jun(?:e)?|jul(?:y)?|aug(?:ust)?|sep(?:t(?:ember)?)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?";
    private static final String D = "[0-9OoIl]";

    /** A fax's speck that OCR reads as a quote before a written-out date's year ("15 JAN \u20182027"). */
    private static final String YEAR_SPECK = "['\u2018\u2019`]?";

    /** One date in any of the accepted forms; use as a group inside larger patterns. */
    public static final String DATE =
            "(?:" + D + "{1,2}\\s?[/.-]\\s?" + D + "{1,2}\\s?[/.-]\\s?(?:" + D + "{4}|" + D + "{2})"
                    + "|" + D + "{4}-" + D + "{2}-" + D + "{2}"
                    + "|(?:" + MONTHS + ")\\.?\\s+" + D + "{1,2}(?:st|nd|rd|th)?,?\\s+" + YEAR_SPECK + D + "{4}"
                    + "|" + D + "{1,2}\\s+(?:" + MONTHS + ")\\.?,?\\s+" + YEAR_SPECK + D + "{4})";

    private static final Pattern NUMERIC = Pattern.compile("(\\d{1,2})[/.-](\\d{1,2})[/.-](\\d{4}|\\d{2})");
    private static final Pattern ISO = Pattern.compile("(\\d{4})-(\\d{2})-(\\d{2})");
    private static final Pattern MONTH_FIRST =
            Pattern.compile("([a-z]+)\\.?\\s+(\\d{1,2})(?:st|nd|rd|th)?,?\\s+(\\d{4})");
    private static final Pattern DAY_FIRST = Pattern.compile("(\\d{1,2})\\s+([a-z]+)\\.?,?\\s+(\\d{4})");

    private LetterDates() {}

    public static Optional<LocalDate> parse(String text) {
        String t = digitsFromOcr(text.strip().toLowerCase(Locale.ROOT))
                .replaceAll("(?<=\\d)\\s*([/.-])\\s*(?=\\d)", "$1")
                .replaceAll("(?<=\\s)" + YEAR_SPECK + "(?=\\d{4}$)", "");
        try {
            Matcher m = ISO.matcher(t);
            if (m.matches()) return Optional.of(LocalDate.of(i(m, 1), i(m, 2), i(m, 3)));
            m = NUMERIC.matcher(t);
            if (m.matches()) {
                // US letters: month first
                return Optional.of(LocalDate.of(year(m.group(3)), i(m, 1), i(m, 2)));
            }
            Matcher mf = MONTH_FIRST.matcher(t);
            if (mf.matches()) return month(mf.group(1)).map(mo -> LocalDate.of(i(mf, 3), mo, i(mf, 2)));
            Matcher dm = DAY_FIRST.matcher(t);
            if (dm.matches()) return month(dm.group(2)).map(mo -> LocalDate.of(i(dm, 3), mo, i(dm, 1)));
        } catch (DateTimeException e) {
            return Optional.empty();
        }
        return Optional.empty();
    }

    /** Inside a date, O is 0 and l or I is 1; month names are left alone. */
    private static String digitsFromOcr(String t) {
        StringBuilder out = new StringBuilder(t.length());
        for (int i = 0; i < t.length(); i++) {
            char c = t.charAt(i);
            boolean nearDigit = (i > 0 && Character.isDigit(t.charAt(i - 1)))
                    || (i + 1 < t.length() && Character.isDigit(t.charAt(i + 1)));
            if (nearDigit && (c == 'o')) c = '0';
            else if (nearDigit && (c == 'l' || c == 'i')) c = '1';
            out.append(c);
        }
        return out.toString();
    }

    private static int year(String y) {
        int v = Integer.parseInt(y);
        if (y.length() == 4) return v;
        // two-digit years: a date of birth in the last century is as likely as a letter date in this one
        return v <= LocalDate.now().getYear() % 100 + 1 ? 2000 + v : 1900 + v;
    }

    private static int i(Matcher m, int group) {
        return Integer.parseInt(m.group(group));
    }

    private static Optional<Month> month(String name) {
        for (Month month : Month.values()) {
            if (name.length() >= 3 && month.name().toLowerCase(Locale.ROOT).startsWith(name)) return Optional.of(month);
        }
        return Optional.empty();
    }
}

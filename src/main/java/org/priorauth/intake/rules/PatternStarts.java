package org.priorauth.intake.rules;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Where a pattern's match can begin. {@link Matcher#find} tries a pattern at every character of a page, a few
 * hundred cues (and every drug, payer and requested item's names) times thousands of characters a document, which
 * made the rules the largest cost of a document after its OCR; trying it only where it can begin finds the same
 * matches, in the same order.
 *
 * <p>A phrase is compiled to match whole words (WordLists: no letter or digit just before it), and its first word
 * can begin with only a few letters (its own, in either case, and what OCR reads them as). An admin's own pattern
 * ("\bdecision\s*:\s*denied", "(?m)^denied") can begin with the characters found by trying it on each character
 * alone, after each kind of character that can stand before it (none, a space, a line's end, a letter, a digit, a
 * mark), so that a {@code \b}, a {@code ^} or a lookbehind that says what must not come before is satisfied by one
 * of them. A pattern that says what must come before ({@code (?<=...)}, {@code \G}) is searched everywhere.
 */
public final class PatternStarts {

    /** How a whole-word phrase begins (the classification rules' WordLists, the requested items' names). */
    public static final String WHOLE_WORD = "(?<![\\p{Alnum}])";

    /** What can stand before a pattern's match, each kind once (the empty one: the beginning of the text). */
    private static final String[] BEFORE = {"", " ", "\n", "a", "0", "."};

    /** [c]: an ASCII character a match can begin with; any other character is always tried */
    private final boolean[] first = new boolean[128];

    /** [c]: the same just after an ASCII letter or digit (a whole-word phrase or a pattern that begins "\b": none) */
    private final boolean[] afterWord = new boolean[128];

    private PatternStarts() {}

    /**
     * @return where the pattern can begin, or null when it can begin anywhere (or what comes before it decides; it
     *     is then searched everywhere)
     */
    public static PatternStarts of(Pattern pattern) {
        String regex = pattern.pattern();
        boolean wholeWord = regex.startsWith(WHOLE_WORD);
        if (!wholeWord && (regex.contains("(?<=") || regex.contains("\\G"))) return null;
        // a lookbehind may tell one letter before from another: then "a" and "0" do not speak for every letter
        boolean letterDecides = !wholeWord && regex.contains("(?<");
        PatternStarts starts = new PatternStarts();
        boolean everywhere = true;
        for (char c = 0; c < 128; c++) {
            if (wholeWord) {
                starts.first[c] = canBegin(pattern, " ", c);
            } else {
                for (String before : BEFORE) starts.first[c] |= canBegin(pattern, before, c);
                starts.afterWord[c] =
                        letterDecides ? starts.first[c] : canBegin(pattern, "a", c) || canBegin(pattern, "0", c);
            }
            everywhere &= starts.first[c] && starts.afterWord[c];
        }
        return everywhere ? null : starts;
    }

    /**
     * The character alone after {@code before}: a match that begins with it is either found or still possible when
     * the input runs out (hitEnd); if neither, no text whose match begins with this character there exists.
     */
    private static boolean canBegin(Pattern pattern, String before, char c) {
        Matcher m = pattern.matcher(before + c);
        m.region(before.length(), before.length() + 1)
                .useTransparentBounds(true)
                .useAnchoringBounds(false);
        return m.lookingAt() || m.hitEnd();
    }

    /**
     * The next match at or after {@code from}, as {@code matcher.find(from)} would find it: true and the matcher
     * holds it, or false.
     *
     * @param matcher a matcher of the pattern on {@code text} (or on text that reads as {@code text})
     */
    public boolean find(Matcher matcher, String text, int from) {
        matcher.useTransparentBounds(true).useAnchoringBounds(false);
        // read as an array: String.charAt costs several calls a character where the JVM does not inline them
        char[] chars = text.toCharArray();
        for (int i = Math.max(from, 0); i < chars.length; i++) {
            char c = chars[i];
            if (c < 128 && !(i > 0 && isAsciiLetterOrDigit(chars[i - 1]) ? afterWord[c] : first[c])) continue;
            matcher.region(i, chars.length);
            if (matcher.lookingAt()) return true;
        }
        // a pattern may match nothing at the text's end ("denied\s*$|$"), where find would find it
        if (from > chars.length) return false;
        matcher.region(chars.length, chars.length);
        return matcher.lookingAt();
    }

    /**
     * The next match at or after {@code from}, tried only where {@code starts} says it can begin, or everywhere
     * ({@code matcher.find(from)}) when there are none (a pattern that can begin anywhere: {@link #of} gave null).
     */
    public static boolean next(PatternStarts starts, Matcher matcher, String text, int from) {
        if (starts != null) return starts.find(matcher, text, from);
        return from <= text.length() && matcher.find(from);
    }

    private static boolean isAsciiLetterOrDigit(char c) {
        return c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= '0' && c <= '9';
    }
}

package org.priorauth.intake.classification;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Where a phrase cue can begin. A phrase is compiled to match whole words (WordLists: no letter or digit just
 * before it), and its first word can begin with only a few letters (its own, in either case, and what OCR reads
 * them as). {@link Matcher#find} tries the pattern at every character of a page, a few hundred cues times
 * thousands of characters a document, which made the rules the largest cost of a document after its OCR; trying
 * it only where a word begins with one of those letters finds the same matches, in the same order.
 */
final class PhraseStarts {

    /** How {@link WordLists} begins every whole-word phrase. */
    static final String WHOLE_WORD = "(?<![\\p{Alnum}])";

    /** [c] for an ASCII character a match can begin with; any other character is always tried */
    private final boolean[] first = new boolean[128];

    private PhraseStarts() {}

    /**
     * @return the phrase's starts, or null for a pattern that is not a whole-word phrase (it is searched everywhere)
     */
    static PhraseStarts of(Pattern phrase) {
        if (!phrase.pattern().startsWith(WHOLE_WORD)) return null;
        PhraseStarts starts = new PhraseStarts();
        for (char c = 0; c < 128; c++) {
            // the character alone after a space: a match that begins with it is either found or still possible when
            // the input runs out (hitEnd); if neither, no text whose match begins with this character exists
            Matcher m = phrase.matcher(" " + c);
            m.region(1, 2).useTransparentBounds(true).useAnchoringBounds(false);
            starts.first[c] = m.lookingAt() || m.hitEnd();
        }
        return starts;
    }

    /**
     * The next match at or after {@code from}, as {@code matcher.find(from)} would find it: true and the matcher
     * holds it, or false.
     *
     * @param matcher a matcher of the phrase on {@code text} (or on text that reads as {@code text})
     */
    boolean find(Matcher matcher, String text, int from) {
        matcher.useTransparentBounds(true).useAnchoringBounds(false);
        for (int i = from; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c < 128 && !first[c]) continue;
            // the phrase's own first test, done here once instead of by the pattern
            if (i > 0 && isAsciiLetterOrDigit(text.charAt(i - 1))) continue;
            matcher.region(i, text.length());
            if (matcher.lookingAt()) return true;
        }
        return false;
    }

    private static boolean isAsciiLetterOrDigit(char c) {
        return c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= '0' && c <= '9';
    }
}

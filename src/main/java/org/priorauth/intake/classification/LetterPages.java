package org.priorauth.intake.classification;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.priorauth.intake.reading.PageText;

/**
 * Where in a document the rules look: the page the letter starts on (behind a fax cover sheet), a page's
 * heading, the sentence around a match, and the text with what says nothing blanked out.
 */
final class LetterPages {

    private LetterPages() {}

    /** The text with every match of the pattern overwritten by spaces: what is blanked says nothing. */
    static String blank(String text, Pattern pattern) {
        if (pattern == null) return text;
        Matcher m = pattern.matcher(text);
        if (!m.find()) return text;
        StringBuilder out = new StringBuilder(text);
        do {
            for (int i = m.start(); i < m.end(); i++) {
                if (out.charAt(i) != '\n') out.setCharAt(i, ' ');
            }
        } while (m.find());
        return out.toString();
    }

    /**
     * The page the letter itself starts on: the first, unless the first is a fax cover sheet in front of more
     * pages. A cover sheet alone has no letter: its "From:" names who faxed it, which says nothing of its
     * type, so heading cues do not read it (-1).
     */
    static int letterStart(List<PageText> pages) {
        if (pages.isEmpty() || !coverSheet(pages.get(0))) return 0;
        return pages.size() > 1 ? 1 : -1;
    }

    /** A short page that says fax or facsimile and counts the pages sent. */
    static boolean coverSheet(PageText page) {
        long lines = page.text().lines().filter(l -> !l.isBlank()).count();
        return lines <= 30
                && COVER_SHEET.matcher(page.text()).find()
                && PAGE_COUNT.matcher(page.text()).find();
    }

    private static final Pattern COVER_SHEET = Pattern.compile("(?i)\\b(?:fax|facsimile|telecopy)\\b");
    private static final Pattern PAGE_COUNT =
            Pattern.compile("(?i)\\b(?:pages?|page\\s+count|no\\.?\\s+of\\s+pages)\\b\\s*[:#]?\\s*\\(?\\d");

    private static final int HEADING_LINES = 12;

    /** The first lines with text on a page: the sender's name, the letter's title, its decision line. */
    static String heading(PageText page) {
        StringBuilder heading = new StringBuilder();
        int lines = 0;
        for (String line : page.text().split("\n")) {
            if (line.isBlank()) continue;
            heading.append(line).append('\n');
            if (++lines == HEADING_LINES) break;
        }
        return heading.toString();
    }

    /** The sentence a match stands in: from the previous full stop or blank line to the next. */
    static String sentenceAround(String text, int start, int end) {
        int from = Math.max(
                Math.max(text.lastIndexOf(". ", start), text.lastIndexOf(".\n", start)),
                text.lastIndexOf("\n\n", start));
        int to = text.length();
        for (String stop : new String[] {". ", ".\n", "\n\n"}) {
            int i = text.indexOf(stop, end);
            if (i >= 0 && i < to) to = i;
        }
        return text.substring(Math.max(0, from), to);
    }

    /** "deter-\nmination" is one word again. */
    static String dehyphenate(String text) {
        return text.replaceAll("(\\p{L})-\\s*\\n\\s*(\\p{L})", "$1$2");
    }
}

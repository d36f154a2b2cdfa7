package org.priorauth.intake.reading;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A system's export read as the labels a letter prints: "CASE_STATUS=PENDED" as "CASE STATUS:PENDED", so that the
 * classification rules ("status: pended", "outcome: denied") and the field labels ("Member name:", "DOB:") read a
 * portal's keys and values as they read a form. Each character is replaced by one: the text keeps its length.
 */
public final class KeyValueLines {

    private KeyValueLines() {}

    /**
     * A key at the start of a line, a word or a few joined by "_" or spaces, and "=" with its value right after it.
     * Only such a key's "_" becomes a space: "prior_auth@plan.example" elsewhere in a letter is an address.
     */
    private static final Pattern KEY_VALUE =
            Pattern.compile("(?m)^([ \\t]{0,8})(\\p{L}[\\p{L}_ ]{0,40}\\p{L})=(?=\\S)");

    public static String asLabels(String text) {
        if (text.indexOf('=') < 0) return text;
        return KEY_VALUE
                .matcher(text)
                .replaceAll(
                        m -> Matcher.quoteReplacement(m.group(1) + m.group(2).replace('_', ' ') + ":"));
    }

    public static ExtractedText asLabels(ExtractedText text) {
        if (text.pages().stream().noneMatch(p -> p.text().indexOf('=') >= 0)) return text;
        return new ExtractedText(
                text.format(),
                text.pages().stream().map(p -> p.withText(asLabels(p.text()))).toList());
    }
}

package org.priorauth.intake.reading;

import java.util.regex.Pattern;

/**
 * A system's export read as the labels a letter prints: "CASE_STATUS=PENDED" as "CASE STATUS:PENDED", so that the
 * classification rules ("status: pended", "outcome: denied") and the field labels ("Member name:", "DOB:") read a
 * portal's keys and values as they read a form. Each character is replaced by one: the text keeps its length.
 */
public final class KeyValueLines {

    private KeyValueLines() {}

    /** "=" right after a key at the start of a line, the key a word or a few, and a value right after it. */
    private static final Pattern KEY_VALUE =
            Pattern.compile("(?m)(?<=^[ \\t]{0,8}\\p{L}[\\p{L} ]{0,40}\\p{L})=(?=\\S)");

    public static String asLabels(String text) {
        if (text.indexOf('=') < 0 && text.indexOf('_') < 0) return text;
        return KEY_VALUE.matcher(text.replaceAll("(?<=\\p{L})_(?=\\p{L})", " ")).replaceAll(":");
    }

    public static ExtractedText asLabels(ExtractedText text) {
        return new ExtractedText(
                text.format(),
                text.pages().stream().map(p -> p.withText(asLabels(p.text()))).toList());
    }
}

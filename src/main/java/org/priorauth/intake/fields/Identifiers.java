package org.priorauth.intake.fields;

import java.util.Locale;
import java.util.regex.Pattern;

/** Member IDs and PA references as letters print them: what counts as one, and how two readings compare. */
public final class Identifiers {

    private Identifiers() {}

    static String clean(String raw) {
        String id = raw.strip().replaceAll("-+$", "").toUpperCase(Locale.ROOT);
        return id.chars().filter(Character::isDigit).count() >= 2 ? id : null;
    }

    /** Identifiers compare without separators, and with the letters OCR mistakes for digits read as digits. */
    public static String key(String id) {
        StringBuilder key = new StringBuilder();
        for (char c : id.toUpperCase(Locale.ROOT).toCharArray()) {
            switch (c) {
                case 'O' -> key.append('0');
                case 'I', 'L' -> key.append('1');
                case 'S' -> key.append('5');
                case 'B' -> key.append('8');
                case '-', ' ', '.' -> {}
                default -> key.append(c);
            }
        }
        return key.toString();
    }

    /**
     * An identifier followed by one space and more letters and digits ("1VT3 XE9JP55") may be one ID that OCR
     * split, or two things: either way the reading is not certain, so it is not used.
     */
    static boolean cutShort(String text, int end) {
        return CONTINUED.matcher(text).region(end, text.length()).lookingAt();
    }

    private static final Pattern CONTINUED = Pattern.compile(" (?=[A-Za-z0-9]*\\d)[A-Za-z0-9]{2,}\\b(?![ \\t]*[:#])");
}

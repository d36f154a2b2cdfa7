package org.priorauth.intake.matching;

import java.util.Set;
import org.priorauth.intake.fields.Identifiers;

/**
 * An identifier a fax's OCR read with a slip: a speck read as a letter in front ("TMH-PA-..." for "MH-PA-..."),
 * a digit doubled or dropped, one digit for another. Such a reading is no evidence on its own (two requests of
 * one payer can have neighbouring numbers); the matcher accepts it only where the patient's name and date of
 * birth already agree with the case, and a PA reference only for the same drug.
 */
final class OcrSlips {

    /** Shorter identifiers leave too little that is right for a slip to be told from another number. */
    private static final int SHORTEST = 8;

    private OcrSlips() {}

    /**
     * Whether {@code read} is {@code known} with at most one slip (two in an identifier of 12 characters or more),
     * compared as {@link Identifiers#key} compares them (O and 0, l and 1 already alike).
     */
    static boolean slipOf(String read, String known) {
        if (read == null || known == null) return false;
        String a = Identifiers.key(read);
        String b = Identifiers.key(known);
        if (a.equals(b) || Math.min(a.length(), b.length()) < SHORTEST) return false;
        int allowed = Math.min(a.length(), b.length()) >= 12 ? 2 : 1;
        return editDistance(a, b, allowed) <= allowed;
    }

    /**
     * A member ID read with a slip. In its last two characters, where a family suffix ("-01", "-03") tells two
     * people on one policy apart, only one digit read as another that looks like it ("-62" for "-02", a fax's 0
     * read as 6): "-02" for "-01" is another person, however alike the rest.
     */
    static boolean slipOfMemberId(String read, String known) {
        if (!slipOf(read, known)) return false;
        String a = Identifiers.key(read);
        String b = Identifiers.key(known);
        String suffixA = a.substring(a.length() - 2);
        String suffixB = b.substring(b.length() - 2);
        if (suffixA.equals(suffixB)) return true;
        if (a.length() != b.length() || !a.substring(0, a.length() - 2).equals(b.substring(0, b.length() - 2)))
            return false;
        for (int i = 0; i < 2; i++) {
            char x = suffixA.charAt(i);
            char y = suffixB.charAt(i);
            if (x != y && !LOOK_ALIKE_DIGITS.contains("" + (char) Math.min(x, y) + (char) Math.max(x, y))) return false;
        }
        return true;
    }

    /** Digits a fax's OCR takes for one another, as pairs in order. */
    private static final Set<String> LOOK_ALIKE_DIGITS =
            Set.of("06", "08", "09", "17", "35", "38", "56", "58", "68", "89");

    /** Levenshtein distance (letters changed, added or dropped), given up past {@code limit}: then limit + 1. */
    static int editDistance(String a, String b, int limit) {
        if (Math.abs(a.length() - b.length()) > limit) return limit + 1;
        int[] previous = new int[b.length() + 1];
        int[] current = new int[b.length() + 1];
        for (int j = 0; j <= b.length(); j++) previous[j] = j;
        for (int i = 1; i <= a.length(); i++) {
            current[0] = i;
            int best = current[0];
            for (int j = 1; j <= b.length(); j++) {
                int substitution = previous[j - 1] + (a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1);
                current[j] = Math.min(substitution, Math.min(previous[j], current[j - 1]) + 1);
                best = Math.min(best, current[j]);
            }
            if (best > limit) return limit + 1;
            int[] swap = previous;
            previous = current;
            current = swap;
        }
        return previous[b.length()];
    }
}

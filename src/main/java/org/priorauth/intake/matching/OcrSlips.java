package org.priorauth.intake.matching;

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
        return distance(a, b, allowed) <= allowed;
    }

    /**
     * A member ID read with a slip that keeps its last two characters: a family suffix ("-01", "-03") tells two
     * people on one policy apart, and a slip there is no slip but another person.
     */
    static boolean slipOfMemberId(String read, String known) {
        if (!slipOf(read, known)) return false;
        String a = Identifiers.key(read);
        String b = Identifiers.key(known);
        return a.substring(a.length() - 2).equals(b.substring(b.length() - 2));
    }

    /** Levenshtein distance, given up on past {@code limit}. */
    private static int distance(String a, String b, int limit) {
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

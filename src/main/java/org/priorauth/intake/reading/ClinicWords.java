package org.priorauth.intake.reading;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The clinic's own words (drug, generic and payer names, the words of PA letters in {@code ocr-models/}) put
 * back where OCR misread a letter of them for one that looks alike: "Duplxent", "Oupixent" and "DUPlXENT" are
 * Dupixent, "Taitz" is Taltz, "Cibingo" is Cibinqo, "EAS!" is EASI.
 *
 * <p>Why here and not in Tesseract: handed to Tesseract as user words and patterns, the same lists made it
 * 7-10% slower on faxes from other practices, and the patterns (the shapes of member IDs) made it add a digit to
 * a reference number that had none to spare. A word is changed here only when it differs from one of the
 * clinic's words in one or two characters, each a look-alike of the one it stands for, and no other word of the
 * lists reads the same way: a misread identifier never takes a drug's name, and nothing is read into the text
 * that its shapes do not show.
 */
final class ClinicWords {

    private static final List<String> LISTS = List.of("drugs.txt", "treatments.txt", "payers.txt", "pa-words.txt");

    /** Shorter words are too easily another word (or an identifier's part) misread. */
    static final int SHORTEST = 4;

    /** A word's look-alike shape, mapped to the word; null where two words of the lists share a shape. */
    private final Map<String, String> byShape = new HashMap<>();

    ClinicWords(Iterable<String> words) {
        for (String word : words) {
            if (word.length() < SHORTEST || !isWord(word)) continue;
            // "Dupixent" in a letter may stand in capitals or small letters, and a capital D looks like an O
            // where a small d does not: each casing has its own shape
            for (String cased : List.of(word, word.toLowerCase(Locale.ROOT), word.toUpperCase(Locale.ROOT))) {
                String shape = shape(cased, 0, cased.length());
                if (byShape.containsKey(shape) && !word.equalsIgnoreCase(byShape.get(shape))) byShape.put(shape, null);
                else byShape.put(shape, word);
            }
        }
    }

    /** Every word of the word lists in {@code ocrModels} (a missing list is no list). */
    static ClinicWords load(Path ocrModels) {
        List<String> words = new java.util.ArrayList<>();
        for (String list : LISTS) {
            Path file = ocrModels.resolve(list);
            if (!Files.exists(file)) continue;
            try {
                for (String line : Files.readAllLines(file)) {
                    String content = line.replaceFirst("#.*", "");
                    // "lebrikizumab-lbkz" is two words, as OCR text is cut into words below
                    for (String word : content.split("[^\\p{L}\\p{N}]+")) {
                        if (!word.isEmpty()) words.add(word);
                    }
                }
            } catch (IOException e) {
                throw new UncheckedIOException("cannot read the word list " + file, e);
            }
        }
        return new ClinicWords(words);
    }

    /** The text with each misread clinic word spelled as the lists spell it; everything else as it was. */
    String mend(String text) {
        StringBuilder mended = null;
        int i = 0;
        int n = text.length();
        while (i < n) {
            if (!inWord(text.charAt(i))) {
                i++;
                continue;
            }
            int start = i;
            while (i < n && inWord(text.charAt(i))) i++;
            String word = i - start < SHORTEST ? null : byShape.get(shape(text, start, i));
            if (word == null || word.length() != i - start || hasDigit(text, start, i) || !misread(text, start, word))
                continue;
            if (mended == null) mended = new StringBuilder(text);
            mended.replace(start, i, inCaseOf(text, start, word));
        }
        return mended == null ? text : mended.toString();
    }

    /** A word of OCR text: letters, digits, and the bar and bang OCR reads for an l or an I. */
    private static boolean inWord(char c) {
        return Character.isLetterOrDigit(c) || c == '|' || c == '!';
    }

    /** A word with a digit in it is a code or an amount, kept as read whatever word its shape recalls. */
    private static boolean hasDigit(String text, int start, int end) {
        for (int k = start; k < end; k++) if (Character.isDigit(text.charAt(k))) return true;
        return false;
    }

    private static boolean isWord(String word) {
        return word.chars().allMatch(Character::isLetter);
    }

    /**
     * True when the text's word differs from {@code word} (beyond case) in at least one character and at most
     * one in eight, rounded up: "Duplxent" (one of eight) is Dupixent; a word whose shape matches by many
     * look-alikes at once is more likely another word or a code.
     */
    private static boolean misread(String text, int start, String word) {
        int differ = 0;
        for (int k = 0; k < word.length(); k++) {
            char c = text.charAt(start + k);
            if (Character.toLowerCase(c) != Character.toLowerCase(word.charAt(k))) differ++;
        }
        return differ > 0 && differ <= (word.length() + 7) / 8;
    }

    /**
     * The list's word in the case of the letters OCR read right: "DUPlXENT" stays in capitals, "duplxent" in small
     * letters; "Oupixent", "Ibkz" (the first letter the misread one) as the list writes them.
     */
    private static String inCaseOf(String text, int start, String word) {
        boolean upper = true;
        boolean lower = true;
        for (int k = 0; k < word.length(); k++) {
            char c = text.charAt(start + k);
            if (Character.toLowerCase(c) != Character.toLowerCase(word.charAt(k))) continue;
            upper &= Character.isUpperCase(c);
            lower &= Character.isLowerCase(c);
        }
        boolean firstReadRight = Character.toLowerCase(text.charAt(start)) == Character.toLowerCase(word.charAt(0));
        if (upper && !lower) return word.toUpperCase(Locale.ROOT);
        if (lower && !upper && firstReadRight) return word.toLowerCase(Locale.ROOT);
        return word;
    }

    /**
     * The characters OCR takes for one another on a fax, each group folded to one: l I i | !, O o D Q, g q; others
     * in small letters. Two words of one shape look alike. (Digits are look-alikes too, 1 and l, 0 and O, but a
     * word with a digit is never mended.)
     */
    static String shape(CharSequence text, int start, int end) {
        char[] shape = new char[end - start];
        for (int k = start; k < end; k++) {
            char c = text.charAt(k);
            shape[k - start] = switch (c) {
                case 'l', 'I', 'i', '|', '!' -> 'l';
                case 'O', 'o', 'D', 'Q' -> 'o';
                case 'g', 'q' -> 'q';
                default -> Character.toLowerCase(c);
            };
        }
        return new String(shape);
    }
}

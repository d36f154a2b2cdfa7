package org.priorauth.intake.classification;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/** The words the letter model sees in a letter: stems, negated words and neighbouring pairs. */
final class LetterWords {

    private LetterWords() {}

    /**
     * How {@link #of} cuts a letter into words; a model file records it, and one trained on another
     * version is refused. 1: words and pairs. 2: words cut to their stems and a negated word marked.
     */
    static final int FEATURES = 2;

    /** Words that turn the next word around: "not approved" and "cannot be approved" both give "not_approv". */
    private static final Set<String> NEGATIONS =
            Set.of("not", "no", "cannot", "can't", "won't", "never", "unable", "didn't", "doesn't", "isn't", "wasn't");

    /** Words that may stand between a negation and the word it turns ("not yet been approved"). */
    private static final Set<String> BETWEEN =
            Set.of("be", "been", "yet", "to", "the", "fully", "currently", "have", "has");

    /**
     * The words of a letter and its pairs of neighbouring words, lower case; digits inside words are read as
     * the letters OCR takes them for, and words with no letters (dates, IDs, amounts) are left out. Each word is
     * cut to a rough stem ("approved", "approval", "approve": "approv"), so that a letter worded another way still
     * shares its words with the training letters; the first word after a negation (within three) is read negated.
     */
    static Set<String> of(String text) {
        return asWritten(text).keySet();
    }

    /** Each feature of {@link #of}, with the letter's own words it was read from. */
    static Map<String, String> asWritten(String text) {
        String t = text.toLowerCase(Locale.ROOT)
                .replaceAll("(?<=\\p{L})0|0(?=\\p{L})", "o")
                .replaceAll("(?<=\\p{L})[1|](?=\\p{L})", "l")
                .replaceAll("(\\p{L})-\\s*\\n\\s*(\\p{L})", "$1$2");
        List<String> words = new ArrayList<>();
        List<String> written = new ArrayList<>();
        int negating = 0;
        for (String token : t.split("[^\\p{L}']+")) {
            String word = token.replaceAll("^'+|'+$", "");
            if (word.length() < 2) continue;
            if (NEGATIONS.contains(word)) {
                negating = 3;
                words.add(word);
                written.add(word);
            } else if (negating > 0 && !BETWEEN.contains(word)) {
                negating = 0;
                words.add("not_" + stem(word));
                written.add("not " + word);
            } else {
                if (negating > 0) negating--;
                words.add(stem(word));
                written.add(word);
            }
        }
        Map<String, String> features = new LinkedHashMap<>();
        for (int i = 0; i < words.size(); i++) features.putIfAbsent(words.get(i), written.get(i));
        for (int i = 1; i < words.size(); i++)
            features.putIfAbsent(words.get(i - 1) + " " + words.get(i), written.get(i - 1) + " " + written.get(i));
        return features;
    }

    /** A rough English stem: the common endings cut off, enough to make "denied" and "denial" one word. */
    static String stem(String w) {
        int n = w.length();
        if (n > 5 && w.endsWith("ing")) return w.substring(0, n - 3);
        if (n > 4 && w.endsWith("ed")) return w.substring(0, n - 2);
        if (n > 5 && w.endsWith("al")) return w.substring(0, n - 2);
        if (n > 4 && w.endsWith("es")) return w.substring(0, n - 2);
        if (n > 3 && w.endsWith("s") && !w.endsWith("ss")) return w.substring(0, n - 1);
        if (n > 4 && w.endsWith("e")) return w.substring(0, n - 1);
        return w;
    }
}

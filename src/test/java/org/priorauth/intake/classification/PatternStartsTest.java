package org.priorauth.intake.classification;

import static org.assertj.core.api.Assertions.assertThat;

import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.regex.Matcher;
import org.junit.jupiter.api.Test;
import org.priorauth.intake.rules.PatternStarts;
import org.priorauth.intake.rules.RuleNode;
import org.priorauth.intake.samples.SampleLetters;
import org.priorauth.intake.samples.SyntheticCase;

/** A cue tried only where it can begin finds what trying it everywhere finds, match for match. */
class PatternStartsTest {

    @Test
    void everyShippedCueFindsTheSameMatchesOnLettersCleanAndMisread() throws Exception {
        ClassificationRules rules =
                ClassificationRules.from(RuleNode.read(Path.of("routes/rules/classification.yaml")));
        List<String> letters = letters();
        int phrases = 0;
        int patterns = 0;
        int found = 0;
        for (ClassificationRules.TypeRules type : rules.types().values()) {
            List<ClassificationRules.Cue> cues = new ArrayList<>(type.evidence());
            cues.addAll(type.counter());
            for (ClassificationRules.Cue cue : cues) {
                if (cue.starts() == null) continue;
                if (!cue.pattern().pattern().startsWith(PatternStarts.WHOLE_WORD)) patterns++;
                else phrases++;
                for (String text : letters) found += assertSameMatches(cue.name(), cue.pattern(), cue.starts(), text);
            }
        }
        assertThat(phrases).as("the shipped rules' phrase cues").isGreaterThan(100);
        assertThat(patterns)
                .as("the shipped rules' own patterns searched where they can begin")
                .isGreaterThan(100);
        assertThat(found).as("matches compared").isGreaterThan(100);
    }

    @Test
    void aPhraseBeginsWithItsOwnLettersAndWhatOcrReadsThemAs() {
        PatternStarts starts = PatternStarts.of(ClassificationRules.phrasePattern("overturned on appeal"));
        Matcher m = ClassificationRules.phrasePattern("overturned on appeal").matcher("");
        for (String text : List.of("was 0VERTURNED on appeal", "was overturned\non   appeal")) {
            m.reset(text);
            assertThat(starts.find(m, text, 0)).as(text).isTrue();
            assertThat(m.start()).isEqualTo(4);
        }
        // not inside a word, as the whole-word pattern says
        m.reset("reoverturned on appeal");
        assertThat(starts.find(m, "reoverturned on appeal", 0)).isFalse();
        // a pattern that says what must come before it is searched everywhere
        assertThat(PatternStarts.of(java.util.regex.Pattern.compile("(?<=Status: )denied")))
                .isNull();
    }

    @Test
    void anAdminsOwnPatternFindsTheSameMatchesWhateverStandsBeforeIt() throws Exception {
        List<String> letters = letters();
        // texts where what comes before a match decides it: line starts, word edges, a letter before a lookbehind
        letters.add("denied\nStatus: denied\n_denied xdenied 0denied (denied) not approved; approved\n");
        letters.add("Approved\n\nDENIED");
        int tried = 0;
        for (String regex : List.of(
                "(?m)^\\s*denied",
                "\\bden(?:ied|ial)\\b",
                "\\Bdenied",
                "(?<!not )approved",
                "(?<![a-z])denied",
                "(?<x>denied)",
                "[:\\-][ \\t]*denied",
                "denied\\s*$|$",
                "(?=deni)\\w+")) {
            java.util.regex.Pattern pattern =
                    java.util.regex.Pattern.compile(regex, java.util.regex.Pattern.CASE_INSENSITIVE);
            PatternStarts starts = PatternStarts.of(pattern);
            if (starts == null) continue;
            tried++;
            for (String text : letters) assertSameMatches(regex, pattern, starts, text);
        }
        assertThat(tried).as("patterns with fewer starts than everywhere").isGreaterThan(6);
    }

    /** @return how many matches were compared */
    private static int assertSameMatches(
            String name, java.util.regex.Pattern pattern, PatternStarts starts, String text) {
        List<String> everywhere = new ArrayList<>();
        Matcher plain = pattern.matcher(text);
        while (plain.find()) everywhere.add(plain.start() + "-" + plain.end());
        List<String> whereItCanBegin = new ArrayList<>();
        Matcher m = pattern.matcher(text);
        int from = 0;
        while (starts.find(m, text, from)) {
            whereItCanBegin.add(m.start() + "-" + m.end());
            from = m.end() > m.start() ? m.end() : m.end() + 1;
        }
        assertThat(whereItCanBegin).as(name).isEqualTo(everywhere);
        return everywhere.size();
    }

    /** Every sample letter the project writes, as written and with OCR's usual misreadings of its letters. */
    private static List<String> letters() throws Exception {
        List<String> letters = new ArrayList<>();
        for (Method write : SampleLetters.class.getMethods()) {
            if (Modifier.isStatic(write.getModifiers())
                    && write.getReturnType() == String.class
                    && write.getParameterCount() == 1
                    && write.getParameterTypes()[0] == SyntheticCase.class) {
                letters.add((String) write.invoke(null, SampleLetters.FERNHALL));
            }
        }
        Random random = new Random(30);
        List<String> misread = new ArrayList<>();
        for (String letter : letters) {
            StringBuilder noisy = new StringBuilder(letter);
            for (int i = 0; i < noisy.length(); i++) {
                char c = noisy.charAt(i);
                if (random.nextInt(12) != 0) continue;
                noisy.setCharAt(
                        i,
                        switch (Character.toLowerCase(c)) {
                            case 'o' -> '0';
                            case 'i', 'l' -> '1';
                            case 's' -> '5';
                            default -> Character.isLetter(c) ? Character.toUpperCase(c) : c;
                        });
            }
            misread.add(noisy.toString());
        }
        letters.addAll(misread);
        assertThat(letters).hasSizeGreaterThan(20);
        return letters;
    }
}

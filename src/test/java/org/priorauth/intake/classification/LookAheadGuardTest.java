package org.priorauth.intake.classification;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.priorauth.intake.rules.RuleNode;

/**
 * A pattern that opens with a look back opens with a look ahead at its first word too (classification.yaml says
 * why): the look ahead must let through every word the pattern can begin with there, or a wording is lost.
 */
class LookAheadGuardTest {

    /** A look ahead of plain words right before a look back: the guard. */
    private static final Pattern GUARD = Pattern.compile("\\(\\?=[\\w'|]+\\)(?=\\(\\?<)");

    private static final List<String> WORDINGS = List.of(
            "Your request is denied.",
            "The request was denied.",
            "This request has been denied.",
            "These requests have been denied.",
            "Your coverage was not approved.",
            "The authorization has been declined.",
            "The claim was denied.",
            "The medication is not approved.",
            "The drug was denied.",
            "The service has been declined.",
            "We have denied your request.",
            "we declined the request",
            "Your coverage is denied.",
            "Authorization rejected.",
            "This is a denial letter.",
            "We can't approve this drug.",
            "We cannot authorize it.",
            "we can not cover it",
            "We could not approve the request.",
            "It couldn't be approved.",
            "We now approve the request.",
            "We approve your request.",
            "Determination: approved",
            "Decision - authorized",
            "Status: certified",
            "Outcome: favorable",
            "Result: granted",
            "Response: approved",
            "Approval letter enclosed.",
            "We will send you our decision within 30 days.",
            "We'll mail you a decision within 14 days.",
            "Total pages including cover sheet: 1");

    @Test
    void everyGuardedPatternFindsWhatItFoundWithoutItsGuard() {
        ClassificationRules rules =
                ClassificationRules.from(RuleNode.read(Path.of("routes/rules/classification.yaml")));
        int guarded = 0;
        int found = 0;
        for (ClassificationRules.TypeRules type : rules.types().values()) {
            List<ClassificationRules.Cue> cues = new ArrayList<>(type.evidence());
            cues.addAll(type.counter());
            for (ClassificationRules.Cue cue : cues) {
                if (!GUARD.matcher(cue.pattern().pattern()).find()) continue;
                guarded++;
                Pattern unguarded = Pattern.compile(
                        GUARD.matcher(cue.pattern().pattern()).replaceAll(""),
                        cue.pattern().flags());
                boolean any = false;
                for (String wording : WORDINGS) {
                    List<String> with = matches(cue.pattern(), wording);
                    assertThat(with).as("%s on \"%s\"", cue.name(), wording).isEqualTo(matches(unguarded, wording));
                    any |= !with.isEmpty();
                }
                assertThat(any).as("some wording above reads as %s", cue.name()).isTrue();
                if (any) found++;
            }
        }
        assertThat(guarded).as("guarded patterns in the shipped rules").isGreaterThanOrEqualTo(10);
        assertThat(found).isEqualTo(guarded);
    }

    private static List<String> matches(Pattern pattern, String text) {
        List<String> out = new ArrayList<>();
        Matcher m = pattern.matcher(text);
        while (m.find()) out.add(m.start() + "-" + m.end());
        return out;
    }
}

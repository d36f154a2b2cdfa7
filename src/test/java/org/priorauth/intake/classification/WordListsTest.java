package org.priorauth.intake.classification;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.StringReader;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.priorauth.intake.reading.DocumentFormat;
import org.priorauth.intake.reading.ExtractedText;
import org.priorauth.intake.reading.PageText;
import org.priorauth.intake.reading.ReadMethod;
import org.priorauth.intake.rules.RuleFileException;
import org.priorauth.intake.rules.RuleNode;

/** Cues an admin writes as phrases over named word lists, without a regular expression. */
class WordListsTest {

    private static ClassificationRules rules(String yaml) {
        return ClassificationRules.from(RuleNode.parse(Path.of("classification.yaml"), new StringReader(yaml)));
    }

    private static Classification classify(String text, ClassificationRules rules) {
        return Classifier.classify(
                new ExtractedText(DocumentFormat.PDF, List.of(new PageText(1, text, ReadMethod.TEXT_LAYER, 1))), rules);
    }

    private static final String RULES =
            """
            threshold: 0.5
            words:
              refused: [denied, declined, not certified, "non-certified", "{upheld}"]
              upheld: [upheld, affirmed]
              label: [determination, outcome, status]
              drug: [dupixent, "*mab", "*citinib"]
            types:
              DENIAL:
                evidence:
                  - { phrase: "{label}: {refused}", weight: 5 }
                  - { phrase: "coverage for {drug} ... is {refused}", weight: 4 }
                  - { phrases: ["we [have|had] turned down", "we said no to"], weight: 3 }
                  - { phrase: "(could|can) not be (approved|covered)", weight: 3 }
              APPROVAL:
                evidence:
                  - { pattern: "\\\\b{label}\\\\s*:\\\\s*approved\\\\b", weight: 5 }
              OTHER:
                evidence:
                  - { phrase: "plan's newsletter", weight: 5 }
            """;

    @Test
    void aWordAddedToAListCountsInEveryCueThatNamesTheList() {
        ClassificationRules rules = rules(RULES);
        // a list inside a list, a label with dotted leaders, OCR's zero for an o
        assertThat(classify("0utcome ........ Affirmed", rules).type()).isEqualTo(DocumentType.DENIAL);
        assertThat(classify("Status - Non-Certified", rules).type()).isEqualTo(DocumentType.DENIAL);
        assertThat(classify("Determination:\nnot   certified", rules).type()).isEqualTo(DocumentType.DENIAL);
        // a list in a regular expression
        assertThat(classify("Outcome: approved", rules).type()).isEqualTo(DocumentType.APPROVAL);
        // the same words without the label are no decision line
        assertThat(classify("Your appeal was affirmed by a committee", rules)
                        .scores()
                        .get(DocumentType.DENIAL))
                .isZero();
    }

    @Test
    void wildcardsOptionalWordsAndTheRestOfTheSentence() {
        ClassificationRules rules = rules(RULES);
        assertThat(classify("Coverage for tralokinumab 150 mg every two weeks is declined.", rules)
                        .type())
                .isEqualTo(DocumentType.DENIAL);
        assertThat(classify("Coverage for abrocitinib is denied.", rules).type())
                .isEqualTo(DocumentType.DENIAL);
        // "..." stays in the sentence: a drug named in one sentence and a refusal in the next are no cue
        assertThat(classify("Coverage for Dupixent was reviewed. The prior claim is denied.", rules)
                        .scores()
                        .get(DocumentType.DENIAL))
                .isZero();
        assertThat(classify("We turned down the request.", rules).type()).isEqualTo(DocumentType.DENIAL);
        assertThat(classify("We have turned down the request.", rules).type()).isEqualTo(DocumentType.DENIAL);
        assertThat(classify("We had turned down the request.", rules).type()).isEqualTo(DocumentType.DENIAL);
        // one word of a choice, OCR's 1 for an l included
        assertThat(classify("Cosentyx cou1d not be covered.", rules).type()).isEqualTo(DocumentType.DENIAL);
        assertThat(classify("Cosentyx could not be reviewed.", rules).scores().get(DocumentType.DENIAL))
                .isZero();
        assertThat(classify("Sadly we said no to it.", rules).evidence())
                .extracting(Evidence::rule)
                .anySatisfy(rule -> assertThat(rule).contains("we [have|had] turned down / we said no to"));
        // an apostrophe matches any apostrophe or none
        assertThat(classify("The plan\u2019s newsletter, June", rules).type()).isEqualTo(DocumentType.OTHER);
        assertThat(classify("The plans newsletter, June", rules).type()).isEqualTo(DocumentType.OTHER);
        // a phrase keeps to whole words
        assertThat(classify("Outcome: deniedly", rules).scores().get(DocumentType.DENIAL))
                .isZero();
    }

    @Test
    void aMistakeInTheListsIsRefusedWithItsLine() {
        assertThatThrownBy(() -> rules(RULES.replace("{label}: {refused}", "{lable}: {refused}")))
                .isInstanceOf(RuleFileException.class)
                .hasMessageContaining("no word list named 'lable'")
                .hasMessageContaining("classification.yaml:10:");
        assertThatThrownBy(() -> rules(RULES.replace("upheld: [upheld, affirmed]", "upheld: [upheld, \"{refused}\"]")))
                .isInstanceOf(RuleFileException.class)
                .hasMessageContaining("contains itself");
        assertThatThrownBy(() -> rules(RULES.replace("\"*mab\"", "\"ta*ltz\"")))
                .isInstanceOf(RuleFileException.class)
                .hasMessageContaining("'*' stands at a word's start or end");
        assertThatThrownBy(() -> rules(RULES.replace("we said no to\"", "we said no to ...\"")))
                .isInstanceOf(RuleFileException.class)
                .hasMessageContaining("ends with a word");
    }

    @Test
    void aListNoCueNamesIsRefused() {
        // an admin who adds a word to a list nobody uses would see nothing change
        assertThatThrownBy(() -> rules(RULES.replace("  drug: [", "  unused: [x]\n  drug: [")))
                .isInstanceOf(RuleFileException.class)
                .hasMessageContaining("'unused' is named by no cue");
    }
}

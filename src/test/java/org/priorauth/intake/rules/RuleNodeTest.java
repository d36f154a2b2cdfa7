package org.priorauth.intake.rules;

import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.StringReader;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.priorauth.intake.classification.ClassificationRules;
import org.priorauth.intake.tasks.RoutingRules;

/** A wrong rule file is refused with its file, line and a reason an admin can act on. */
class RuleNodeTest {

    private static RuleNode yaml(String text) {
        return RuleNode.parse(Path.of("classification.yaml"), new StringReader(text));
    }

    @Test
    void brokenYamlNamesItsLine() {
        assertThatThrownBy(() -> yaml("threshold: 0.5\ntypes:\n  DENIAL: [unclosed\n"))
                .isInstanceOf(RuleFileException.class)
                .hasMessageContaining("classification.yaml:")
                .hasMessageContaining("not valid YAML");
    }

    @Test
    void anUnknownTypeNamesItsLine() {
        assertThatThrownBy(
                        () -> ClassificationRules.from(
                                yaml(
                                        """
                threshold: 0.5
                types:
                  DENAIL:
                    evidence: []
                """)))
                .isInstanceOf(RuleFileException.class)
                .hasMessageContaining("classification.yaml:4")
                .hasMessageContaining("'DENAIL' is not a document type");
    }

    @Test
    void aBadPatternNamesItsLine() {
        assertThatThrownBy(
                        () -> ClassificationRules.from(
                                yaml(
                                        """
                threshold: 0.5
                types:
                  DENIAL:
                    evidence:
                      - { pattern: "denied (because", weight: 2 }
                """)))
                .hasMessageContaining("classification.yaml:5")
                .hasMessageContaining("not a valid pattern");
    }

    @Test
    void aContextCannotHandItsRestToItsOwnType() {
        assertThatThrownBy(
                        () -> ClassificationRules.from(
                                yaml(
                                        """
                threshold: 0.5
                types:
                  OTHER:
                    context: { pattern: "patient", otherwise: 0.3, restFor: OTHER }
                    evidence: []
                """)))
                .hasMessageContaining("classification.yaml:4")
                .hasMessageContaining("restFor must name another type than OTHER");
    }

    @Test
    void againstBelongsToEvidenceNotToACounter() {
        assertThatThrownBy(
                        () -> ClassificationRules.from(
                                yaml(
                                        """
                threshold: 0.5
                types:
                  APPROVAL:
                    counter:
                      - { phrase: "approved in part", weight: 4, against: DENIAL }
                """)))
                .hasMessageContaining("classification.yaml:5")
                .hasMessageContaining("'against' belongs to evidence");
    }

    @Test
    void aMisspeltKeyIsNotSilentlyIgnored() {
        assertThatThrownBy(
                        () -> RoutingRules.from(
                                yaml(
                                        """
                review: { title: Review, role: CLINICIAN, dueInDays: 1 }
                rules:
                  - when: { type: DENIAL }
                    task: { title: Appeal, role: CLINICIAN, dueIndays: 3 }
                """)))
                .hasMessageContaining(":4")
                .hasMessageContaining("unknown key 'dueIndays'");
    }

    @Test
    void aKeyGivenTwiceIsRefused() {
        assertThatThrownBy(
                        () -> ClassificationRules.from(
                                yaml(
                                        """
                threshold: 0.5
                strongEvidence: 5
                types: {}
                strongEvidence: 8
                """)))
                .hasMessageContaining("classification.yaml:4")
                .hasMessageContaining("'strongEvidence' is given twice");
    }

    @Test
    void anUnknownRoleIsRefused() {
        assertThatThrownBy(
                        () -> RoutingRules.from(
                                yaml(
                                        """
                review: { title: Review, role: JANITOR, dueInDays: 1 }
                rules: []
                """)))
                .hasMessageContaining(":1")
                .hasMessageContaining("'JANITOR' is not one of");
    }
}

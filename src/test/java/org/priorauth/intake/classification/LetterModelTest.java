package org.priorauth.intake.classification;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.StringReader;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.priorauth.intake.reading.DocumentFormat;
import org.priorauth.intake.reading.ExtractedText;
import org.priorauth.intake.reading.PageText;
import org.priorauth.intake.reading.ReadMethod;
import org.priorauth.intake.rules.RuleFileException;
import org.priorauth.intake.rules.RuleNode;

/** The letter model: what it learns, how it is written and read back, and how it weighs in beside the rules. */
class LetterModelTest {

    private static final ClassificationRules RULES =
            ClassificationRules.from(RuleNode.read(Path.of("routes/rules/classification.yaml")));
    /** The score of one strong cue in the shipped rules. */
    private static final double STRONG = RULES.strongEvidence();

    private static final LetterModel SHIPPED =
            LetterModel.from(RuleNode.read(Path.of("routes/rules/letter-model.yaml")));

    private static ExtractedText letter(String text) {
        return new ExtractedText(DocumentFormat.PDF, List.of(new PageText(1, text, ReadMethod.TEXT_LAYER, 1)));
    }

    /** Two layouts per type, so that their shared words pass the two-layout rule; the sender's words do not. */
    private static List<LetterModel.Example> examples() {
        List<LetterModel.Example> e = new ArrayList<>();
        for (int i = 0; i < 3; i++) {
            e.add(new LetterModel.Example(
                    "Acme Health. Your request is declined by the plan.", DocumentType.DENIAL, "a"));
            e.add(new LetterModel.Example("Zenith Care: coverage declined for this drug.", DocumentType.DENIAL, "b"));
            e.add(new LetterModel.Example(
                    "Acme Health. Coverage is granted for one year.", DocumentType.APPROVAL, "c"));
            e.add(new LetterModel.Example("Zenith Care: your drug is granted coverage.", DocumentType.APPROVAL, "d"));
        }
        return e;
    }

    @Test
    void learnsTheWordsThatSeparateTypesAndNotOneLayoutsOwnWords() {
        LetterModel model = LetterModel.train(examples(), 0.0001, 500);
        assertThat(model.weights()).containsKeys("declin", "grant").doesNotContainKey("your request");
        assertThat(model.predict("The request was declined.").best()).isEqualTo(DocumentType.DENIAL);
        assertThat(model.predict("Coverage granted.").best()).isEqualTo(DocumentType.APPROVAL);
        assertThat(model.predict("Coverage granted.").words())
                .as("shown as the letter wrote it, not as the model's stem")
                .first()
                .isEqualTo("granted");
    }

    @Test
    void trainsToTheOptimumAndNotToWhereAFixedStepStops() {
        // a fixed step of 0.5 left these letters at about 0.6 after 100 steps; the optimum (a small L2 penalty)
        // is sure of each, and the step that grows while the loss falls reaches it
        LetterModel model = LetterModel.train(examples(), 0.00001, 100);
        for (LetterModel.Example e : examples()) {
            assertThat(model.predict(e.text()).probabilities().get(e.type()))
                    .as(e.text())
                    .isGreaterThan(0.95);
        }
    }

    @Test
    void readsWordsByTheirStemAndANegatedWordAsItsOpposite() {
        assertThat(LetterWords.of("The denial was upheld; we denied it"))
                .contains("deni", "upheld", "we deni")
                .doesNotContain("denial", "denied");
        assertThat(LetterWords.of("It could not yet be approved."))
                .contains("not_approv")
                .doesNotContain("approv");
        assertThat(LetterWords.of("approved, not the other")).contains("approv");
    }

    @Test
    void isWrittenAndReadBackAsARuleFile() {
        LetterModel model = LetterModel.train(examples(), 0.0001, 500);
        LetterModel read =
                LetterModel.from(RuleNode.parse(Path.of("letter-model.yaml"), new StringReader(model.toYaml("test"))));
        assertThat(read.predict("coverage declined").best()).isEqualTo(DocumentType.DENIAL);
        assertThat(read.predict("coverage declined").probability())
                .isCloseTo(model.predict("coverage declined").probability(), org.assertj.core.data.Offset.offset(0.01));
        String wrong = model.toYaml("test").replace("types: [DENIAL,", "types: [APPROVAL,");
        assertThatThrownBy(
                        () -> LetterModel.from(RuleNode.parse(Path.of("letter-model.yaml"), new StringReader(wrong))))
                .isInstanceOf(RuleFileException.class)
                .hasMessageContaining("letter-model.yaml:6");
        String older = model.toYaml("test").replace("features: 2", "features: 1");
        assertThatThrownBy(
                        () -> LetterModel.from(RuleNode.parse(Path.of("letter-model.yaml"), new StringReader(older))))
                .as("a model whose words were cut another way would match nothing: refused, with the way out")
                .isInstanceOf(RuleFileException.class)
                .hasMessageContaining("letter-model.yaml:5")
                .hasMessageContaining("retrain");
    }

    @Test
    void agreementMakesTheAnswerSurerAndTheModelIsShownAsASecondOpinion() {
        ExtractedText text = letter(
                "We are unable to approve your request. The medication is not medically necessary. You may appeal.");
        Classification rulesAlone = Classifier.classify(text, RULES);
        Classification both = Classifier.classify(text, RULES, SHIPPED);
        assertThat(both.type()).isEqualTo(DocumentType.DENIAL).isEqualTo(rulesAlone.type());
        assertThat(both.confidence()).isGreaterThanOrEqualTo(rulesAlone.confidence());
        assertThat(both.evidence()).anySatisfy(e -> assertThat(e.kind()).isEqualTo("second opinion"));
    }

    @Test
    void verySureRulesKeepTheirTypeAgainstAVerySureModel() {
        // an admin's rule says OTHER, very surely, for a letter the model reads, very surely, as a denial
        ClassificationRules rules = withOtherCue(RULES, "unable to approve your request", 200);
        ExtractedText text = letter(
                "Notice of denial. We are unable to approve your request. The medication is not medically necessary."
                        + " The request is denied. You may appeal this decision within 180 days.");
        Classification rulesAlone = Classifier.classify(text, rules);
        LetterModel.Prediction model = SHIPPED.predict(text.fullText());
        assertThat(rulesAlone.type()).isEqualTo(DocumentType.OTHER);
        assertThat(rulesAlone.confidence())
                .as("the rules are very sure")
                .isGreaterThanOrEqualTo(SecondOpinion.VERY_SURE_RULES);
        assertThat(model.best()).isEqualTo(DocumentType.DENIAL);
        assertThat(model.margin()).isGreaterThanOrEqualTo(SecondOpinion.SURE_MODEL);
        Classification both = Classifier.classify(text, rules, SHIPPED);
        assertThat(both.type()).isEqualTo(DocumentType.OTHER);
        // a denial read as mail would sit unanswered: the rules' own denial evidence holds it for a person, however
        // far their admin's cue leads
        assertThat(both.confident()).isFalse();
        assertThat(both.evidence()).anySatisfy(e -> assertThat(e.rule()).contains("(disagrees)"));
        assertThat(both.evidence()).anySatisfy(e -> assertThat(e.kind()).isEqualTo(Classifier.HELD_FOR_REVIEW));
    }

    @Test
    void aModelThatReadsADenialWhereTheRulesReadAnApprovalDoubtsThemWithAllItsCertainty() {
        Classification approval = new Classification(
                DocumentType.APPROVAL,
                0.9,
                true,
                List.of(new Evidence("APPROVAL", "approved", "approved", 1, 4)),
                java.util.Map.of(DocumentType.APPROVAL, 4.0));
        LetterModel.Prediction denial = new LetterModel.Prediction(
                java.util.Map.of(
                        DocumentType.DENIAL, 0.72,
                        DocumentType.APPROVAL, 0.02,
                        DocumentType.OTHER, 0.1,
                        DocumentType.MORE_INFO_REQUEST, 0.08,
                        DocumentType.PHARMACY_NOTICE, 0.08),
                DocumentType.DENIAL,
                List.of("denied"));
        Classification both = SecondOpinion.weigh(approval, denial, 0.5, STRONG);
        assertThat(both.type()).isEqualTo(DocumentType.APPROVAL);
        assertThat(both.confidence())
                .isCloseTo(0.9 * (1 - denial.margin()), org.assertj.core.data.Offset.offset(0.002));
        assertThat(both.confident())
                .as("a partial denial read as an approval would never be appealed")
                .isFalse();
        // the other way round (the rules read a denial, the model an approval) only half the model's certainty
        Classification denied =
                new Classification(DocumentType.DENIAL, 0.9, true, approval.evidence(), approval.scores());
        LetterModel.Prediction approved = new LetterModel.Prediction(
                java.util.Map.of(
                        DocumentType.APPROVAL, 0.72,
                        DocumentType.DENIAL, 0.02,
                        DocumentType.OTHER, 0.1,
                        DocumentType.MORE_INFO_REQUEST, 0.08,
                        DocumentType.PHARMACY_NOTICE, 0.08),
                DocumentType.APPROVAL,
                List.of("approved"));
        assertThat(SecondOpinion.weigh(denied, approved, 0.5, STRONG).confident())
                .isTrue();
    }

    @Test
    void theModelsDoubtFadesWhereTheRulesFoundTwoStrongCuesMoreForTheirTypeThanForTheModels() {
        LetterModel.Prediction readsADenial = new LetterModel.Prediction(
                java.util.Map.of(
                        DocumentType.DENIAL, 0.85,
                        DocumentType.APPROVAL, 0.05,
                        DocumentType.OTHER, 0.04,
                        DocumentType.MORE_INFO_REQUEST, 0.03,
                        DocumentType.PHARMACY_NOTICE, 0.03),
                DocumentType.DENIAL,
                List.of("appeal", "not"));
        List<Evidence> found = List.of(new Evidence("APPROVAL", "overturned", "overturned", 1, 4));
        // an overturned appeal: three strong cues of an approval, nothing of a denial
        Classification farAhead = new Classification(
                DocumentType.APPROVAL, 0.9, true, found, java.util.Map.of(DocumentType.APPROVAL, 3 * STRONG));
        Classification both = SecondOpinion.weigh(farAhead, readsADenial, 0.5, STRONG);
        assertThat(both.type()).isEqualTo(DocumentType.APPROVAL);
        assertThat(both.confidence()).isEqualTo(0.9);
        assertThat(both.confident()).isTrue();
        // one strong cue ahead of what they found for a denial: the model doubts with all its certainty
        Classification oneAhead = new Classification(
                DocumentType.APPROVAL,
                0.9,
                true,
                found,
                java.util.Map.of(DocumentType.APPROVAL, 2 * STRONG, DocumentType.DENIAL, STRONG));
        assertThat(SecondOpinion.weigh(oneAhead, readsADenial, 0.5, STRONG).confident())
                .isFalse();
        // halfway between: half its doubt
        Classification between = new Classification(
                DocumentType.APPROVAL, 0.9, true, found, java.util.Map.of(DocumentType.APPROVAL, 1.5 * STRONG));
        assertThat(SecondOpinion.weigh(between, readsADenial, 0.5, STRONG).confidence())
                .isCloseTo(0.9 * (1 - readsADenial.margin() / 2), org.assertj.core.data.Offset.offset(0.002));
    }

    @Test
    void aVerySureModelNamesTheTypeAgainstBarelySureRulesButNothingIsAcceptedAgainstThem() {
        Classification barelySure = new Classification(
                DocumentType.OTHER,
                0.6,
                true,
                List.of(new Evidence("OTHER", "general mail", "unable to approve", 1, 3)),
                java.util.Map.of(DocumentType.OTHER, 3.0));
        LetterModel.Prediction verySure = new LetterModel.Prediction(
                java.util.Map.of(
                        DocumentType.DENIAL, 0.92,
                        DocumentType.OTHER, 0.02,
                        DocumentType.APPROVAL, 0.02,
                        DocumentType.MORE_INFO_REQUEST, 0.02,
                        DocumentType.PHARMACY_NOTICE, 0.02),
                DocumentType.DENIAL,
                List.of("denied"));
        Classification both = SecondOpinion.weigh(barelySure, verySure, 0.5, STRONG);
        assertThat(both.type()).isEqualTo(DocumentType.DENIAL);
        assertThat(both.confident()).isFalse();
        // the person sees what the rules found, and why the letter waits for them
        assertThat(both.evidence()).anySatisfy(e -> assertThat(e.matched()).contains("unable to approve"));
        assertThat(both.evidence()).anySatisfy(e -> assertThat(e.kind() + ": " + e.matched())
                .isEqualTo(Classifier.HELD_FOR_REVIEW + ": rules: OTHER 0.60, letter model: DENIAL 0.92"));
    }

    @Test
    void sureRulesKeepTheirTypeAgainstAModelLessThanVerySureAndAreNeverOutvotedIntoAcceptance() {
        Classification sureRules = new Classification(
                DocumentType.OTHER,
                0.8,
                true,
                List.of(new Evidence("OTHER", "general mail", "newsletter", 1, 2)),
                java.util.Map.of(DocumentType.OTHER, 2.0));
        LetterModel.Prediction leaning = new LetterModel.Prediction(
                java.util.Map.of(
                        DocumentType.DENIAL, 0.7,
                        DocumentType.OTHER, 0.1,
                        DocumentType.APPROVAL, 0.1,
                        DocumentType.MORE_INFO_REQUEST, 0.05,
                        DocumentType.PHARMACY_NOTICE, 0.05),
                DocumentType.DENIAL,
                List.of("denied"));
        Classification c = SecondOpinion.weigh(sureRules, leaning, 0.5, STRONG);
        assertThat(c.type()).isEqualTo(DocumentType.OTHER);
        assertThat(c.confidence()).isLessThan(0.8);
        assertThat(c.evidence()).anySatisfy(e -> assertThat(e.rule()).contains("disagrees"));
        // an admin who lowers the threshold to 0.3: rules at 0.3 against a model at 0.95 would make 0.665, over
        // it, but the model names the type for a person, it does not accept it against the rules
        LetterModel.Prediction verySure = new LetterModel.Prediction(
                java.util.Map.of(
                        DocumentType.DENIAL, 0.96,
                        DocumentType.OTHER, 0.01,
                        DocumentType.APPROVAL, 0.01,
                        DocumentType.MORE_INFO_REQUEST, 0.01,
                        DocumentType.PHARMACY_NOTICE, 0.01),
                DocumentType.DENIAL,
                List.of("denied"));
        Classification barelySure =
                new Classification(DocumentType.OTHER, 0.3, true, sureRules.evidence(), sureRules.scores());
        Classification low = SecondOpinion.weigh(barelySure, verySure, 0.3, STRONG);
        assertThat(low.type()).isEqualTo(DocumentType.DENIAL);
        assertThat(low.confidence()).isGreaterThan(0.3);
        assertThat(low.confident()).isFalse();
    }

    @Test
    void unsureRulesThatDisagreeLeaveTheTypeToTheModelAndAcceptNothing() {
        Classification unsureRules = new Classification(
                DocumentType.OTHER,
                0.3,
                false,
                List.of(new Evidence("OTHER", "general mail", "newsletter", 1, 2)),
                java.util.Map.of(DocumentType.OTHER, 2.0));
        LetterModel.Prediction model = new LetterModel.Prediction(
                java.util.Map.of(
                        DocumentType.DENIAL, 0.5,
                        DocumentType.OTHER, 0.3,
                        DocumentType.APPROVAL, 0.1,
                        DocumentType.MORE_INFO_REQUEST, 0.05,
                        DocumentType.PHARMACY_NOTICE, 0.05),
                DocumentType.DENIAL,
                List.of("denied"));
        // the rules (0.3) are surer than the model's margin (0.2), but unsure: the model names the type
        Classification c = SecondOpinion.weigh(unsureRules, model, 0.5, STRONG);
        assertThat(c.type()).isEqualTo(DocumentType.DENIAL);
        assertThat(c.confident()).isFalse();
        assertThat(c.confidence()).isLessThan(0.25);
        // sure rules still name their type against this model, doubted
        Classification sureRules =
                new Classification(DocumentType.OTHER, 0.8, true, unsureRules.evidence(), unsureRules.scores());
        assertThat(SecondOpinion.weigh(sureRules, model, 0.5, STRONG).type()).isEqualTo(DocumentType.OTHER);
        // a model torn between two types has no opinion to name
        LetterModel.Prediction torn = new LetterModel.Prediction(
                java.util.Map.of(
                        DocumentType.DENIAL, 0.4,
                        DocumentType.APPROVAL, 0.4,
                        DocumentType.OTHER, 0.1,
                        DocumentType.MORE_INFO_REQUEST, 0.05,
                        DocumentType.PHARMACY_NOTICE, 0.05),
                DocumentType.DENIAL,
                List.of());
        assertThat(SecondOpinion.weigh(unsureRules, torn, 0.5, STRONG).type()).isEqualTo(DocumentType.OTHER);
    }

    @Test
    void whenNoRuleMatchesTheModelAloneAnswers() {
        ExtractedText text = letter("Rx shipment went out with the courier in a cooler to the patient's home.");
        Classification rulesAlone = Classifier.classify(text, new ClassificationRules(0.5, 5, java.util.Map.of()));
        Classification both = Classifier.classify(text, new ClassificationRules(0.5, 5, java.util.Map.of()), SHIPPED);
        assertThat(rulesAlone.confidence()).isZero();
        assertThat(both.type()).isEqualTo(SHIPPED.predict(text.fullText()).best());
        assertThat(both.confidence())
                .isEqualTo(Math.round(SHIPPED.predict(text.fullText()).margin() * 1000) / 1000.0);
    }

    /** The rules with one more OTHER cue, as an admin would add it. */
    private static ClassificationRules withOtherCue(ClassificationRules rules, String phrase, double weight) {
        java.util.Map<DocumentType, ClassificationRules.TypeRules> types = new java.util.EnumMap<>(rules.types());
        ClassificationRules.TypeRules other = types.get(DocumentType.OTHER);
        List<ClassificationRules.Cue> evidence = new ArrayList<>(other.evidence());
        evidence.add(new ClassificationRules.Cue(phrase, ClassificationRules.phrasePattern(phrase), weight, 0));
        types.put(DocumentType.OTHER, new ClassificationRules.TypeRules(evidence, other.counter()));
        return rules.withTypes(types);
    }

    @Test
    void aRulesFolderWithoutAModelRunsOnTheRulesAlone(@org.junit.jupiter.api.io.TempDir Path rulesDir) {
        LetterModelFile file = new LetterModelFile(org.priorauth.intake.scoring.LetterScoring.settings(rulesDir));
        ExtractedText text = letter("Nothing in this letter speaks for any type.");
        assertThat(file.current().weights()).isEmpty();
        assertThat(Classifier.classify(text, RULES, file.current())).isEqualTo(Classifier.classify(text, RULES));
    }
}

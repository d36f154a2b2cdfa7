package org.priorauth.intake.classification;

import org.priorauth.intake.IntakeSettings;
import org.priorauth.intake.rules.RuleFile;
import org.springframework.stereotype.Component;

/** The rules of {@code <rules-dir>/classification.yaml}. */
@Component
public class ClassificationRuleFile extends RuleFile<ClassificationRules> {

    public ClassificationRuleFile(IntakeSettings settings) {
        super(settings.rulesDir().resolve("classification.yaml"), ClassificationRules::from);
    }
}

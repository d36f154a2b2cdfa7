package org.priorauth.intake.requirements;

import org.priorauth.intake.IntakeSettings;
import org.priorauth.intake.rules.RuleFile;
import org.springframework.stereotype.Component;

/** The rules of {@code <rules-dir>/requirements.yaml}; without the file no requirement is known. */
@Component
public class RequirementRuleFile extends RuleFile<RequirementRules> {

    public RequirementRuleFile(IntakeSettings settings) {
        super(
                settings.rulesDir().resolve("requirements.yaml"),
                RequirementRules::from,
                "items: {}\nrequirements: []\n");
    }
}

package org.priorauth.intake.tasks;

import org.priorauth.intake.IntakeSettings;
import org.priorauth.intake.rules.RuleFile;
import org.springframework.stereotype.Component;

/** The rules of {@code <rules-dir>/routing.yaml}. */
@Component
public class RoutingRuleFile extends RuleFile<RoutingRules> {

    public RoutingRuleFile(IntakeSettings settings) {
        super(settings.rulesDir().resolve("routing.yaml"), RoutingRules::from);
    }
}

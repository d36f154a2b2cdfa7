package org.priorauth.intake.tasks;

import java.nio.file.Path;
import org.priorauth.intake.IntakeSettings;
import org.priorauth.intake.rules.RuleNode;
import org.springframework.stereotype.Component;

/** The rules of {@code <rules-dir>/routing.yaml}, validated when read; a wrong file stops the start. */
@Component
public class RoutingRuleFile {

    private final Path file;
    private volatile RoutingRules current;

    public RoutingRuleFile(IntakeSettings settings) {
        this.file = settings.rulesDir().resolve("routing.yaml");
        this.current = RoutingRules.from(RuleNode.read(file));
    }

    public RoutingRules current() {
        return current;
    }
}

package org.priorauth.intake.classification;

import java.nio.file.Path;
import org.priorauth.intake.IntakeSettings;
import org.priorauth.intake.rules.RuleNode;
import org.springframework.stereotype.Component;

/** The rules of {@code <rules-dir>/classification.yaml}, validated when read; a wrong file stops the start. */
@Component
public class ClassificationRuleFile {

    private final Path file;
    private volatile ClassificationRules current;

    public ClassificationRuleFile(IntakeSettings settings) {
        this.file = settings.rulesDir().resolve("classification.yaml");
        this.current = ClassificationRules.from(RuleNode.read(file));
    }

    public ClassificationRules current() {
        return current;
    }
}

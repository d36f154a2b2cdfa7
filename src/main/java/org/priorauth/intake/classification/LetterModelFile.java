package org.priorauth.intake.classification;

import org.priorauth.intake.IntakeSettings;
import org.priorauth.intake.rules.RuleFile;
import org.springframework.stereotype.Component;

/** The letter model of {@code <rules-dir>/letter-model.yaml}: reloaded, versioned and refused like the rules. */
@Component
public class LetterModelFile extends RuleFile<LetterModel> {

    public LetterModelFile(IntakeSettings settings) {
        super(settings.rulesDir().resolve("letter-model.yaml"), LetterModel::from);
    }
}

package org.priorauth.intake.classification;

import org.priorauth.intake.IntakeSettings;
import org.priorauth.intake.rules.RuleFile;
import org.springframework.stereotype.Component;

/**
 * The letter model of {@code <rules-dir>/letter-model.yaml}: reloaded, versioned and refused like the rules. A rules
 * folder without one (a clinic's own folder from before the model) runs on the rules alone.
 */
@Component
public class LetterModelFile extends RuleFile<LetterModel> {

    /** No words: the model has no opinion, and the rules decide alone. */
    static final String NO_MODEL =
            """
            # No letter model in this rules folder: the classification rules decide alone.
            types: [DENIAL, MORE_INFO_REQUEST, APPROVAL, PHARMACY_NOTICE, OTHER]
            bias: [0, 0, 0, 0, 0]
            words: {}
            """;

    public LetterModelFile(IntakeSettings settings) {
        super(settings.rulesDir().resolve("letter-model.yaml"), LetterModel::from, NO_MODEL);
    }
}

package org.priorauth.intake.tasks;

import org.priorauth.intake.IntakeSettings;
import org.priorauth.intake.rules.RuleFile;
import org.springframework.stereotype.Component;

/** The staff directory of {@code <rules-dir>/staff.yaml}. */
@Component
public class StaffDirectoryFile extends RuleFile<StaffDirectory> {

    public StaffDirectoryFile(IntakeSettings settings) {
        super(settings.rulesDir().resolve("staff.yaml"), StaffDirectory::from);
    }
}

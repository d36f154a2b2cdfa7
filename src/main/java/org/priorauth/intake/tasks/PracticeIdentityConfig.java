package org.priorauth.intake.tasks;

import org.priorauth.intake.IntakeSettings;
import org.priorauth.intake.fields.PracticeIdentity;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The practice the field reader must never take for the patient: {@code practice.yaml}, and everyone the staff
 * directory names (read once from its parsed file, not parsed again). Made at start.
 */
@Configuration(proxyBeanMethods = false)
class PracticeIdentityConfig {

    @Bean
    PracticeIdentity practiceIdentity(IntakeSettings settings, StaffDirectoryFile staff) {
        return PracticeIdentity.read(
                settings.rulesDir().resolve("practice.yaml"),
                staff.current().people().keySet());
    }
}

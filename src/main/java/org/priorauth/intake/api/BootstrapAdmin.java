package org.priorauth.intake.api;

import org.priorauth.intake.IntakeSettings;
import org.priorauth.intake.users.StaffUsers;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.SmartInitializingSingleton;
import org.springframework.stereotype.Component;

/**
 * The administrator of {@code intake.bootstrap-admin.*}. A password given by property works at once, also on a
 * database that already has the account (scripts and outside checks rely on it). Without one, only the demo
 * gets an administrator, with the demo's password that the desk makes its user change at the first sign-in:
 * no default password outside the demo.
 */
@Component
class BootstrapAdmin implements SmartInitializingSingleton {

    private static final Logger log = LoggerFactory.getLogger(BootstrapAdmin.class);

    private final StaffUsers users;
    private final IntakeSettings settings;

    BootstrapAdmin(StaffUsers users, IntakeSettings settings) {
        this.users = users;
        this.settings = settings;
    }

    @Override
    public void afterSingletonsInstantiated() {
        IntakeSettings.BootstrapAdmin admin = settings.bootstrapAdmin();
        boolean setByProperty = admin.password() != null && !admin.password().isBlank();
        if (!setByProperty && !settings.demoEnabled()) {
            log.info("No intake.bootstrap-admin.password set and the demo is off: no administrator is created "
                    + "(existing users sign in as before)");
            return;
        }
        String password = setByProperty ? admin.password() : IntakeSettings.BootstrapAdmin.DEMO_PASSWORD;
        String done = users.bootstrapAdmin(admin.username(), password, setByProperty);
        if (done.equals("created") && !setByProperty) {
            log.warn(
                    "Created the demo administrator '{}' with the demo password: the desk asks for a new one at the "
                            + "first sign-in; set intake.bootstrap-admin.password anywhere but a demo",
                    admin.username());
        } else if (!done.equals("unchanged")) {
            log.info("Administrator '{}': {}", admin.username(), done);
        }
    }
}

package org.priorauth.intake.api;

import org.priorauth.intake.IntakeSettings;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.SmartInitializingSingleton;
import org.springframework.security.core.userdetails.User;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.provisioning.JdbcUserDetailsManager;
import org.springframework.stereotype.Component;

/** Creates the administrator of {@code intake.bootstrap-admin.*} when no user of that name exists. */
@Component
class BootstrapAdmin implements SmartInitializingSingleton {

    private static final Logger log = LoggerFactory.getLogger(BootstrapAdmin.class);

    private final JdbcUserDetailsManager users;
    private final PasswordEncoder encoder;
    private final IntakeSettings.BootstrapAdmin admin;

    BootstrapAdmin(JdbcUserDetailsManager users, PasswordEncoder encoder, IntakeSettings settings) {
        this.users = users;
        this.encoder = encoder;
        this.admin = settings.bootstrapAdmin();
    }

    @Override
    public void afterSingletonsInstantiated() {
        if (users.userExists(admin.username())) return;
        users.createUser(User.withUsername(admin.username())
                .password(encoder.encode(admin.password()))
                .roles("ADMIN", "STAFF")
                .build());
        if ("admin".equals(admin.password())) {
            log.warn(
                    "Created the administrator '{}' with the default password: set intake.bootstrap-admin.password "
                            + "before this runs anywhere but a demo",
                    admin.username());
        } else {
            log.info("Created the administrator '{}'", admin.username());
        }
    }
}

package org.priorauth.intake;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import org.springframework.boot.validation.autoconfigure.ValidationAutoConfiguration;
import org.springframework.context.annotation.Configuration;

/** The settings record is where defaults and checks live: the routes see its values, a bad value stops the start. */
class IntakeSettingsTest {

    @Configuration
    @EnableConfigurationProperties(IntakeSettings.class)
    static class Bound {}

    private final ApplicationContextRunner context = new ApplicationContextRunner()
            .withConfiguration(AutoConfigurations.of(ValidationAutoConfiguration.class))
            .withUserConfiguration(Bound.class);

    @Test
    void theRoutesGetTheRecordsDefaultsInMilliseconds() {
        context.run(started -> {
            var routes = started.getBean(IntakeSettings.class).routePlaceholders();
            assertThat(routes)
                    .containsEntry("intake.poll-delay-ms", "1000")
                    .containsEntry("intake.email.poll-delay-ms", "30000")
                    .containsEntry("intake.escalation.period", "900000")
                    .containsEntry("intake.rules.reload-period", "2000")
                    .containsEntry("intake.documents-in-parallel", "2")
                    .containsEntry("intake.email.enabled", "false")
                    .containsEntry("intake.email.username", "")
                    .containsEntry("intake.fax.dir", "sample-inbox/fax");
        });
    }

    @Test
    void aPeriodMayBeGivenWithItsUnit() {
        context.withPropertyValues("intake.escalation.period=15m", "intake.rules.reload-period=500")
                .run(started -> assertThat(started.getBean(IntakeSettings.class).routePlaceholders())
                        .containsEntry("intake.escalation.period", "900000")
                        .containsEntry("intake.rules.reload-period", "500"));
    }

    @Test
    void plainImapToAnotherMachineMustTurnToTlsBeforeSigningIn() {
        assertThat(startTls("intake.email.protocol=imap", "intake.email.host=mail.clinic.example"))
                .isEqualTo("true");
        assertThat(startTls("intake.email.protocol=imap", "intake.email.host=127.0.0.1"))
                .as("a server on this machine: nothing leaves it")
                .isEqualTo("false");
        assertThat(startTls(
                        "intake.email.protocol=imap", "intake.email.host=localhost", "intake.email.starttls=required"))
                .isEqualTo("true");
        assertThat(startTls(
                        "intake.email.protocol=imap",
                        "intake.email.host=mail.clinic.example",
                        "intake.email.starttls=off"))
                .as("the admin chose clear text")
                .isEqualTo("false");
        assertThat(startTls("intake.email.host=mail.clinic.example"))
                .as("imaps is TLS from the first byte")
                .isEqualTo("false");
    }

    private String startTls(String... properties) {
        String[] required = new String[1];
        context.withPropertyValues(properties)
                .run(started -> required[0] = started.getBean(IntakeSettings.class)
                        .routePlaceholders()
                        .get("intake.email.starttls-required"));
        return required[0];
    }

    @Test
    void aBadValueStopsTheStartNamingTheProperty() {
        context.withPropertyValues("intake.documents-in-parallel=0", "intake.email.protocol=pop3")
                .run(started -> {
                    assertThat(started).hasFailed();
                    String why = rootMessages(started.getStartupFailure());
                    assertThat(why).contains("documentsInParallel").contains("email.protocol");
                });
    }

    private static String rootMessages(Throwable failure) {
        StringBuilder all = new StringBuilder();
        for (Throwable t = failure; t != null; t = t.getCause())
            all.append(t.getMessage()).append('\n');
        return all.toString();
    }
}

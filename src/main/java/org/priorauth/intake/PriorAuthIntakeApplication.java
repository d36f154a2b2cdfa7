package org.priorauth.intake;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.EnableConfigurationProperties;

@SpringBootApplication
@EnableConfigurationProperties(IntakeSettings.class)
public class PriorAuthIntakeApplication {
    public static void main(String[] args) {
        SpringApplication.run(PriorAuthIntakeApplication.class, args);
    }
}

package org.priorauth.intake;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;

/** ARCHITECTURE.md's one-way dependencies, checked: features know neither Camel nor the web layer. */
class BoundariesTest {

    private static final JavaClasses APP = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("org.priorauth.intake");

    private static final String[] FEATURES = {
        "..intake.intake..",
        "..intake.reading..",
        "..intake.fields..",
        "..intake.classification..",
        "..intake.matching..",
        "..intake.cases..",
        "..intake.tasks..",
        "..intake.rules..",
        "..intake.audit..",
        "..intake.drafts..",
        "..intake.metrics..",
        "..intake.tuning..",
        "..intake.review..",
        "..intake.users.."
    };

    @Test
    void featuresDoNotKnowCamel() {
        noClasses()
                .that()
                .resideInAnyPackage(FEATURES)
                .should()
                .dependOnClassesThat()
                .resideInAnyPackage("org.apache.camel..")
                .because("the routes call feature beans; feature beans do not know Camel")
                .check(APP);
    }

    @Test
    void featuresDoNotKnowTheWeb() {
        noClasses()
                .that()
                .resideInAnyPackage(FEATURES)
                .should()
                .dependOnClassesThat()
                .resideInAnyPackage("..intake.api..", "..intake.pipeline..", "org.springframework.web..")
                .because("the API and the pipeline use the features, not the other way round")
                .check(APP);
    }

    @Test
    void pureStepsDoNotTouchTheDatabase() {
        noClasses()
                .that()
                .resideInAnyPackage(
                        "..intake.reading..", "..intake.fields..", "..intake.classification..", "..intake.matching..")
                .should()
                .dependOnClassesThat()
                .resideInAnyPackage("org.springframework.jdbc..", "java.sql..")
                .because(
                        "reading, fields, classification and matching are functions of their input, testable without a database")
                .check(APP);
    }
}

package org.priorauth.intake.cases;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.priorauth.intake.IntakeSettings;
import org.priorauth.intake.audit.AuditTrail;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.SmartInitializingSingleton;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

/**
 * Loads the synthetic cases of {@code sample-inbox/cases.json} before the channels start, so the sample
 * documents find the cases they belong to. On only in the demo (CONTRACT.md: {@code intake.demo.enabled}).
 */
@Component
class DemoCases implements SmartInitializingSingleton {

    private static final Logger log = LoggerFactory.getLogger(DemoCases.class);

    @JsonIgnoreProperties(ignoreUnknown = true)
    record DemoCase(Patient patient, String payer, String drug, String paReference, CaseStatus status) {}

    private final IntakeSettings settings;
    private final CaseRepository cases;
    private final AuditTrail audit;
    private final JsonMapper json;
    private final TransactionTemplate transaction;

    DemoCases(
            IntakeSettings settings,
            CaseRepository cases,
            AuditTrail audit,
            JsonMapper json,
            TransactionTemplate transaction) {
        this.settings = settings;
        this.cases = cases;
        this.audit = audit;
        this.json = json;
        this.transaction = transaction;
    }

    @Override
    public void afterSingletonsInstantiated() {
        if (!settings.demoEnabled()) return;
        Path file = settings.demo().dir().resolve("cases.json");
        if (!Files.exists(file)) {
            log.warn("Demo is on but {} is missing: no demo cases loaded", file);
            return;
        }
        List<DemoCase> demo = json.readValue(file.toFile(), new TypeReference<List<DemoCase>>() {});
        transaction.executeWithoutResult(tx -> {
            List<PriorAuthCase> existing = cases.all();
            int created = 0;
            for (DemoCase d : demo) {
                boolean known = existing.stream()
                        .anyMatch(c -> c.paReference() != null
                                        && c.paReference().equals(d.paReference())
                                || c.patient().equals(d.patient()) && java.util.Objects.equals(c.drug(), d.drug()));
                if (known) continue;
                PriorAuthCase c = cases.create(
                        d.patient(),
                        d.payer(),
                        d.drug(),
                        d.paReference(),
                        d.status() == null ? CaseStatus.SUBMITTED : d.status());
                audit.record("demo", "case.created", null, c.id(), Map.of("source", file.toString()));
                created++;
            }
            log.info("Demo: {} sample cases loaded ({} already there)", created, demo.size() - created);
        });
    }
}

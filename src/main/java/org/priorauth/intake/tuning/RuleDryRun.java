package org.priorauth.intake.tuning;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.priorauth.intake.cases.CaseRepository;
import org.priorauth.intake.cases.PriorAuthCase;
import org.priorauth.intake.classification.Classification;
import org.priorauth.intake.classification.ClassificationRuleFile;
import org.priorauth.intake.classification.ClassificationRules;
import org.priorauth.intake.classification.Classifier;
import org.priorauth.intake.classification.DocumentType;
import org.priorauth.intake.classification.LetterModelFile;
import org.priorauth.intake.intake.DocumentRepository;
import org.priorauth.intake.intake.DocumentState;
import org.priorauth.intake.intake.ReceivedDocument;
import org.priorauth.intake.tasks.FollowUpRouter;
import org.priorauth.intake.tasks.RoutingRuleFile;
import org.priorauth.intake.tasks.RoutingRules;
import org.springframework.stereotype.Component;
import tools.jackson.databind.JsonNode;

/**
 * Replays a draft of a rule file over the documents already received and lists those that would change:
 * another type (or the same type, sure where it was unsure or the other way round), or another route.
 */
@Component
public class RuleDryRun {

    /** One document that the draft would treat differently. */
    public record Change(long documentId, String sourceName, String before, String after) {}

    private final DocumentRepository documents;
    private final CaseRepository cases;
    private final ClassificationRuleFile classification;
    private final LetterModelFile letterModel;
    private final RoutingRuleFile routing;
    private final org.priorauth.intake.requirements.SubmissionCheck submissionCheck;

    public RuleDryRun(
            DocumentRepository documents,
            CaseRepository cases,
            ClassificationRuleFile classification,
            LetterModelFile letterModel,
            RoutingRuleFile routing,
            org.priorauth.intake.requirements.SubmissionCheck submissionCheck) {
        this.documents = documents;
        this.cases = cases;
        this.classification = classification;
        this.letterModel = letterModel;
        this.routing = routing;
        this.submissionCheck = submissionCheck;
    }

    /**
     * What a draft of a rule file would change on the documents received so far (refused with its line when it
     * is wrong); the staff directory changes owners, not types or routes, so it changes none.
     */
    public List<Change> draft(org.priorauth.intake.rules.RuleFile<?> file, String text) {
        Object rules = file.parse(text);
        if (rules instanceof ClassificationRules c) return classification(c);
        if (rules instanceof RoutingRules r) return routing(r);
        if (rules instanceof org.priorauth.intake.requirements.RequirementRules r) return requirements(r);
        return List.of();
    }

    /**
     * The open cases whose submission check a draft of requirements.yaml would answer differently (ready or not,
     * which items are missing); a case has no document of its own here, so the change names the case.
     */
    public List<Change> requirements(org.priorauth.intake.requirements.RequirementRules draft) {
        List<Change> changes = new ArrayList<>();
        for (PriorAuthCase paCase : cases.filtered(null, null, null, null)) {
            if (!paCase.status().isOpen()) continue;
            String now = describe(submissionCheck.check(paCase));
            String then = describe(submissionCheck.check(paCase, draft));
            if (!now.equals(then)) {
                changes.add(new Change(
                        0, "case " + paCase.id() + " (" + paCase.drug() + ", " + paCase.payer() + ")", now, then));
            }
        }
        return changes;
    }

    private static String describe(org.priorauth.intake.requirements.SubmissionCheck.Readiness r) {
        if (r.requirement() == null) return "no requirement known";
        List<String> open = r.items().stream()
                .filter(i -> i.status() != org.priorauth.intake.requirements.SubmissionCheck.Status.FOUND)
                .map(i -> i.item() + " " + i.status().name().toLowerCase(java.util.Locale.ROOT))
                .toList();
        return open.isEmpty() ? "ready" : "not ready: " + String.join(", ", open);
    }

    public List<Change> classification(ClassificationRules draft) {
        List<Change> changes = new ArrayList<>();
        for (ReceivedDocument d : documents.newestFirst()) {
            if (d.state() == DocumentState.FAILED || d.state() == DocumentState.PROCESSING) continue;
            var text = documents.textOf(d.id());
            Classification now = Classifier.classify(text, classification.current(), letterModel.current());
            Classification then = Classifier.classify(text, draft, letterModel.current());
            if (now.type() != then.type() || now.confident() != then.confident()) {
                changes.add(new Change(d.id(), d.sourceName(), describe(now), describe(then)));
            }
        }
        return changes;
    }

    public List<Change> routing(RoutingRules draft) {
        List<Change> changes = new ArrayList<>();
        for (ReceivedDocument d : documents.newestFirst()) {
            if (d.documentType() == null || d.state() != DocumentState.PROCESSED) continue;
            PriorAuthCase paCase =
                    d.caseId() == null ? null : cases.find(d.caseId()).orElse(null);
            JsonNode f = d.fields();
            String payer = paCase != null && paCase.payer() != null
                    ? paCase.payer()
                    : f.path("payer").asString(null);
            String drug = paCase != null && paCase.drug() != null
                    ? paCase.drug()
                    : f.path("drug").asString(null);
            LocalDate deadline =
                    f.has("deadline") ? LocalDate.parse(f.get("deadline").asString()) : null;
            String text = documents.textOf(d.id()).fullText();
            DocumentType type = DocumentType.valueOf(d.documentType());
            LocalDate today = LocalDate.now();
            var status = paCase == null ? null : paCase.status();
            String before =
                    describe(FollowUpRouter.route(routing.current(), type, payer, drug, deadline, status, text, today));
            String after = describe(FollowUpRouter.route(draft, type, payer, drug, deadline, status, text, today));
            if (!Objects.equals(before, after)) changes.add(new Change(d.id(), d.sourceName(), before, after));
        }
        return changes;
    }

    private static String describe(Classification c) {
        return c.type() + " (" + c.confidence() + (c.confident() ? ")" : ", to review)");
    }

    private static String describe(FollowUpRouter.FollowUp f) {
        if (f.rule() == null) return "no rule";
        String task = f.task() == null
                ? "no task"
                : f.task().title() + " for " + f.task().role() + ", " + f.task().priority();
        return "rule " + f.rule() + (f.caseStatus() == null ? "" : ", case to " + f.caseStatus()) + ", " + task;
    }
}

package org.priorauth.intake.requirements;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.priorauth.intake.audit.AuditTrail;
import org.priorauth.intake.cases.PriorAuthCase;
import org.priorauth.intake.tasks.FollowUpTask;
import org.priorauth.intake.tasks.TaskDraft;
import org.priorauth.intake.tasks.TaskPriority;
import org.priorauth.intake.tasks.TaskRepository;
import org.priorauth.intake.tasks.TaskService;
import org.priorauth.intake.tasks.TaskStatus;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * A case against what its payer expects for its drug: each required item found (with the fact and its source),
 * missing, or stale. The case is ready for submission only when every item is found. Each missing or stale item
 * raises one task for the role that can supply it; the task is done as soon as the item is found. The system
 * prepares and checks; staff decide and submit.
 */
@Service
public class SubmissionCheck {

    public enum Status {
        FOUND,
        MISSING,
        STALE
    }

    /** One required item; {@code facts} are the ones that satisfy it (never empty when FOUND), each with its source. */
    public record ItemStatus(
            String item, String label, Status status, String why, String supplier, List<FoundFact> facts) {}

    public record FoundFact(long id, String kind, String value, LocalDate observedOn, String outcome, String source) {}

    /**
     * @param requirement the line of requirements.yaml that fits the case, or null when none does (then nothing is
     *     known about what the payer expects, and the case is not called ready)
     */
    public record Readiness(
            long caseId,
            String drug,
            String payer,
            boolean paLikely,
            boolean ready,
            String requirement,
            List<ItemStatus> items) {}

    static final String TASK_PREFIX = "Before submission: ";

    /** How staff sent the request: the system itself never does. */
    public enum Channel {
        PORTAL,
        FAX,
        EPA
    }

    /** A submission recorded while items are missing, without a person saying to send it anyway. */
    public static final class NotReady extends RuntimeException {
        NotReady(String message) {
            super(message);
        }
    }

    private final RequirementRuleFile rules;
    private final CaseFacts facts;
    private final TaskService tasks;
    private final TaskRepository taskRepository;
    private final AuditTrail audit;
    private final Clock clock;
    private final org.priorauth.intake.cases.CaseLifecycle lifecycle;

    SubmissionCheck(
            RequirementRuleFile rules,
            CaseFacts facts,
            TaskService tasks,
            TaskRepository taskRepository,
            AuditTrail audit,
            Clock clock,
            org.priorauth.intake.cases.CaseLifecycle lifecycle) {
        this.rules = rules;
        this.facts = facts;
        this.tasks = tasks;
        this.taskRepository = taskRepository;
        this.audit = audit;
        this.clock = clock;
        this.lifecycle = lifecycle;
    }

    /**
     * Staff sent the request: the case becomes SUBMITTED, with how it went in the note. While items are missing it
     * is refused with them listed, unless {@code override} says a person decided to send it anyway (then the note
     * says what went without).
     */
    @Transactional
    public PriorAuthCase recordSubmission(
            PriorAuthCase paCase, Channel how, String note, boolean override, String actor) {
        List<String> missing = check(paCase).items().stream()
                .filter(i -> i.status() != Status.FOUND)
                .map(i -> i.label() + " (" + i.status().name().toLowerCase(java.util.Locale.ROOT) + ")")
                .toList();
        if (!missing.isEmpty() && !override)
            throw new NotReady("not ready for submission, missing: " + String.join("; ", missing)
                    + " (say to send it anyway to record the submission)");
        String said = "submitted by " + how + (note == null || note.isBlank() ? "" : ": " + note.strip())
                + (missing.isEmpty() ? "" : " (sent without: " + String.join("; ", missing) + ")");
        return lifecycle.moveByStaff(paCase.id(), org.priorauth.intake.cases.CaseStatus.SUBMITTED, actor, said);
    }

    /** What is found, missing or stale; changes nothing. */
    public Readiness check(PriorAuthCase paCase) {
        return check(paCase, rules.current());
    }

    /** The same check under other rules (a draft's dry run). */
    public Readiness check(PriorAuthCase paCase, RequirementRules with) {
        LocalDate today = LocalDate.now(clock);
        Optional<RequirementRules.Requirement> fits = with.forCase(paCase.drug(), paCase.payer());
        if (fits.isEmpty()) {
            return new Readiness(paCase.id(), paCase.drug(), paCase.payer(), false, false, null, List.of());
        }
        List<CaseFact> onFile = facts.ofCase(paCase.id());
        List<ItemStatus> items = new ArrayList<>();
        for (RequirementRules.Item item : fits.get().items()) items.add(status(item, onFile, today));
        boolean ready = items.stream().allMatch(i -> i.status() == Status.FOUND);
        RequirementRules.Requirement r = fits.get();
        return new Readiness(
                paCase.id(),
                paCase.drug(),
                paCase.payer(),
                r.paLikely(),
                ready,
                "requirements.yaml line " + r.line() + ": " + r.drug() + (r.payer() == null ? "" : ", " + r.payer()),
                List.copyOf(items));
    }

    /**
     * A payer's later request for information, checked against the same facts by the same rules: for each requested
     * item that requirements.yaml knows ({@code askedAs}), what of it is on file and where.
     */
    public Map<String, ItemStatus> onFileFor(PriorAuthCase paCase, List<String> requestedItems) {
        RequirementRules current = rules.current();
        List<CaseFact> onFile = facts.ofCase(paCase.id());
        LocalDate today = LocalDate.now(clock);
        Map<String, ItemStatus> found = new java.util.LinkedHashMap<>();
        for (String asked : requestedItems) {
            current.askedAs(asked).ifPresent(item -> found.put(asked, status(item, onFile, today)));
        }
        return found;
    }

    private static ItemStatus status(RequirementRules.Item item, List<CaseFact> onFile, LocalDate today) {
        List<CaseFact> kind = onFile.stream()
                .filter(f -> item.facts().contains(f.kind()))
                .filter(f -> item.mentions() == null
                        || item.mentions().matcher(f.value()).find())
                // a fact is only evidence with its source: the table refuses one without, this says why it counts
                .filter(f -> f.sourceText() != null && !f.sourceText().isBlank())
                .toList();
        String supplier = item.supplier().name();
        if (kind.isEmpty())
            return new ItemStatus(item.name(), item.label(), Status.MISSING, "not on file", supplier, List.of());
        List<CaseFact> current = kind;
        if (item.freshForDays() != null) {
            LocalDate oldest = today.minusDays(item.freshForDays());
            current = kind.stream()
                    .filter(f -> f.observedOn() != null && !f.observedOn().isBefore(oldest))
                    .toList();
            if (current.isEmpty()) {
                boolean undated = kind.stream().allMatch(f -> f.observedOn() == null);
                return new ItemStatus(
                        item.name(),
                        item.label(),
                        Status.STALE,
                        undated
                                ? "on file without a date: the payer expects one from the last " + item.freshForDays()
                                        + " days"
                                : "the latest on file is older than " + item.freshForDays() + " days",
                        supplier,
                        kind.stream().map(SubmissionCheck::view).toList());
            }
        }
        return new ItemStatus(
                item.name(),
                item.label(),
                Status.FOUND,
                null,
                supplier,
                current.stream().map(SubmissionCheck::view).toList());
    }

    private static FoundFact view(CaseFact f) {
        return new FoundFact(f.id(), f.kind().name(), f.value(), f.observedOn(), f.outcome(), f.sourceText());
    }

    /**
     * A chart fact with its source (refused without one, see {@link CaseFacts#add}), and the case checked again at
     * once, in one transaction: what the API and the desk do when a person adds a fact.
     */
    @Transactional
    public Readiness addFact(
            PriorAuthCase paCase,
            FactKind kind,
            String value,
            LocalDate observedOn,
            String outcome,
            Long documentId,
            Integer page,
            String source,
            String actor) {
        facts.add(paCase.id(), kind, value, observedOn, outcome, documentId, page, source, actor);
        return checkAndAsk(paCase, actor);
    }

    /**
     * Checks the case and keeps its tasks in step: before the first submission, one open task per missing or stale
     * item, for the role that can supply it; a task whose item is now found is done. Called when a case opens and
     * whenever its facts change.
     */
    @Transactional
    public Readiness checkAndAsk(PriorAuthCase paCase, String actor) {
        Readiness readiness = check(paCase);
        LocalDate today = LocalDate.now(clock);
        List<FollowUpTask> open = taskRepository.ofCase(paCase.id()).stream()
                .filter(t -> t.status() == TaskStatus.OPEN && t.title().startsWith(TASK_PREFIX))
                .toList();
        for (ItemStatus item : readiness.items()) {
            String title = TASK_PREFIX + item.label();
            Optional<FollowUpTask> asked =
                    open.stream().filter(t -> t.title().equals(title)).findFirst();
            if (item.status() == Status.FOUND) {
                asked.ifPresent(t -> tasks.complete(
                        t.id(), actor, "found: " + item.facts().get(0).source()));
            } else if (asked.isEmpty() && paCase.status() == org.priorauth.intake.cases.CaseStatus.PREPARING) {
                // asked only before the first submission: once sent, a payer's request says what it still wants
                tasks.raise(
                        paCase.id(),
                        null,
                        new TaskDraft(
                                title,
                                org.priorauth.intake.tasks.StaffRole.valueOf(item.supplier()),
                                today.plusDays(2),
                                TaskPriority.NORMAL,
                                "submission check: " + item.why()),
                        paCase.payer(),
                        paCase.status().name(),
                        "submission-check");
            }
        }
        audit.record(
                actor,
                "case.submission-check",
                null,
                paCase.id(),
                Map.of(
                        "ready", readiness.ready(),
                        "missing",
                                readiness.items().stream()
                                        .filter(i -> i.status() != Status.FOUND)
                                        .map(ItemStatus::item)
                                        .toList()));
        return readiness;
    }
}

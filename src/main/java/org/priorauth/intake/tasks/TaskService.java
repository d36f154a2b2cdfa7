package org.priorauth.intake.tasks;

import java.time.Clock;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.priorauth.intake.audit.AuditTrail;
import org.priorauth.intake.cases.CaseLifecycle.CaseMoved;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Raising, assigning, completing and escalating tasks; every change audited with who made it. */
@Service
public class TaskService {

    /** The rule name of the task a document in review raises: it is done when a person decides the document. */
    public static final String REVIEW = "review";

    private final TaskRepository tasks;
    private final StaffDirectoryFile staff;
    private final AuditTrail audit;
    private final Clock clock;

    public TaskService(TaskRepository tasks, StaffDirectoryFile staff, AuditTrail audit, Clock clock) {
        this.tasks = tasks;
        this.staff = staff;
        this.audit = audit;
        this.clock = clock;
    }

    /** A task for the role's named owner (or the payer's, where the directory says so). */
    @Transactional
    public long raise(Long caseId, Long documentId, TaskDraft task, String payer, String raisedForStatus, String rule) {
        String owner = staff.current().ownerFor(task.role(), payer);
        long taskId = tasks.create(caseId, documentId, task, owner, raisedForStatus, REVIEW.equals(rule));
        Map<String, Object> detail = new LinkedHashMap<>();
        detail.put("taskId", taskId);
        detail.put("role", task.role().name());
        detail.put("assignee", String.valueOf(owner));
        detail.put("dueDate", task.dueDate().toString());
        detail.put("dueBasis", task.dueBasis());
        detail.put("rule", String.valueOf(rule));
        audit.record(AuditTrail.SYSTEM, "task.created", documentId, caseId, detail);
        return taskId;
    }

    @Transactional
    public FollowUpTask assign(long taskId, String assignee, String actor) {
        FollowUpTask task = tasks.find(taskId).orElseThrow();
        tasks.assign(taskId, assignee);
        audit.record(
                actor,
                "task.assigned",
                task.documentId(),
                task.caseId(),
                Map.of("taskId", taskId, "from", String.valueOf(task.assignee()), "to", assignee));
        return tasks.find(taskId).orElseThrow();
    }

    @Transactional
    public FollowUpTask complete(long taskId, String actor, String note) {
        FollowUpTask task = tasks.find(taskId).orElseThrow();
        tasks.complete(taskId, TaskStatus.DONE, actor, note);
        audit.record(
                actor,
                "task.completed",
                task.documentId(),
                task.caseId(),
                Map.of("taskId", taskId, "note", String.valueOf(note)));
        return tasks.find(taskId).orElseThrow();
    }

    /** A person decided the document: the review it waited for is done. */
    @Transactional
    public void closeReviewsOf(long documentId, String actor) {
        for (FollowUpTask task : tasks.openReviewsOf(documentId)) {
            tasks.complete(task.id(), TaskStatus.DONE, actor, "reviewed");
            audit.record(
                    actor,
                    "task.completed",
                    documentId,
                    task.caseId(),
                    Map.of("taskId", task.id(), "note", "reviewed"));
        }
    }

    /** When a case moves on, the tasks of the status it left are done with. */
    @EventListener
    public void closeTasksOfTheStatusLeft(CaseMoved moved) {
        for (FollowUpTask task : tasks.openNotFor(moved.caseId(), moved.to().name())) {
            String note = "closed: the case moved from " + moved.from() + " to " + moved.to();
            tasks.complete(task.id(), TaskStatus.DONE, AuditTrail.SYSTEM, note);
            audit.record(
                    AuditTrail.SYSTEM,
                    "task.closed",
                    task.documentId(),
                    task.caseId(),
                    Map.of("taskId", task.id(), "why", note));
        }
    }

    /** Overdue tasks become URGENT and go to the role's escalation contact; each task escalates once. */
    @Transactional
    public int escalateOverdue() {
        LocalDate today = LocalDate.now(clock);
        List<FollowUpTask> overdue = tasks.overdueNotEscalated(today);
        for (FollowUpTask task : overdue) {
            String to = staff.current().escalationFor(task.role());
            tasks.escalate(task.id(), to);
            audit.record(
                    AuditTrail.SYSTEM,
                    "task.escalated",
                    task.documentId(),
                    task.caseId(),
                    Map.of(
                            "taskId",
                            task.id(),
                            "dueDate",
                            task.dueDate().toString(),
                            "from",
                            String.valueOf(task.assignee()),
                            "to",
                            String.valueOf(to)));
        }
        return overdue.size();
    }

    public long overdueCount() {
        return tasks.countOverdue(LocalDate.now(clock));
    }
}

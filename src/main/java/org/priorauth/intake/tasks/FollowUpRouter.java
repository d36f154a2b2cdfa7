package org.priorauth.intake.tasks;

import java.time.LocalDate;
import java.util.Optional;
import org.priorauth.intake.cases.CaseStatus;
import org.priorauth.intake.classification.DocumentType;

/** Turns a routing rule into a concrete task: the due date from the letter's deadline, or the service level. */
public final class FollowUpRouter {

    private FollowUpRouter() {}

    /** What a document does to its case and the desk. */
    public record FollowUp(String rule, CaseStatus caseStatus, TaskDraft task) {}

    public static FollowUp route(
            RoutingRules rules,
            DocumentType type,
            String payer,
            String drug,
            LocalDate deadline,
            CaseStatus currentStatus,
            String text,
            LocalDate today) {
        Optional<RoutingRules.Rule> rule = rules.firstFitting(type, payer, drug, currentStatus, text);
        if (rule.isEmpty()) return new FollowUp(null, null, null);
        RoutingRules.TaskRule task = rule.get().task();
        return new FollowUp(
                rule.get().name(), rule.get().caseStatus(), task == null ? null : draft(task, deadline, today));
    }

    public static TaskDraft review(RoutingRules rules, String reason, LocalDate today) {
        RoutingRules.TaskRule review = rules.review();
        return new TaskDraft(
                review.title() + ": " + reason,
                review.role(),
                today.plusDays(review.dueInDays()),
                review.priority(),
                "service level: " + review.dueInDays() + " days");
    }

    static TaskDraft draft(RoutingRules.TaskRule task, LocalDate deadline, LocalDate today) {
        if (deadline != null && task.dueDaysBeforeDeadline() != null) {
            LocalDate due = deadline.minusDays(task.dueDaysBeforeDeadline());
            // a deadline already too close is due today, not in the past
            if (due.isBefore(today)) due = today;
            return new TaskDraft(
                    task.title(),
                    task.role(),
                    due,
                    task.priority(),
                    task.dueDaysBeforeDeadline() + " days before the letter's deadline " + deadline);
        }
        return new TaskDraft(
                task.title(),
                task.role(),
                today.plusDays(task.dueInDays()),
                task.priority(),
                "service level: " + task.dueInDays() + " days");
    }
}

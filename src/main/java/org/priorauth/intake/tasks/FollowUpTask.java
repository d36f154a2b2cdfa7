package org.priorauth.intake.tasks;

import java.time.Instant;
import java.time.LocalDate;

/** A follow-up for a person at the desk. The first nine JSON fields are part of the API (CONTRACT.md). */
public record FollowUpTask(
        long id,
        Long caseId,
        Long documentId,
        String title,
        StaffRole role,
        String assignee,
        LocalDate dueDate,
        TaskPriority priority,
        TaskStatus status,
        Instant escalatedAt,
        String completedBy,
        String note) {}

package org.priorauth.intake.tasks;

import java.time.LocalDate;

/** A task the routing rules want raised, before it is stored. {@code dueBasis} says how the due date was set. */
public record TaskDraft(String title, StaffRole role, LocalDate dueDate, TaskPriority priority, String dueBasis) {}

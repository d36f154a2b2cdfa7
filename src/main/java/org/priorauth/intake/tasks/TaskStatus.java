package org.priorauth.intake.tasks;

public enum TaskStatus {
    OPEN,
    DONE,
    CANCELLED
}

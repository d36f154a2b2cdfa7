package org.priorauth.intake.tasks;

public enum TaskPriority {
    LOW,
    NORMAL,
    HIGH,
    URGENT
}

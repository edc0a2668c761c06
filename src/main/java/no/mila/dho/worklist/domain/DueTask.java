package no.mila.dho.worklist.domain;

import java.time.LocalDate;

/** A task a rule wants: its type, due date (a working day), the period it belongs to, and why (Norwegian). */
public record DueTask(TaskType type, LocalDate dueDate, String periodKey, String detail) {
}

package vn.plandesk.model;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;

/**
 * A task's follow-up state, derived from its dates and today, never stored. The first four are the
 * states offices report in (shared/reference/follow-up.md); DUE_SOON is a not-done-within-deadline
 * task close to its date; NO_DATED_DEADLINE (recurring, continuous, unreadable) is counted apart.
 */
public enum TaskStatus {
    DONE_ON_TIME,
    DONE_LATE,
    NOT_DONE_WITHIN_DEADLINE,
    DUE_SOON,
    NOT_DONE_OVERDUE,
    NO_DATED_DEADLINE;

    /**
     * The state of a task not done yet whose deadline in force falls due on {@code due} (null: none
     * dated); due soon when within {@code dueSoonDays} days from today.
     */
    public static TaskStatus ofOpenTask(LocalDate due, LocalDate today, int dueSoonDays) {
        if (due == null) {
            return NO_DATED_DEADLINE;
        }
        if (today.isAfter(due)) {
            return NOT_DONE_OVERDUE;
        }
        return ChronoUnit.DAYS.between(today, due) <= dueSoonDays ? DUE_SOON : NOT_DONE_WITHIN_DEADLINE;
    }

    /** The state as counted in an office report: due-soon tasks are still within their deadline. */
    public TaskStatus reportState() {
        return this == DUE_SOON ? NOT_DONE_WITHIN_DEADLINE : this;
    }

    public boolean isDone() {
        return this == DONE_ON_TIME || this == DONE_LATE;
    }
}

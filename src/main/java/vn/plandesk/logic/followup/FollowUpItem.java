package vn.plandesk.logic.followup;

import java.time.LocalDate;
import vn.plandesk.model.Task;
import vn.plandesk.model.TaskStatus;

/**
 * A task to urge: past its deadline in force ({@link TaskStatus#NOT_DONE_OVERDUE}) or due within the
 * days asked for ({@link TaskStatus#DUE_SOON}). {@code daysLate} is 0 for a task not yet late;
 * {@code daysLeft} is 0 for a late one.
 */
public record FollowUpItem(PlanRef plan, Task task, TaskStatus status, LocalDate due, long daysLate, long daysLeft) {

    public boolean isOverdue() {
        return status == TaskStatus.NOT_DONE_OVERDUE;
    }

    /** Whether the task has an extension: the list then shows the original deadline too. */
    public boolean isExtended() {
        return !task.extensions().isEmpty();
    }
}

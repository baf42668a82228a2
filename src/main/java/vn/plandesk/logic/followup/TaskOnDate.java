package vn.plandesk.logic.followup;

import java.time.LocalDate;
import java.util.List;
import vn.plandesk.model.Extension;
import vn.plandesk.model.Task;
import vn.plandesk.model.TaskStatus;

/**
 * A task as it stood on a past day: a completion dated later had not happened yet, and an
 * extension granted later was not in force yet. Reports for a period count tasks as of its last day.
 */
final class TaskOnDate {

    private TaskOnDate() {
    }

    static Task asOf(Task task, LocalDate day) {
        boolean completedLater = task.completedOn() != null && task.completedOn().isAfter(day);
        List<Extension> granted = task.extensions().stream()
                .filter(e -> e.grantedOn() == null || !e.grantedOn().isAfter(day)).toList();
        if (!completedLater && granted.size() == task.extensions().size()) {
            return task;
        }
        return new Task(task.id(), task.label(), task.content(), task.deadline(), task.start(), task.deliverable(), task.lead(),
                task.support(), task.percentDone(), completedLater ? null : task.completedOn(), task.notes(), granted);
    }

    /** The report state on {@code day}; null for a task without a dated deadline. */
    static TaskStatus reportState(Task task, LocalDate day) {
        Task then = asOf(task, day);
        if (then.deadlineInForce().due() == null) {
            return null;
        }
        return then.status(day, 0).reportState();
    }
}

package vn.plandesk.gui.editor;

import java.time.LocalDate;
import java.util.List;
import vn.plandesk.model.Phase;
import vn.plandesk.model.Task;
import vn.plandesk.model.TimeExpression;
import vn.plandesk.model.UnitRef;

/** Copies of a task or phase with one field changed (the records have no wither for most fields). */
final class TaskFields {
    private TaskFields() {
    }

    static Task content(Task t, String content) {
        return new Task(t.id(), t.label(), content, t.deadline(), t.start(), t.deliverable(), t.lead(), t.support(),
                t.percentDone(), t.completedOn(), t.notes(), t.extensions());
    }

    static Task deliverable(Task t, String deliverable) {
        return new Task(t.id(), t.label(), t.content(), t.deadline(), t.start(), deliverable, t.lead(), t.support(),
                t.percentDone(), t.completedOn(), t.notes(), t.extensions());
    }

    static Task notes(Task t, String notes) {
        return new Task(t.id(), t.label(), t.content(), t.deadline(), t.start(), t.deliverable(), t.lead(), t.support(),
                t.percentDone(), t.completedOn(), notes, t.extensions());
    }

    static Task lead(Task t, List<UnitRef> lead) {
        return t.withUnits(lead, t.support().stream().filter(u -> lead.stream().noneMatch(l -> l.name().equals(u.name()))).toList());
    }

    static Task support(Task t, List<UnitRef> support) {
        return t.withUnits(t.lead(), support);
    }

    static Task percent(Task t, int percent) {
        return t.withCompletion(percent < 100 ? null : t.completedOn(), percent);
    }

    /** A completion date means the task is done (100 %); clearing it leaves the progress as it was, below 100. */
    static Task completed(Task t, LocalDate on) {
        return t.withCompletion(on, on != null ? 100 : Math.min(t.percentDone(), 99));
    }

    /** What is kept when a task is copied into a new plan: the work, not its progress. */
    static Task fresh(Task t) {
        return new Task(null, t.label(), t.content(), t.deadline(), t.start(), t.deliverable(), t.lead(), t.support(),
                0, null, t.notes(), List.of());
    }

    static Phase title(Phase p, String title) {
        return new Phase(p.id(), p.label(), title, p.span(), p.target(), p.focalUnit(), p.tasks(), p.subPhases());
    }

    static Phase span(Phase p, TimeExpression span) {
        return new Phase(p.id(), p.label(), p.title(), span, p.target(), p.focalUnit(), p.tasks(), p.subPhases());
    }
}

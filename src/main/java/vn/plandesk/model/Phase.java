package vn.plandesk.model;

import java.util.List;
import java.util.Objects;

/**
 * A phase of a plan (a step of the schedule, a topic, a section that assigns work). {@code label} is
 * its number as written ("3.2", even when the source repeats it). {@code target} and
 * {@code focalUnit} serve topic plans ("≥ 7,9 điểm", the focal agency). Phases nest one level deep:
 * a sub-phase has no sub-phases of its own.
 */
public record Phase(Long id, String label, String title, TimeExpression span, String target, UnitRef focalUnit,
                    List<Task> tasks, List<Phase> subPhases) {

    public Phase {
        label = Text.clean(label);
        title = Text.clean(title);
        Objects.requireNonNull(title, "a phase needs a title");
        span = span == null ? TimeExpression.none() : span;
        target = Text.clean(target);
        tasks = List.copyOf(tasks == null ? List.of() : tasks);
        subPhases = List.copyOf(subPhases == null ? List.of() : subPhases);
        for (Phase sub : subPhases) {
            if (!sub.subPhases().isEmpty()) {
                throw new IllegalArgumentException("phases nest one level only: '" + sub.title() + "' has sub-phases");
            }
        }
    }

    public static Phase of(String title, TimeExpression span, List<Task> tasks) {
        return new Phase(null, null, title, span, null, null, tasks, List.of());
    }

    /** Tasks of this phase and of its sub-phases, in document order. */
    public List<Task> allTasks() {
        if (subPhases.isEmpty()) {
            return tasks;
        }
        List<Task> all = new java.util.ArrayList<>(tasks);
        subPhases.forEach(sub -> all.addAll(sub.tasks()));
        return all;
    }

    public Phase withTasks(List<Task> newTasks) {
        return new Phase(id, label, title, span, target, focalUnit, newTasks, subPhases);
    }

    public Phase withSubPhases(List<Phase> newSubPhases) {
        return new Phase(id, label, title, span, target, focalUnit, tasks, newSubPhases);
    }

    public Phase withId(Long newId) {
        return new Phase(newId, label, title, span, target, focalUnit, tasks, subPhases);
    }
}

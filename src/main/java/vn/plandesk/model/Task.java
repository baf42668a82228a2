package vn.plandesk.model;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Objects;

/**
 * One assigned task. {@code label} is the item marker as written ("a", "3.1", "-"), kept for
 * documents with numbering of their own. {@code start} is an optional planned start that is not
 * part of the deadline words. {@code id} is null until stored.
 */
public record Task(Long id, String label, String content, TimeExpression deadline, LocalDate start,
                   String deliverable, List<UnitRef> lead, List<UnitRef> support, int percentDone,
                   LocalDate completedOn, String notes, List<Extension> extensions) {

    public Task {
        label = Text.clean(label);
        content = Text.clean(content);
        Objects.requireNonNull(content, "a task needs its content");
        deadline = deadline == null ? TimeExpression.none() : deadline;
        deliverable = Text.clean(deliverable);
        lead = List.copyOf(lead == null ? List.of() : lead);
        support = List.copyOf(support == null ? List.of() : support);
        if (percentDone < 0 || percentDone > 100) {
            throw new IllegalArgumentException("percent done must be 0-100, was " + percentDone);
        }
        notes = Text.clean(notes);
        extensions = List.copyOf(extensions == null ? List.of() : extensions);
    }

    public static Task of(String content, TimeExpression deadline) {
        return new Task(null, null, content, deadline, null, null, List.of(), List.of(), 0, null, null, List.of());
    }

    /** The deadline counted against: the latest extension, else the original. */
    public TimeExpression deadlineInForce() {
        return extensions.isEmpty() ? deadline : extensions.get(extensions.size() - 1).deadline();
    }

    public boolean isDone() {
        return completedOn != null;
    }

    /**
     * The follow-up state on {@code today}. A task is done when it has a completion date; it is due
     * soon when not done and due within {@code dueSoonDays} days from today.
     */
    public TaskStatus status(LocalDate today, int dueSoonDays) {
        LocalDate due = deadlineInForce().due();
        if (completedOn != null) {
            return due == null || !completedOn.isAfter(due) ? TaskStatus.DONE_ON_TIME : TaskStatus.DONE_LATE;
        }
        return TaskStatus.ofOpenTask(due, today, dueSoonDays);
    }

    /** Days past the deadline in force on {@code today} (or at completion), 0 when not late. */
    public long daysLate(LocalDate today) {
        LocalDate due = deadlineInForce().due();
        if (due == null) {
            return 0;
        }
        LocalDate until = completedOn != null ? completedOn : today;
        return Math.max(0, ChronoUnit.DAYS.between(due, until));
    }

    public Task withId(Long newId) {
        return new Task(newId, label, content, deadline, start, deliverable, lead, support, percentDone, completedOn, notes, extensions);
    }

    public Task withDeadline(TimeExpression newDeadline) {
        return new Task(id, label, content, newDeadline, start, deliverable, lead, support, percentDone, completedOn, notes, extensions);
    }

    public Task withUnits(List<UnitRef> newLead, List<UnitRef> newSupport) {
        return new Task(id, label, content, deadline, start, deliverable, newLead, newSupport, percentDone, completedOn, notes, extensions);
    }

    public Task withCompletion(LocalDate newCompletedOn, int newPercentDone) {
        return new Task(id, label, content, deadline, start, deliverable, lead, support, newPercentDone, newCompletedOn, notes, extensions);
    }

    public Task withExtension(Extension extension) {
        List<Extension> more = new java.util.ArrayList<>(extensions);
        more.add(extension);
        return new Task(id, label, content, deadline, start, deliverable, lead, support, percentDone, completedOn, notes, more);
    }
}

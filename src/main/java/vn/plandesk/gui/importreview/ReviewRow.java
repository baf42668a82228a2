package vn.plandesk.gui.importreview;

import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import vn.plandesk.logic.i18n.Messages;
import vn.plandesk.model.Phase;
import vn.plandesk.model.Task;
import vn.plandesk.model.TimeExpression;
import vn.plandesk.model.UnitRef;

/**
 * A phase or a task as the review tree shows it: every column an editable {@link ReviewField}
 * except what the deadline words were understood as. A phase's "lead" is its focal unit.
 * {@code path} names it as the importer's findings and spans do ("phases[2].tasks[0]").
 */
public final class ReviewRow {

    /** The tree's columns. */
    public enum Column { LABEL, CONTENT, DEADLINE, UNDERSTOOD, LEAD, SUPPORT }

    private final String path;
    private final Phase phase;
    private final Task task;
    private final ReviewField<String> label;
    private final ReviewField<String> content;
    private final ReviewField<String> deadlineWords;
    private final ReviewField<String> understood;
    private final ReviewField<String> lead;
    private final ReviewField<String> support;
    private final ObservableList<ReviewRow> children = FXCollections.observableArrayList();
    private final TimeExpression original;
    private TimeExpression deadline;

    private ReviewRow(String path, Phase phase, Task task) {
        this.path = path;
        this.phase = phase;
        this.task = task;
        this.original = task != null ? task.deadline() : phase.span();
        this.deadline = original;
        label = new ReviewField<>(Messages.get("review.column.label"), task != null ? task.label() : phase.label(), true);
        content = new ReviewField<>(Messages.get(task != null ? "review.column.content" : "review.column.phaseTitle"),
                task != null ? task.content() : phase.title(), true);
        deadlineWords = new ReviewField<>(Messages.get("review.column.deadline"), original.raw(), true);
        understood = new ReviewField<>(Messages.get("review.column.understood"), Deadlines.describe(original), false);
        List<UnitRef> leads = task != null ? task.lead() : phase.focalUnit() == null ? List.of() : List.of(phase.focalUnit());
        lead = new ReviewField<>(Messages.get(task != null ? "review.column.lead" : "review.column.focal"), UnitLists.format(leads), true);
        support = new ReviewField<>(Messages.get("review.column.support"), task != null ? UnitLists.format(task.support()) : "", task != null);
    }

    static ReviewRow ofPhase(String path, Phase phase) {
        return new ReviewRow(path, phase, null);
    }

    static ReviewRow ofTask(String path, Task task) {
        return new ReviewRow(path, null, task);
    }

    public boolean isPhase() {
        return task == null;
    }

    public String path() {
        return path;
    }

    /** The phase or task as read, for what the review does not show (deliverable, target ...). */
    Phase phase() {
        return phase;
    }

    Task task() {
        return task;
    }

    public ObservableList<ReviewRow> children() {
        return children;
    }

    public ReviewField<String> field(Column column) {
        return switch (column) {
            case LABEL -> label;
            case CONTENT -> content;
            case DEADLINE -> deadlineWords;
            case UNDERSTOOD -> understood;
            case LEAD -> lead;
            case SUPPORT -> support;
        };
    }

    /** The editable fields, for wiring edits. */
    List<ReviewField<String>> editableFields() {
        return Arrays.stream(Column.values()).map(this::field).filter(ReviewField::isEditable).toList();
    }

    /** The deadline as understood now: the importer's reading, or the edited words re-read. */
    public TimeExpression deadline() {
        return deadline;
    }

    /** The importer's own reading, kept while the words are unchanged (it had the whole sentence). */
    TimeExpression originalDeadline() {
        return original;
    }

    void setDeadline(TimeExpression newDeadline) {
        deadline = Objects.requireNonNull(newDeadline);
        understood.set(Deadlines.describe(newDeadline));
    }

    /** "3.2 Trình UBND tỉnh …": how findings say which row they are about. */
    String shortTitle() {
        String text = Objects.requireNonNullElse(content.value(), "");
        String head = text.length() > 48 ? text.substring(0, 47).strip() + "…" : text;
        String number = label.value();
        return number == null || number.isBlank() || "-".equals(number) ? head : number + " " + head;
    }
}

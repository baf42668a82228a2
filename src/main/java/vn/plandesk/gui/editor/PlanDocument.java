package vn.plandesk.gui.editor;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import javafx.scene.control.TreeItem;
import vn.plandesk.gui.editor.EditorRow.PhaseRow;
import vn.plandesk.gui.editor.EditorRow.TaskRow;
import vn.plandesk.model.Phase;
import vn.plandesk.model.Plan;
import vn.plandesk.model.PlanHeader;
import vn.plandesk.model.Task;

/**
 * The open plan as the tree shows it: a hidden root, phases, their tasks first and then their
 * sub-phases (the order of {@link Phase#allTasks()}). Commands change it after the store has
 * taken the change, so it always shows what is stored. Items are found by id in constant time.
 */
final class PlanDocument {
    private final TreeItem<EditorRow> root = new TreeItem<>();
    private final Map<Long, TreeItem<EditorRow>> phases = new HashMap<>();
    private final Map<Long, TreeItem<EditorRow>> tasks = new HashMap<>();
    private Plan base;
    private PlanHeader header;

    /** Builds the tree of a loaded plan. Safe off the JavaFX thread while the tree is not shown. */
    PlanDocument(Plan plan) {
        this.base = plan;
        this.header = plan.header();
        root.setExpanded(true);
        for (Phase phase : plan.phases()) {
            root.getChildren().add(phaseItem(phase, false));
        }
    }

    TreeItem<EditorRow> root() {
        return root;
    }

    PlanHeader header() {
        return header;
    }

    void setHeader(PlanHeader newHeader) {
        header = newHeader;
    }

    long planId() {
        return base.id();
    }

    int taskCount() {
        return tasks.size();
    }

    /** The plan as it stands now, with {@code version}. */
    Plan toPlan(long version) {
        List<Phase> list = new ArrayList<>();
        for (TreeItem<EditorRow> item : root.getChildren()) {
            list.add(phaseOf(item));
        }
        return base.withHeader(header).withPhases(list).withIdentity(base.id(), version);
    }

    /** A phase with its tasks and sub-phases, as stored. */
    Phase phaseOf(TreeItem<EditorRow> item) {
        Phase own = ((PhaseRow) item.getValue()).phase();
        List<Task> ownTasks = new ArrayList<>();
        List<Phase> subs = new ArrayList<>();
        for (TreeItem<EditorRow> child : item.getChildren()) {
            if (child.getValue() instanceof TaskRow row) {
                ownTasks.add(row.task());
            } else {
                subs.add(phaseOf(child));
            }
        }
        return own.withTasks(ownTasks).withSubPhases(subs);
    }

    TreeItem<EditorRow> taskItem(long id) {
        return tasks.get(id);
    }

    TreeItem<EditorRow> phaseItem(long id) {
        return phases.get(id);
    }

    Task task(long id) {
        TreeItem<EditorRow> item = tasks.get(id);
        return item == null ? null : ((TaskRow) item.getValue()).task();
    }

    Phase phase(long id) {
        TreeItem<EditorRow> item = phases.get(id);
        return item == null ? null : ((PhaseRow) item.getValue()).phase();
    }

    /** The phase a task is in. */
    long phaseIdOf(TreeItem<EditorRow> taskItem) {
        return taskItem.getParent().getValue().id();
    }

    /** The parent phase of a phase, or null at the top level. */
    Long parentIdOf(TreeItem<EditorRow> phaseItem) {
        TreeItem<EditorRow> parent = phaseItem.getParent();
        return parent == root ? null : parent.getValue().id();
    }

    /** A task's position among the tasks of its phase. */
    static int taskIndex(TreeItem<EditorRow> taskItem) {
        return taskItem.getParent().getChildren().indexOf(taskItem);
    }

    /** A phase's position among its sibling phases. */
    static int phaseIndex(TreeItem<EditorRow> phaseItem) {
        List<TreeItem<EditorRow>> siblings = phaseItem.getParent().getChildren();
        return siblings.indexOf(phaseItem) - taskCountOf(phaseItem.getParent());
    }

    /** How many tasks sit directly in a phase (they come before its sub-phases). */
    static int taskCountOf(TreeItem<EditorRow> phaseItem) {
        int n = 0;
        for (TreeItem<EditorRow> child : phaseItem.getChildren()) {
            if (child.getValue() instanceof TaskRow) {
                n++;
            } else {
                break;
            }
        }
        return n;
    }

    /** The sub-phase items of a phase (or the top-level phases of the root). */
    static List<TreeItem<EditorRow>> phaseChildren(TreeItem<EditorRow> parent) {
        List<TreeItem<EditorRow>> children = parent.getChildren();
        return children.subList(taskCountOf(parent), children.size());
    }

    void replaceTask(Task task) {
        tasks.get(task.id()).setValue(new TaskRow(task));
    }

    /** Replaces a phase's own fields; its children stay. */
    void replacePhase(Phase phase) {
        TreeItem<EditorRow> item = phases.get(phase.id());
        item.setValue(new PhaseRow(phase, ((PhaseRow) item.getValue()).sub()));
    }

    TreeItem<EditorRow> insertTask(long phaseId, int index, Task task) {
        TreeItem<EditorRow> parent = phases.get(phaseId);
        TreeItem<EditorRow> item = new TreeItem<>(new TaskRow(task));
        tasks.put(task.id(), item);
        parent.getChildren().add(Math.max(0, Math.min(index, taskCountOf(parent))), item);
        return item;
    }

    void removeTask(long taskId) {
        TreeItem<EditorRow> item = tasks.remove(taskId);
        item.getParent().getChildren().remove(item);
    }

    void moveTask(long taskId, long toPhaseId, int index) {
        TreeItem<EditorRow> item = tasks.get(taskId);
        item.getParent().getChildren().remove(item);
        TreeItem<EditorRow> parent = phases.get(toPhaseId);
        parent.getChildren().add(Math.max(0, Math.min(index, taskCountOf(parent))), item);
    }

    /** Inserts a stored phase (with its tasks and sub-phases) under {@code parentId} (null: top level). */
    TreeItem<EditorRow> insertPhase(Long parentId, int index, Phase phase) {
        TreeItem<EditorRow> parent = parentId == null ? root : phases.get(parentId);
        TreeItem<EditorRow> item = phaseItem(phase, parentId != null);
        int first = taskCountOf(parent);
        int at = first + Math.max(0, Math.min(index, parent.getChildren().size() - first));
        parent.getChildren().add(at, item);
        return item;
    }

    void removePhase(long phaseId) {
        TreeItem<EditorRow> item = phases.get(phaseId);
        forget(item);
        item.getParent().getChildren().remove(item);
    }

    /** Moves a phase under another (or to the top level), as {@code index}-th of its new siblings. */
    void reparentPhase(long phaseId, Long newParentId, int index) {
        TreeItem<EditorRow> item = phases.get(phaseId);
        item.getParent().getChildren().remove(item);
        TreeItem<EditorRow> parent = newParentId == null ? root : phases.get(newParentId);
        item.setValue(new PhaseRow(((PhaseRow) item.getValue()).phase(), newParentId != null));
        int first = taskCountOf(parent);
        parent.getChildren().add(first + Math.max(0, Math.min(index, parent.getChildren().size() - first)), item);
    }

    private TreeItem<EditorRow> phaseItem(Phase phase, boolean sub) {
        TreeItem<EditorRow> item = new TreeItem<>(new PhaseRow(phase.withTasks(List.of()).withSubPhases(List.of()), sub));
        item.setExpanded(true);
        phases.put(phase.id(), item);
        List<TreeItem<EditorRow>> children = new ArrayList<>(phase.tasks().size() + phase.subPhases().size());
        for (Task task : phase.tasks()) {
            TreeItem<EditorRow> t = new TreeItem<>(new TaskRow(task));
            tasks.put(task.id(), t);
            children.add(t);
        }
        for (Phase subPhase : phase.subPhases()) {
            children.add(phaseItem(subPhase, true));
        }
        item.getChildren().setAll(children);
        return item;
    }

    private void forget(TreeItem<EditorRow> item) {
        if (item.getValue() instanceof TaskRow row) {
            tasks.remove(row.id());
        } else if (item.getValue() instanceof PhaseRow row) {
            phases.remove(row.id());
            item.getChildren().forEach(this::forget);
        }
    }
}

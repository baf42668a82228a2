package vn.plandesk.gui.editor;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.function.Consumer;
import java.util.function.Supplier;
import javafx.scene.control.TreeItem;
import vn.plandesk.gui.editor.EditorRow.PhaseRow;
import vn.plandesk.gui.editor.EditorRow.TaskRow;
import vn.plandesk.gui.undo.Command;
import vn.plandesk.gui.undo.CompoundCommand;
import vn.plandesk.logic.i18n.Messages;
import vn.plandesk.model.Phase;
import vn.plandesk.model.Task;
import vn.plandesk.model.TimeExpression;

/**
 * Edits of the plan's shape: insert, delete, indent and outdent, move, drag and drop, copy and
 * paste. Each runs in the user's turn and hands on the row to select afterwards (null when nothing changed).
 *
 * <p>Indent and outdent. A phase indents under the phase above it (it becomes that phase's last
 * sub-phase) and outdents back to the top level right after its parent; phases nest one level.
 * Tasks are shown before the sub-phases of their phase, so a task of a phase that has sub-phases
 * indents into the first sub-phase (as its first task, right below that sub-phase's heading), and
 * a task of a sub-phase outdents to its parent phase (as its last own task, right above the
 * sub-phases). Other tasks have nowhere to go and the status line says so.
 */
public final class PlanStructure {

    /** What the structural edits need of the editor they belong to: the open plan, its turns, its status line. */
    interface Editor {
        /** The open plan, or null. */
        PlanSession session();

        /** Builds the command in the user's turn, stores it, and tells {@code stored} whether it was. */
        void perform(Supplier<Command> action, Consumer<Boolean> stored);

        /** A short note in the status line. */
        void say(String text);
    }

    private final Editor editor;
    private final TaskClipboard clipboard;
    private Planned chosen; // the edit of the current turn, between planning it and selecting its row

    PlanStructure(Editor editor, TaskClipboard clipboard) {
        this.editor = editor;
        this.clipboard = clipboard;
    }

    /** An edit ready to run and the row to select once it is stored. */
    private record Planned(Command command, Supplier<TreeItem<EditorRow>> select) {
    }

    /** Plans the edit in the user's turn (from the plan as the edits before left it), runs it, then selects. */
    private void run(Supplier<Planned> plan, Consumer<TreeItem<EditorRow>> select) {
        editor.perform(() -> {
            if (session() == null) {
                return null;
            }
            Planned planned = plan.get();
            chosen = planned;
            return planned == null ? null : planned.command();
        }, stored -> select.accept(stored ? chosen.select().get() : null));
    }

    private PlanSession session() {
        return editor.session();
    }

    /** A new task below the selected task, or first in the selected phase. */
    public void addTask(TreeItem<EditorRow> selected, Consumer<TreeItem<EditorRow>> select) {
        run(() -> planAddTask(selected), select);
    }

    private Planned planAddTask(TreeItem<EditorRow> selected) {
        if (session() == null) {
            return null;
        }
        TreeItem<EditorRow> phase;
        int index;
        if (selected != null && selected.getValue() instanceof TaskRow) {
            phase = selected.getParent();
            index = PlanDocument.taskIndex(selected) + 1;
        } else if (selected != null && selected.getValue() instanceof PhaseRow) {
            phase = selected;
            index = 0;
        } else if (!session().document.root().getChildren().isEmpty()) {
            List<TreeItem<EditorRow>> top = session().document.root().getChildren();
            phase = top.get(top.size() - 1);
            index = PlanDocument.taskCountOf(phase);
        } else {
            editor.say(Messages.get("editor.addPhaseFirst"));
            return null;
        }
        long phaseId = phase.getValue().id();
        TaskCommands.Add add = new TaskCommands.Add(session(), Messages.get("edit.addTask"), phaseId, index,
                Task.of(Messages.get("editor.newTask"), TimeExpression.none()));
        return new Planned(add, () -> session().document.taskItem(add.taskId()));
    }

    /** A new phase after the selected one (a sub-phase after a sub-phase), or at the end. */
    public void addPhase(TreeItem<EditorRow> selected, Consumer<TreeItem<EditorRow>> select) {
        run(() -> planAddPhase(selected), select);
    }

    private Planned planAddPhase(TreeItem<EditorRow> selected) {
        if (session() == null) {
            return null;
        }
        TreeItem<EditorRow> after = selected == null ? null
                : selected.getValue() instanceof TaskRow ? selected.getParent() : selected;
        Long parentId = after == null ? null : session().document.parentIdOf(after);
        int index = after == null ? session().document.root().getChildren().size() : PlanDocument.phaseIndex(after) + 1;
        PhaseCommands.Insert add = PhaseCommands.Insert.adding(session(), Messages.get("edit.addPhase"), parentId, index,
                Phase.of(Messages.get("editor.newPhase"), TimeExpression.none(), List.of()));
        return new Planned(add, () -> session().document.phaseItem(add.phaseId()));
    }

    /** Deletes the rows (a phase with its tasks); one undo brings them all back. */
    public void delete(List<TreeItem<EditorRow>> rows, Consumer<TreeItem<EditorRow>> select) {
        run(() -> planDelete(rows), select);
    }

    private Planned planDelete(List<TreeItem<EditorRow>> rows) {
        if (session() == null || rows.isEmpty()) {
            return null;
        }
        List<TreeItem<EditorRow>> kept = rows.stream().filter(r -> r != null && r.getValue() != null
                && rows.stream().noneMatch(other -> other != r && isAncestor(other, r))).toList();
        // Last rows first: the positions remembered for the undo stay right.
        List<TreeItem<EditorRow>> ordered = new ArrayList<>(kept);
        ordered.sort(Comparator.comparingInt(this::rowPosition).reversed());
        TreeItem<EditorRow> next = neighbourAfterDeleting(ordered);
        List<Command> parts = new ArrayList<>();
        for (TreeItem<EditorRow> row : ordered) {
            if (row.getValue() instanceof TaskRow t) {
                parts.add(new TaskCommands.Delete(session(), Messages.get("edit.deleteTask"), t.task(),
                        session().document.phaseIdOf(row), PlanDocument.taskIndex(row)));
            } else {
                parts.add(PhaseCommands.Insert.deleting(session(), Messages.get("edit.deletePhase"),
                        session().document.parentIdOf(row), PlanDocument.phaseIndex(row), session().document.phaseOf(row)));
            }
        }
        Command command = parts.size() == 1 ? parts.get(0)
                : new CompoundCommand(session(), Messages.get("edit.deleteRows", parts.size()), parts);
        return new Planned(command, () -> next);
    }

    /** Tab: see the class comment. */
    public void indent(TreeItem<EditorRow> row, Consumer<TreeItem<EditorRow>> select) {
        run(() -> planIndent(row), select);
    }

    private Planned planIndent(TreeItem<EditorRow> row) {
        if (session() == null || row == null) {
            return null;
        }
        if (row.getValue() instanceof PhaseRow phase) {
            int index = PlanDocument.phaseIndex(row);
            if (phase.sub() || index == 0) {
                editor.say(Messages.get(phase.sub() ? "editor.indent.phaseTooDeep" : "editor.indent.noPhaseAbove"));
                return null;
            }
            if (!PlanDocument.phaseChildren(row).isEmpty()) {
                editor.say(Messages.get("editor.indent.hasSubPhases"));
                return null;
            }
            TreeItem<EditorRow> above = PlanDocument.phaseChildren(row.getParent()).get(index - 1);
            int at = PlanDocument.phaseChildren(above).size();
            return reparent(row, above.getValue().id(), at, Messages.get("edit.indent"));
        }
        TreeItem<EditorRow> phase = row.getParent();
        List<TreeItem<EditorRow>> subs = PlanDocument.phaseChildren(phase);
        if (((PhaseRow) phase.getValue()).sub() || subs.isEmpty()) {
            editor.say(Messages.get("editor.indent.taskNoSubPhase"));
            return null;
        }
        return moveTask(row, subs.get(0), 0, Messages.get("edit.indent"));
    }

    /** Shift+Tab: see the class comment. */
    public void outdent(TreeItem<EditorRow> row, Consumer<TreeItem<EditorRow>> select) {
        run(() -> planOutdent(row), select);
    }

    private Planned planOutdent(TreeItem<EditorRow> row) {
        if (session() == null || row == null) {
            return null;
        }
        if (row.getValue() instanceof PhaseRow phase) {
            if (!phase.sub()) {
                editor.say(Messages.get("editor.outdent.topLevel"));
                return null;
            }
            TreeItem<EditorRow> parent = row.getParent();
            return reparent(row, null, PlanDocument.phaseIndex(parent) + 1, Messages.get("edit.outdent"));
        }
        TreeItem<EditorRow> phase = row.getParent();
        if (!((PhaseRow) phase.getValue()).sub()) {
            editor.say(Messages.get("editor.outdent.taskTopLevel"));
            return null;
        }
        TreeItem<EditorRow> parent = phase.getParent();
        return moveTask(row, parent, PlanDocument.taskCountOf(parent), Messages.get("edit.outdent"));
    }

    /** Alt+Up / Alt+Down. A task at the edge of its phase goes on into the phase above or below. */
    public void move(TreeItem<EditorRow> row, boolean up, Consumer<TreeItem<EditorRow>> select) {
        run(() -> planMove(row, up), select);
    }

    private Planned planMove(TreeItem<EditorRow> row, boolean up) {
        if (session() == null || row == null) {
            return null;
        }
        String name = Messages.get(up ? "edit.moveUp" : "edit.moveDown");
        if (row.getValue() instanceof PhaseRow) {
            int index = PlanDocument.phaseIndex(row);
            int to = up ? index - 1 : index + 1;
            if (to < 0 || to >= PlanDocument.phaseChildren(row.getParent()).size()) {
                return null;
            }
            return reparent(row, session().document.parentIdOf(row), to, name);
        }
        TreeItem<EditorRow> phase = row.getParent();
        int index = PlanDocument.taskIndex(row);
        int count = PlanDocument.taskCountOf(phase);
        if (up ? index > 0 : index < count - 1) {
            return moveTask(row, phase, up ? index - 1 : index + 1, name);
        }
        List<TreeItem<EditorRow>> order = phasesInOrder();
        int at = order.indexOf(phase) + (up ? -1 : 1);
        if (at < 0 || at >= order.size()) {
            return null;
        }
        TreeItem<EditorRow> target = order.get(at);
        return moveTask(row, target, up ? PlanDocument.taskCountOf(target) : 0, name);
    }

    /**
     * Drag and drop: a task dropped on a task goes to its place; on a phase, first into it. A phase
     * dropped on a sibling phase takes its place.
     */
    public void drop(TreeItem<EditorRow> dragged, TreeItem<EditorRow> target, Consumer<TreeItem<EditorRow>> select) {
        run(() -> planDrop(dragged, target), select);
    }

    private Planned planDrop(TreeItem<EditorRow> dragged, TreeItem<EditorRow> target) {
        if (session() == null || dragged == null || target == null || dragged == target || isAncestor(dragged, target)) {
            return null;
        }
        String name = Messages.get("edit.drag");
        if (dragged.getValue() instanceof TaskRow) {
            if (target.getValue() instanceof TaskRow) {
                return moveTask(dragged, target.getParent(), PlanDocument.taskIndex(target), name);
            }
            return moveTask(dragged, target, 0, name);
        }
        if (target.getValue() instanceof PhaseRow && target.getParent() == dragged.getParent()) {
            return reparent(dragged, session().document.parentIdOf(dragged), PlanDocument.phaseIndex(target), name);
        }
        return null;
    }

    /** Ctrl+C: the selected tasks (a phase's tasks when a phase is selected) go to the clipboard. */
    public int copy(List<TreeItem<EditorRow>> rows) {
        if (session() == null) {
            return 0;
        }
        List<Task> copied = new ArrayList<>();
        for (TreeItem<EditorRow> row : rows) {
            if (row.getValue() instanceof TaskRow t) {
                copied.add(t.task());
            } else if (row.getValue() instanceof PhaseRow) {
                copied.addAll(session().document.phaseOf(row).allTasks());
            }
        }
        if (!copied.isEmpty()) {
            clipboard.put(copied);
            editor.say(Messages.get("editor.copied", copied.size()));
        }
        return copied.size();
    }

    /** Ctrl+V: the copied tasks, as new tasks, below the selected task or first in the selected phase. */
    public void paste(TreeItem<EditorRow> selected, Consumer<TreeItem<EditorRow>> select) {
        run(() -> planPaste(selected), select);
    }

    private Planned planPaste(TreeItem<EditorRow> selected) {
        if (session() == null || clipboard.isEmpty()) {
            return null;
        }
        TreeItem<EditorRow> phase;
        int index;
        if (selected != null && selected.getValue() instanceof TaskRow) {
            phase = selected.getParent();
            index = PlanDocument.taskIndex(selected) + 1;
        } else if (selected != null) {
            phase = selected;
            index = 0;
        } else if (!session().document.root().getChildren().isEmpty()) {
            phase = session().document.root().getChildren().get(0);
            index = 0;
        } else {
            editor.say(Messages.get("editor.addPhaseFirst"));
            return null;
        }
        long phaseId = phase.getValue().id();
        List<TaskCommands.Add> adds = new ArrayList<>();
        for (Task task : clipboard.tasks()) {
            adds.add(new TaskCommands.Add(session(), Messages.get("edit.addTask"), phaseId, index + adds.size(), task));
        }
        Command command = new CompoundCommand(session(), Messages.get("edit.paste", adds.size()), adds);
        return new Planned(command, () -> session().document.taskItem(adds.get(0).taskId()));
    }

    private Planned moveTask(TreeItem<EditorRow> row, TreeItem<EditorRow> toPhase, int toIndex, String name) {
        long taskId = row.getValue().id();
        Command move = TaskCommands.move(session(), name, taskId,
                new TaskCommands.Place(session().document.phaseIdOf(row), PlanDocument.taskIndex(row)),
                new TaskCommands.Place(toPhase.getValue().id(), toIndex));
        return new Planned(move, () -> session().document.taskItem(session().taskIds.current(taskId)));
    }

    private Planned reparent(TreeItem<EditorRow> row, Long toParent, int toIndex, String name) {
        long phaseId = row.getValue().id();
        Command move = PhaseCommands.reparent(session(), name, phaseId,
                new PhaseCommands.Place(session().document.parentIdOf(row), PlanDocument.phaseIndex(row)),
                new PhaseCommands.Place(toParent, toIndex));
        return new Planned(move, () -> session().document.phaseItem(session().phaseIds.current(phaseId)));
    }

    /** Phases in the order the tree shows them: each phase, then its sub-phases. */
    private List<TreeItem<EditorRow>> phasesInOrder() {
        List<TreeItem<EditorRow>> order = new ArrayList<>();
        for (TreeItem<EditorRow> top : session().document.root().getChildren()) {
            order.add(top);
            order.addAll(PlanDocument.phaseChildren(top));
        }
        return order;
    }

    /** The row's place in the whole tree, counting every row above it. */
    private int rowPosition(TreeItem<EditorRow> item) {
        int position = 0;
        TreeItem<EditorRow> at = item;
        while (at.getParent() != null) {
            TreeItem<EditorRow> parent = at.getParent();
            for (TreeItem<EditorRow> sibling : parent.getChildren()) {
                if (sibling == at) {
                    break;
                }
                position += 1 + descendants(sibling);
            }
            position += 1;
            at = parent;
        }
        return position;
    }

    private static int descendants(TreeItem<EditorRow> item) {
        int n = 0;
        for (TreeItem<EditorRow> child : item.getChildren()) {
            n += 1 + descendants(child);
        }
        return n;
    }

    /** The row to select once these are gone: the next one below, else the one above. */
    private static TreeItem<EditorRow> neighbourAfterDeleting(List<TreeItem<EditorRow>> ordered) {
        TreeItem<EditorRow> first = ordered.get(ordered.size() - 1);
        TreeItem<EditorRow> next = first.nextSibling();
        while (next != null && ordered.contains(next)) {
            next = next.nextSibling();
        }
        if (next != null) {
            return next;
        }
        TreeItem<EditorRow> previous = first.previousSibling();
        return previous != null ? previous : first.getParent().getValue() == null ? null : first.getParent();
    }

    private static boolean isAncestor(TreeItem<EditorRow> ancestor, TreeItem<EditorRow> item) {
        for (TreeItem<EditorRow> at = item.getParent(); at != null; at = at.getParent()) {
            if (at == ancestor) {
                return true;
            }
        }
        return false;
    }
}

package vn.plandesk.gui.editor;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.function.Consumer;
import java.util.function.Function;
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
 *
 * <p>Several selected rows of one kind in one phase indent, outdent and move as a block: one edit,
 * stored in one transaction and undone in one step.
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

    /** As {@link #run}, for an edit of the selected rows as a block (see {@link #block}); none when they are no block. */
    private void runOnBlock(List<TreeItem<EditorRow>> rows, Function<List<TreeItem<EditorRow>>, Planned> plan,
                            Consumer<TreeItem<EditorRow>> select) {
        run(() -> {
            List<TreeItem<EditorRow>> block = block(rows);
            return block == null ? null : plan.apply(block);
        }, select);
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
        // with nothing selected, at the end of the last phase
        TaskCommands.Place place = newTaskPlace(selected, phases -> {
            TreeItem<EditorRow> last = phases.get(phases.size() - 1);
            return new TaskCommands.Place(last.getValue().id(), PlanDocument.taskCountOf(last));
        });
        if (place == null) {
            return null;
        }
        TaskCommands.Add add = new TaskCommands.Add(session(), Messages.get("edit.addTask"), place.phaseId(), place.index(),
                Task.of(Messages.get("editor.newTask"), TimeExpression.none()));
        return new Planned(add, () -> session().document.taskItem(add.taskId()));
    }

    /**
     * Where new tasks go: below the selected task, or first in the selected phase; with nothing
     * selected, where {@code unselected} puts them among the top-level phases. Null, the user told,
     * when the plan has no phase yet.
     */
    private TaskCommands.Place newTaskPlace(TreeItem<EditorRow> selected,
                                            Function<List<TreeItem<EditorRow>>, TaskCommands.Place> unselected) {
        if (selected != null && selected.getValue() instanceof TaskRow) {
            return new TaskCommands.Place(selected.getParent().getValue().id(), PlanDocument.taskIndex(selected) + 1);
        }
        if (selected != null) {
            return new TaskCommands.Place(selected.getValue().id(), 0);
        }
        List<TreeItem<EditorRow>> phases = session().document.root().getChildren();
        if (phases.isEmpty()) {
            editor.say(Messages.get("editor.addPhaseFirst"));
            return null;
        }
        return unselected.apply(phases);
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
        return new Planned(asOne(Messages.get("edit.deleteRows", parts.size()), parts), () -> next);
    }

    /** Tab: see the class comment; several rows of one phase indent together, in their order, as one edit. */
    public void indent(List<TreeItem<EditorRow>> rows, Consumer<TreeItem<EditorRow>> select) {
        runOnBlock(rows, this::planIndent, select);
    }

    private Planned planIndent(List<TreeItem<EditorRow>> block) {
        TreeItem<EditorRow> first = block.get(0);
        if (first.getValue() instanceof PhaseRow phase) {
            int index = PlanDocument.phaseIndex(first);
            if (phase.sub() || index == 0) {
                editor.say(Messages.get(phase.sub() ? "editor.indent.phaseTooDeep" : "editor.indent.noPhaseAbove"));
                return null;
            }
            if (block.stream().anyMatch(row -> !PlanDocument.phaseChildren(row).isEmpty())) {
                editor.say(Messages.get("editor.indent.hasSubPhases"));
                return null;
            }
            TreeItem<EditorRow> above = PlanDocument.phaseChildren(first.getParent()).get(index - 1);
            int at = PlanDocument.phaseChildren(above).size();
            return reparent(block, above.getValue().id(), at, Messages.get("edit.indent"));
        }
        TreeItem<EditorRow> phase = first.getParent();
        List<TreeItem<EditorRow>> subs = PlanDocument.phaseChildren(phase);
        if (((PhaseRow) phase.getValue()).sub() || subs.isEmpty()) {
            editor.say(Messages.get("editor.indent.taskNoSubPhase"));
            return null;
        }
        return moveTasks(block, subs.get(0), 0, Messages.get("edit.indent"));
    }


    /** Shift+Tab: see the class comment; several rows of one phase outdent together, in their order, as one edit. */
    public void outdent(List<TreeItem<EditorRow>> rows, Consumer<TreeItem<EditorRow>> select) {
        runOnBlock(rows, this::planOutdent, select);
    }

    private Planned planOutdent(List<TreeItem<EditorRow>> block) {
        TreeItem<EditorRow> first = block.get(0);
        if (first.getValue() instanceof PhaseRow phase) {
            if (!phase.sub()) {
                editor.say(Messages.get("editor.outdent.topLevel"));
                return null;
            }
            TreeItem<EditorRow> parent = first.getParent();
            return reparent(block, null, PlanDocument.phaseIndex(parent) + 1, Messages.get("edit.outdent"));
        }
        TreeItem<EditorRow> phase = first.getParent();
        if (!((PhaseRow) phase.getValue()).sub()) {
            editor.say(Messages.get("editor.outdent.taskTopLevel"));
            return null;
        }
        TreeItem<EditorRow> parent = phase.getParent();
        return moveTasks(block, parent, PlanDocument.taskCountOf(parent), Messages.get("edit.outdent"));
    }


    /**
     * Alt+Up / Alt+Down. A task at the edge of its phase goes on into the phase above or below;
     * rows next to each other in one phase move together, as one edit.
     */
    public void move(List<TreeItem<EditorRow>> rows, boolean up, Consumer<TreeItem<EditorRow>> select) {
        runOnBlock(rows, block -> planMove(block, up), select);
    }

    private Planned planMove(List<TreeItem<EditorRow>> block, boolean up) {
        String name = Messages.get(up ? "edit.moveUp" : "edit.moveDown");
        TreeItem<EditorRow> first = block.get(0);
        TreeItem<EditorRow> last = block.get(block.size() - 1);
        List<TreeItem<EditorRow>> siblings = first.getValue() instanceof PhaseRow
                ? PlanDocument.phaseChildren(first.getParent()) : first.getParent().getChildren().subList(0, PlanDocument.taskCountOf(first.getParent()));
        int top = siblings.indexOf(first);
        int bottom = siblings.indexOf(last);
        if (bottom - top + 1 != block.size()) {
            editor.say(Messages.get("editor.block.notTogether"));
            return null;
        }
        int neighbour = up ? top - 1 : bottom + 1;
        if (neighbour >= 0 && neighbour < siblings.size()) {
            // The block moves one row by the row beside it moving to its other side.
            TreeItem<EditorRow> passed = siblings.get(neighbour);
            int to = up ? bottom : top;
            Planned swap = first.getValue() instanceof PhaseRow
                    ? reparent(List.of(passed), session().document.parentIdOf(passed), to, name)
                    : moveTasks(List.of(passed), passed.getParent(), to, name);
            return new Planned(swap.command(), selectAgain(first));
        }
        if (first.getValue() instanceof PhaseRow) {
            return null;
        }
        List<TreeItem<EditorRow>> order = phasesInOrder();
        int at = order.indexOf(first.getParent()) + (up ? -1 : 1);
        if (at < 0 || at >= order.size()) {
            return null;
        }
        TreeItem<EditorRow> target = order.get(at);
        return moveTasks(block, target, up ? PlanDocument.taskCountOf(target) : 0, name);
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
                return moveTasks(List.of(dragged), target.getParent(), PlanDocument.taskIndex(target), name);
            }
            return moveTasks(List.of(dragged), target, 0, name);
        }
        if (target.getValue() instanceof PhaseRow && target.getParent() == dragged.getParent()) {
            return reparent(List.of(dragged), session().document.parentIdOf(dragged), PlanDocument.phaseIndex(target), name);
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
        // with nothing selected, first in the first phase
        TaskCommands.Place place = newTaskPlace(selected, phases -> new TaskCommands.Place(phases.get(0).getValue().id(), 0));
        if (place == null) {
            return null;
        }
        List<TaskCommands.Add> adds = new ArrayList<>();
        for (Task task : clipboard.tasks()) {
            adds.add(new TaskCommands.Add(session(), Messages.get("edit.addTask"), place.phaseId(), place.index() + adds.size(), task));
        }
        Command command = new CompoundCommand(session(), Messages.get("edit.paste", adds.size()), adds);
        return new Planned(command, () -> session().document.taskItem(adds.get(0).taskId()));
    }

    /**
     * Moves the tasks to one place, the bottom one first: they arrive there in their order, and the
     * undo (top one first) finds each one's old place as it was.
     */
    private Planned moveTasks(List<TreeItem<EditorRow>> rows, TreeItem<EditorRow> toPhase, int toIndex, String name) {
        List<Command> parts = new ArrayList<>();
        for (int i = rows.size() - 1; i >= 0; i--) {
            TreeItem<EditorRow> row = rows.get(i);
            parts.add(TaskCommands.move(session(), name, row.getValue().id(),
                    new TaskCommands.Place(session().document.phaseIdOf(row), PlanDocument.taskIndex(row)),
                    new TaskCommands.Place(toPhase.getValue().id(), toIndex)));
        }
        return new Planned(asOne(name, parts), selectAgain(rows.get(0)));
    }

    /** As {@link #moveTasks}, for phases going under another phase ({@code toParent}) or to the top level (null). */
    private Planned reparent(List<TreeItem<EditorRow>> rows, Long toParent, int toIndex, String name) {
        List<Command> parts = new ArrayList<>();
        for (int i = rows.size() - 1; i >= 0; i--) {
            TreeItem<EditorRow> row = rows.get(i);
            parts.add(PhaseCommands.reparent(session(), name, row.getValue().id(),
                    new PhaseCommands.Place(session().document.parentIdOf(row), PlanDocument.phaseIndex(row)),
                    new PhaseCommands.Place(toParent, toIndex)));
        }
        return new Planned(asOne(name, parts), selectAgain(rows.get(0)));
    }

    /** One edit: a single command as it is, several as one batch. */
    private Command asOne(String name, List<Command> parts) {
        return parts.size() == 1 ? parts.get(0) : new CompoundCommand(session(), name, parts);
    }

    /** The row of the same phase or task once the edit is stored (a re-inserted one has a new id). */
    private Supplier<TreeItem<EditorRow>> selectAgain(TreeItem<EditorRow> row) {
        long id = row.getValue().id();
        return row.getValue() instanceof PhaseRow
                ? () -> session().document.phaseItem(session().phaseIds.current(id))
                : () -> session().document.taskItem(session().taskIds.current(id));
    }

    /**
     * The rows in the order the tree shows them when they are of one kind (phases or tasks) in one
     * phase; otherwise the status line says why and there is no block (null).
     */
    private List<TreeItem<EditorRow>> block(List<TreeItem<EditorRow>> rows) {
        List<TreeItem<EditorRow>> kept = rows.stream().filter(r -> r != null && r.getValue() != null).distinct().toList();
        if (kept.isEmpty()) {
            return null;
        }
        TreeItem<EditorRow> first = kept.get(0);
        boolean together = kept.stream().allMatch(r -> r.getParent() == first.getParent()
                && r.getValue() instanceof PhaseRow == first.getValue() instanceof PhaseRow);
        if (!together) {
            editor.say(Messages.get("editor.block.notTogether"));
            return null;
        }
        List<TreeItem<EditorRow>> ordered = new ArrayList<>(kept);
        ordered.sort(Comparator.comparingInt(r -> first.getParent().getChildren().indexOf(r)));
        return ordered;
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

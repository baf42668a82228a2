package vn.plandesk.gui.editor;

import vn.plandesk.gui.undo.BeforeAfterCommand;
import vn.plandesk.gui.undo.Command;
import vn.plandesk.logic.store.PlanStore;
import vn.plandesk.logic.store.StoreException;
import vn.plandesk.model.Task;

/** The edits of tasks as undoable commands, each one store write with the version check. */
final class TaskCommands {
    private TaskCommands() {
    }

    /** Changes a task's fields (content, deadline, units, progress ...). */
    static Command edit(PlanSession session, String name, Task before, Task after) {
        long taskId = before.id();
        return new BeforeAfterCommand<>(name, before, after, (from, to) -> {
            Task current = session.currentTask(taskId);
            PlanSession.expectSame(from, current);
            Task stored = to.withId(current.id());
            session.stored(session.store().updateTask(session.planId(), session.version(), stored));
            session.show(tree -> tree.replaceTask(stored));
        });
    }

    /** Inserts a task in a phase; undo deletes it again. */
    static final class Add implements Command {
        private final PlanSession session;
        private final String name;
        private final long phaseId;
        private final int index;
        private final Task task;
        private Long addedId;

        Add(PlanSession session, String name, long phaseId, int index, Task task) {
            this.session = session;
            this.name = name;
            this.phaseId = phaseId;
            this.index = index;
            this.task = task.withId(null);
        }

        @Override
        public String name() {
            return name;
        }

        /** The id the task has now (after a redo it is a new one). */
        long taskId() {
            return session.taskIds.current(addedId);
        }

        @Override
        public void execute() throws StoreException {
            long phase = session.phaseIds.current(phaseId);
            PlanStore.Edit<Task> edit = session.store().addTask(session.planId(), session.version(), phase, index, task);
            session.stored(edit.version());
            if (addedId != null) {
                session.taskIds.moved(session.taskIds.current(addedId), edit.value().id());
            } else {
                addedId = edit.value().id();
            }
            session.show(tree -> tree.insertTask(phase, index, edit.value()));
        }

        @Override
        public void undo() throws StoreException {
            long id = taskId();
            session.stored(session.store().deleteTask(session.planId(), session.version(), id));
            session.show(tree -> tree.removeTask(id));
        }
    }

    /** Deletes a task; undo puts it back where it was, with everything it had. */
    static final class Delete implements Command {
        private final PlanSession session;
        private final String name;
        private final long taskId;
        private final long phaseId;
        private final int index;
        private final Task task;

        Delete(PlanSession session, String name, Task task, long phaseId, int index) {
            this.session = session;
            this.name = name;
            this.taskId = task.id();
            this.phaseId = phaseId;
            this.index = index;
            this.task = task;
        }

        @Override
        public String name() {
            return name;
        }

        @Override
        public void execute() throws StoreException {
            long id = session.currentTask(taskId).id();
            session.stored(session.store().deleteTask(session.planId(), session.version(), id));
            session.show(tree -> tree.removeTask(id));
        }

        @Override
        public void undo() throws StoreException {
            long phase = session.phaseIds.current(phaseId);
            PlanStore.Edit<Task> edit = session.store().addTask(session.planId(), session.version(), phase, index, task.withId(null));
            session.stored(edit.version());
            session.taskIds.moved(session.taskIds.current(taskId), edit.value().id());
            session.show(tree -> tree.insertTask(phase, index, edit.value()));
        }
    }

    /** Where a task is: its phase (as first seen) and its index there. */
    record Place(long phaseId, int index) {
    }

    /** Moves a task within its phase or into another phase of the plan. */
    static Command move(PlanSession session, String name, long taskId, Place from, Place to) {
        return new BeforeAfterCommand<>(name, from, to, (was, place) -> {
            long id = session.currentTask(taskId).id();
            long phase = session.phaseIds.current(place.phaseId());
            session.stored(session.store().moveTask(session.planId(), session.version(), id, phase, place.index()));
            session.show(tree -> tree.moveTask(id, phase, place.index()));
        });
    }
}

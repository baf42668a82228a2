package vn.plandesk.gui.editor;

import vn.plandesk.model.Phase;
import vn.plandesk.model.Task;

/**
 * One row of the plan tree: a phase (its own fields; its tasks and sub-phases are the row's
 * children) or a task. Rows are values: an edit replaces the row, which redraws it.
 */
public sealed interface EditorRow permits EditorRow.PhaseRow, EditorRow.TaskRow {

    /** The store id of the phase or task. */
    long id();

    /** A phase; {@code sub} when it sits under another phase. Its tasks and sub-phases are not kept here. */
    record PhaseRow(Phase phase, boolean sub) implements EditorRow {
        @Override
        public long id() {
            return phase.id();
        }
    }

    record TaskRow(Task task) implements EditorRow {
        @Override
        public long id() {
            return task.id();
        }
    }
}

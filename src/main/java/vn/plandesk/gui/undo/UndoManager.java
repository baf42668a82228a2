package vn.plandesk.gui.undo;

import java.util.ArrayDeque;
import java.util.Deque;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import vn.plandesk.logic.store.StoreException;

/**
 * The one place edits run: it executes a command, keeps it for undo, and drops the redo history
 * when a new edit is made. A command that fails stays where it was, so nothing is lost from the
 * history by a refused write. Keeps at least {@link #DEFAULT_LIMIT} steps; the oldest go first.
 */
public final class UndoManager {
    public static final int DEFAULT_LIMIT = 200;

    private final int limit;
    private final Deque<Command> undoStack = new ArrayDeque<>();
    private final Deque<Command> redoStack = new ArrayDeque<>();
    private final ReadOnlyBooleanWrapper canUndo = new ReadOnlyBooleanWrapper(this, "canUndo");
    private final ReadOnlyBooleanWrapper canRedo = new ReadOnlyBooleanWrapper(this, "canRedo");
    private final ReadOnlyStringWrapper undoName = new ReadOnlyStringWrapper(this, "undoName");
    private final ReadOnlyStringWrapper redoName = new ReadOnlyStringWrapper(this, "redoName");

    public UndoManager() {
        this(DEFAULT_LIMIT);
    }

    public UndoManager(int limit) {
        if (limit < 1) {
            throw new IllegalArgumentException("an undo history keeps at least one step");
        }
        this.limit = limit;
    }

    /** Does the edit; once it has been stored it can be undone. */
    public void run(Command command) throws StoreException {
        command.execute();
        record(command);
    }

    /** Keeps an edit that was done elsewhere (in the background) for undo. */
    public void record(Command command) {
        undoStack.push(command);
        if (undoStack.size() > limit) {
            undoStack.removeLast();
        }
        redoStack.clear();
        update();
    }

    /** Takes back the last edit; returns its name, or null when there was nothing to undo. */
    public String undo() throws StoreException {
        Command command = nextUndo();
        if (command == null) {
            return null;
        }
        command.undo();
        undone();
        return command.name();
    }

    /** Does the last undone edit again; returns its name, or null when there was nothing to redo. */
    public String redo() throws StoreException {
        Command command = nextRedo();
        if (command == null) {
            return null;
        }
        command.redo();
        redone();
        return command.name();
    }

    /** The edit Undo would take back, or null; once taken back elsewhere, tell {@link #undone()}. */
    public Command nextUndo() {
        return undoStack.peek();
    }

    public Command nextRedo() {
        return redoStack.peek();
    }

    /** The edit of {@link #nextUndo()} has been taken back: it moves to the redo history. */
    public void undone() {
        redoStack.push(undoStack.pop());
        update();
    }

    /** The edit of {@link #nextRedo()} has been done again: it moves back to the undo history. */
    public void redone() {
        undoStack.push(redoStack.pop());
        update();
    }

    /** Forgets every step (another plan was opened, or the plan was read again from the store). */
    public void clear() {
        undoStack.clear();
        redoStack.clear();
        update();
    }

    public int undoSteps() {
        return undoStack.size();
    }

    public int redoSteps() {
        return redoStack.size();
    }

    public ReadOnlyBooleanProperty canUndoProperty() {
        return canUndo.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty canRedoProperty() {
        return canRedo.getReadOnlyProperty();
    }

    /** The name of the edit Undo would take back ("sửa thời hạn"), or null. */
    public ReadOnlyStringProperty undoNameProperty() {
        return undoName.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty redoNameProperty() {
        return redoName.getReadOnlyProperty();
    }

    private void update() {
        canUndo.set(!undoStack.isEmpty());
        canRedo.set(!redoStack.isEmpty());
        undoName.set(undoStack.isEmpty() ? null : undoStack.peek().name());
        redoName.set(redoStack.isEmpty() ? null : redoStack.peek().name());
    }
}

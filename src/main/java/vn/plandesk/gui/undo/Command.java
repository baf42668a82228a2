package vn.plandesk.gui.undo;

import vn.plandesk.logic.store.StoreException;

/**
 * One edit a user can undo: it knows how to do itself and how to take itself back, each a store
 * write with the version check. {@link #name()} is what the Edit menu shows after "Hoàn tác:".
 */
public interface Command {

    /** A short lower-case description in the user's language: "sửa thời hạn". */
    String name();

    void execute() throws StoreException;

    void undo() throws StoreException;

    /** Doing it again after an undo; most commands simply execute once more. */
    default void redo() throws StoreException {
        execute();
    }
}

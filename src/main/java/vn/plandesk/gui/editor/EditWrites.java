package vn.plandesk.gui.editor;

import java.util.function.Consumer;
import java.util.function.Supplier;
import vn.plandesk.gui.DialogService;
import vn.plandesk.gui.background.BackgroundTask;
import vn.plandesk.gui.background.TaskExecutor;
import vn.plandesk.gui.undo.Command;
import vn.plandesk.gui.undo.UndoManager;
import vn.plandesk.logic.i18n.Messages;
import vn.plandesk.logic.store.StoreException;

/**
 * The edits of the open plan on their way to the store, one user action after another in the order
 * they were made: each command is built in its turn on the JavaFX thread from the plan as the edits
 * before left it, written on the background executor, then kept for undo; undo and redo steps go the
 * same way. A write refused because the plan changed elsewhere offers to read the plan again and makes
 * the same change on the fresh plan, so nothing typed is lost; one refused because the office server is
 * out of reach offers to try again at once.
 */
final class EditWrites {

    /** What the writes need of the editor they belong to. */
    interface Editor {
        /** The open plan, or null. */
        PlanSession session();

        /** The open plan's undo history. */
        UndoManager history();

        /** A write or an undo step is stored and shown. */
        void stored();

        /** A short note in the status line. */
        void say(String text);

        /** Reads the open plan again from the store and shows it; {@code then} is told whether it was shown. */
        void readAgain(Consumer<Boolean> then);
    }

    private final Editor editor;
    private final Turns turns;
    private final TaskExecutor executor;
    private final DialogService dialogs;

    EditWrites(Editor editor, Turns turns, TaskExecutor executor, DialogService dialogs) {
        this.editor = editor;
        this.turns = turns;
        this.executor = executor;
        this.dialogs = dialogs;
    }

    /**
     * Runs the command the action builds (null: nothing to do) in its turn: built on the JavaFX
     * thread from the plan as the edits before left it, stored in the background, then {@code stored}
     * is told whether it was. On a stale plan the user is asked to read it again; then the same
     * action runs on the fresh plan, so the typed words are kept. {@code typed} (may be null) is what
     * a dialog shows to copy when the edit is not stored.
     */
    void perform(String typed, Supplier<Command> action, Consumer<Boolean> stored) {
        turns.take(() -> {
            Command command = editor.session() == null ? null : action.get();
            if (command == null) {
                stored.accept(false);
                return;
            }
            Runnable release = turns.hold();
            write(command, done -> {
                stored.accept(true);
                release.run();
            }, e -> failed(e, typed, action, done -> {
                stored.accept(done);
                release.run();
            }));
        });
    }

    /** Undoes ({@code back}) or redoes the next step of the history, in its turn. */
    void step(boolean back) {
        turns.take(() -> step(back, false));
    }

    /** On a failure the plan is read again (it changed elsewhere) and the step tried once more. */
    private void step(boolean back, boolean again) {
        UndoManager undo = editor.history();
        Command command = back ? undo.nextUndo() : undo.nextRedo();
        if (command == null || editor.session() == null) {
            return;
        }
        Runnable release = turns.hold();
        executor.execute(BackgroundTask.wrap(() -> {
            if (back) {
                command.undo();
            } else {
                command.redo();
            }
            return command.name();
        }).onSuccess(name -> {
            if (back) {
                undo.undone();
            } else {
                undo.redone();
            }
            editor.stored();
            editor.say(Messages.get(back ? "editor.undone" : "editor.redone", name));
            release.run();
        }).onFailure(e -> {
            if (isUnreachable(e)) {
                stepFailed(back, e);
                release.run();
                return;
            }
            editor.readAgain(shown -> {
                if (again) {
                    stepFailed(back, e);
                } else {
                    step(back, true);
                }
                release.run();
            });
        }));
    }

    private void stepFailed(boolean back, Throwable e) {
        dialogs.showError(Messages.get(back ? "editor.undoFailed" : "editor.redoFailed"), PlanEditorViewModel.messageOf(e));
    }

    private void write(Command command, Consumer<Boolean> stored, Consumer<Throwable> failed) {
        UndoManager undo = editor.history();
        executor.execute(BackgroundTask.wrap(() -> {
            command.execute();
            return command;
        }).onSuccess(done -> {
            undo.record(done);
            editor.stored();
            stored.accept(true);
        }).onFailure(failed));
    }

    private void failed(Throwable e, String typed, Supplier<Command> action, Consumer<Boolean> then) {
        String details = typed == null || typed.isBlank() ? null : typed;
        if (isUnreachable(e)) {
            offline(e, details, typed, action, then);
            return;
        }
        if (!(e instanceof StoreException stale) || stale.reason() != StoreException.Reason.STALE) {
            dialogs.showError(Messages.get("editor.saveFailed"), PlanEditorViewModel.messageOf(e));
            then.accept(false);
            return;
        }
        boolean again = dialogs.confirm(Messages.get("editor.stale.title"), null, Messages.get("editor.stale.message", e.getMessage()),
                details, Messages.get("editor.stale.reload"), Messages.get("editor.stale.later"));
        if (!again) {
            editor.say(Messages.get("editor.stale.notStored"));
            then.accept(false);
            return;
        }
        editor.readAgain(shown -> {
            Command retry = action.get();
            if (retry == null) {
                then.accept(false);
                return;
            }
            write(retry, then, second -> {
                dialogs.showError(Messages.get("editor.saveFailed"), PlanEditorViewModel.messageOf(second));
                then.accept(false);
            });
        });
    }

    /**
     * The office server is out of reach: the edit is not stored and not kept for later (a queued edit
     * would be built on ids and a version the server may no longer have, and be lost with the window).
     * The user is told at once, sees what she typed, and may try again now; otherwise the status line
     * keeps the typed words.
     */
    private void offline(Throwable e, String details, String typed, Supplier<Command> action, Consumer<Boolean> then) {
        boolean again = dialogs.confirm(Messages.get("editor.saveFailed"), null, Messages.get("editor.offline.message", e.getMessage()),
                details, Messages.get("editor.offline.retry"), Messages.get("editor.stale.later"));
        Command retry = again && editor.session() != null ? action.get() : null;
        if (retry == null) {
            editor.say(details == null ? Messages.get("editor.offline.notStoredEdit") : Messages.get("editor.offline.notStored", details));
            then.accept(false);
            return;
        }
        write(retry, then, second -> failed(second, typed, action, then));
    }

    private static boolean isUnreachable(Throwable e) {
        return e instanceof StoreException store && store.reason() == StoreException.Reason.UNREACHABLE;
    }
}

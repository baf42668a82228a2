package vn.plandesk.gui.undo;

import java.util.ArrayList;
import java.util.List;
import vn.plandesk.logic.store.StoreException;

/**
 * Several commands that undo as one (pasting five tasks, deleting a selection). If one part fails,
 * the parts already done are taken back, so the plan is as before and nothing half-done stays.
 */
public final class CompoundCommand implements Command {
    private final String name;
    private final List<Command> parts;

    public CompoundCommand(String name, List<? extends Command> parts) {
        this.name = name;
        this.parts = List.copyOf(parts);
    }

    @Override
    public String name() {
        return name;
    }

    public List<Command> parts() {
        return parts;
    }

    @Override
    public void execute() throws StoreException {
        runAll(false);
    }

    @Override
    public void redo() throws StoreException {
        runAll(true);
    }

    private void runAll(boolean again) throws StoreException {
        List<Command> done = new ArrayList<>();
        try {
            for (Command part : parts) {
                if (again) {
                    part.redo();
                } else {
                    part.execute();
                }
                done.add(part);
            }
        } catch (StoreException e) {
            takeBack(done);
            throw e;
        }
    }

    @Override
    public void undo() throws StoreException {
        List<Command> undone = new ArrayList<>();
        try {
            for (int i = parts.size() - 1; i >= 0; i--) {
                parts.get(i).undo();
                undone.add(0, parts.get(i));
            }
        } catch (StoreException e) {
            for (Command part : undone) {
                redoQuietly(part);
            }
            throw e;
        }
    }

    private static void takeBack(List<Command> done) {
        for (int i = done.size() - 1; i >= 0; i--) {
            try {
                done.get(i).undo();
            } catch (StoreException ignored) {
                // The first failure is the one the user is told about; the view reloads the plan after it.
            }
        }
    }

    private static void redoQuietly(Command part) {
        try {
            part.redo();
        } catch (StoreException ignored) {
            // As above: the view reloads the plan after the reported failure.
        }
    }
}

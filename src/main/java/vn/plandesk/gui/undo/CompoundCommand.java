package vn.plandesk.gui.undo;

import java.util.List;
import vn.plandesk.logic.store.StoreException;

/**
 * Several commands that make one user action (pasting five tasks, deleting a selection): done, undone
 * and redone as one batch, so the store keeps all of their writes or none. Nothing is taken back by
 * hand: when a part fails, the batch is refused whole and the part's error is the one reported.
 */
public final class CompoundCommand implements Command {

    /** Where the parts are written: all of them together, or none when one throws. */
    @FunctionalInterface
    public interface Batches {
        void asOne(Writes writes) throws StoreException;
    }

    /** The writes of the parts, in the order they are made. */
    @FunctionalInterface
    public interface Writes {
        void run() throws StoreException;
    }

    private final Batches batches;
    private final String name;
    private final List<Command> parts;

    public CompoundCommand(Batches batches, String name, List<? extends Command> parts) {
        this.batches = batches;
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
        batches.asOne(() -> {
            for (Command part : parts) {
                part.execute();
            }
        });
    }

    @Override
    public void redo() throws StoreException {
        batches.asOne(() -> {
            for (Command part : parts) {
                part.redo();
            }
        });
    }

    /** The parts taken back last first, so each finds the plan as it left it. */
    @Override
    public void undo() throws StoreException {
        batches.asOne(() -> {
            for (int i = parts.size() - 1; i >= 0; i--) {
                parts.get(i).undo();
            }
        });
    }
}

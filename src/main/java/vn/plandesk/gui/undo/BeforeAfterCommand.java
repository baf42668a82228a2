package vn.plandesk.gui.undo;

import vn.plandesk.logic.store.StoreException;

/**
 * An edit that turns one value into another (a task's fields, a phase's place, the header): doing
 * it writes {@code after} where {@code before} was, undoing it writes {@code before} back. The write
 * checks that it finds what it expects, so an undo never overwrites a change made elsewhere.
 */
public final class BeforeAfterCommand<T> implements Command {

    /** Stores {@code to} where the store and the screen should still show {@code from}. */
    @FunctionalInterface
    public interface Write<T> {
        void replace(T from, T to) throws StoreException;
    }

    private final String name;
    private final T before;
    private final T after;
    private final Write<T> write;

    public BeforeAfterCommand(String name, T before, T after, Write<T> write) {
        this.name = name;
        this.before = before;
        this.after = after;
        this.write = write;
    }

    @Override
    public String name() {
        return name;
    }

    @Override
    public void execute() throws StoreException {
        write.replace(before, after);
    }

    @Override
    public void undo() throws StoreException {
        write.replace(after, before);
    }
}

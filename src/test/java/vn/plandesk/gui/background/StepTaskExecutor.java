package vn.plandesk.gui.background;

import java.util.ArrayDeque;
import java.util.Deque;

/**
 * Runs background work at once, or holds it while {@link #hold} so a test can look at the screen's
 * state before the work is done; counts every task started.
 */
public final class StepTaskExecutor implements TaskExecutor {
    private final ImmediateTaskExecutor immediate = new ImmediateTaskExecutor();
    private final Deque<BackgroundTask<?>> held = new ArrayDeque<>();
    public boolean hold;
    public int runs;

    @Override
    public <V> BackgroundTask<V> execute(BackgroundTask<V> task) {
        runs++;
        if (hold) {
            held.add(task);
            return task;
        }
        return immediate.execute(task);
    }

    /** Lets the oldest held work run to its end, handlers included. */
    public void runHeld() {
        immediate.execute(held.remove());
    }

    /** Lets the newest held work run to its end first, as a quicker later task would on a pool of threads. */
    public void runNewestHeld() {
        immediate.execute(held.removeLast());
    }

    @Override
    public void execute(javafx.concurrent.Task<?> task) {
        immediate.execute(task);
    }

    @Override
    public void onScreen(Runnable change) {
        change.run();
    }

    @Override
    public void shutdown() {
        // nothing runs in the background
    }
}

package vn.plandesk.gui.background;

/**
 * Runs each task at once on the calling thread, handlers included, so a view model is tested without a screen.
 * Adds up the time the tasks' work took (what the window runs in the background), so that a benchmark can
 * tell the JavaFX thread's share of an action from the rest.
 */
public final class ImmediateTaskExecutor implements TaskExecutor {
    private long workNanos;

    @Override
    public <V> BackgroundTask<V> execute(BackgroundTask<V> task) {
        V value;
        long start = System.nanoTime();
        try {
            value = task.call(new BackgroundTask.Progress() {
                @Override
                public void update(long done, long total) {
                    task.progressed(total <= 0 ? 0 : Math.min(1, (double) done / total));
                }

                @Override
                public boolean isCancelled() {
                    return task.isCancelled();
                }
            });
        } catch (Exception e) {
            workNanos += System.nanoTime() - start;
            task.failed(e);
            return task;
        }
        workNanos += System.nanoTime() - start;
        task.succeeded(value);
        return task;
    }

    /** The time spent in the tasks' work so far, handlers left out. */
    public long workNanos() {
        return workNanos;
    }

    @Override
    public void execute(javafx.concurrent.Task<?> task) {
        task.run();
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

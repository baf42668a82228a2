package vn.plandesk.gui.background;

/** Runs each task at once on the calling thread, handlers included, so a view model is tested without a screen. */
public final class ImmediateTaskExecutor implements TaskExecutor {

    @Override
    public <V> BackgroundTask<V> execute(BackgroundTask<V> task) {
        V value;
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
            task.failed(e);
            return task;
        }
        task.succeeded(value);
        return task;
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

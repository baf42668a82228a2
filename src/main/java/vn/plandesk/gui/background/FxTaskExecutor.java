package vn.plandesk.gui.background;

import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.AtomicReference;
import javafx.application.Platform;

/** The window's executor: a few daemon threads for the work, the JavaFX thread for the handlers. */
public final class FxTaskExecutor implements TaskExecutor {
    private final AtomicLong threads = new AtomicLong();
    private final ExecutorService workers = Executors.newCachedThreadPool(work -> {
        Thread thread = new Thread(work, "plandesk-background-" + threads.incrementAndGet());
        // work still running must not keep the application alive after its window closed
        thread.setDaemon(true);
        return thread;
    });

    @Override
    public <V> BackgroundTask<V> execute(BackgroundTask<V> task) {
        start(() -> run(task));
        return task;
    }

    @Override
    public void execute(javafx.concurrent.Task<?> task) {
        start(task);
    }

    private void start(Runnable work) {
        try {
            workers.execute(work);
        } catch (RejectedExecutionException e) {
            // The window has closed: work asked for by a handler that ran late (a list read again
            // after the last change) is dropped, as nothing is left to show it.
        }
    }

    private <V> void run(BackgroundTask<V> task) {
        BackgroundTask.Progress progress = new BackgroundTask.Progress() {
            @Override
            public void update(long done, long total) {
                double fraction = total <= 0 ? 0 : Math.min(1, (double) done / total);
                Platform.runLater(() -> task.progressed(fraction));
            }

            @Override
            public boolean isCancelled() {
                return task.isCancelled();
            }
        };
        try {
            V value = task.call(progress);
            Platform.runLater(() -> task.succeeded(value));
        } catch (Exception | Error e) {
            Platform.runLater(() -> task.failed(e));
        }
    }

    @Override
    public void onScreen(Runnable change) {
        if (Platform.isFxApplicationThread()) {
            change.run();
            return;
        }
        CountDownLatch made = new CountDownLatch(1);
        AtomicReference<RuntimeException> failure = new AtomicReference<>();
        Platform.runLater(() -> {
            try {
                change.run();
            } catch (RuntimeException e) {
                failure.set(e);
            } finally {
                made.countDown();
            }
        });
        try {
            made.await();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while the screen was being changed", e);
        }
        if (failure.get() != null) {
            throw failure.get();
        }
    }

    @Override
    public void shutdown() {
        workers.shutdown();
    }
}

package vn.plandesk.gui.background;

import java.util.concurrent.Callable;
import java.util.function.Consumer;

/**
 * Slow work for the window (the store, a file, a document) with what to do afterwards: the
 * handlers run on the JavaFX thread, the work never does. Build one, then hand it to a
 * {@link TaskExecutor}. A cancelled task calls none of its handlers.
 *
 * @param <V> what the work gives back
 */
public final class BackgroundTask<V> {

    /** The work itself, told where to report progress and whether it was cancelled. */
    @FunctionalInterface
    public interface Work<V> {
        V call(Progress progress) throws Exception;
    }

    /** What work reports while it runs. */
    public interface Progress {
        /** {@code done} of {@code total} steps; shown on the JavaFX thread. */
        void update(long done, long total);

        boolean isCancelled();
    }

    private final Work<V> work;
    private Consumer<? super V> onSuccess = value -> { };
    private Consumer<Throwable> onFailure = failure -> { };
    private Consumer<Double> onProgress = fraction -> { };
    private Runnable onFinished = () -> { };
    private volatile boolean cancelled;

    private BackgroundTask(Work<V> work) {
        this.work = work;
    }

    public static <V> BackgroundTask<V> wrap(Callable<V> work) {
        return new BackgroundTask<>(progress -> work.call());
    }

    public static <V> BackgroundTask<V> withProgress(Work<V> work) {
        return new BackgroundTask<>(work);
    }

    public BackgroundTask<V> onSuccess(Consumer<? super V> handler) {
        this.onSuccess = handler;
        return this;
    }

    public BackgroundTask<V> onFailure(Consumer<Throwable> handler) {
        this.onFailure = handler;
        return this;
    }

    /** Progress as a fraction from 0 to 1. */
    public BackgroundTask<V> onProgress(Consumer<Double> handler) {
        this.onProgress = handler;
        return this;
    }

    /** After success or failure, whichever came (not after a cancel): a busy indicator goes away. */
    public BackgroundTask<V> onFinished(Runnable handler) {
        this.onFinished = handler;
        return this;
    }

    /** Asks the work to stop; its handlers will not be called. */
    public void cancel() {
        cancelled = true;
    }

    public boolean isCancelled() {
        return cancelled;
    }

    // ---------------------------------------------------------------- for the executors

    V call(Progress progress) throws Exception {
        return work.call(progress);
    }

    void succeeded(V value) {
        if (!cancelled) {
            onFinished.run();
            onSuccess.accept(value);
        }
    }

    void failed(Throwable failure) {
        if (!cancelled) {
            onFinished.run();
            onFailure.accept(failure);
        }
    }

    void progressed(double fraction) {
        if (!cancelled) {
            onProgress.accept(fraction);
        }
    }
}

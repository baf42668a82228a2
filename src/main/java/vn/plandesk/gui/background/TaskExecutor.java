package vn.plandesk.gui.background;

/**
 * The one way the window runs slow work: every store, file and document call of a view model goes
 * through here, so that the JavaFX thread never waits. The window has one ({@link FxTaskExecutor});
 * tests use one that runs everything at once on the calling thread.
 */
public interface TaskExecutor {

    /** Starts the work; its handlers will run on the JavaFX thread. Returns the task, to cancel it. */
    <V> BackgroundTask<V> execute(BackgroundTask<V> task);

    /** Starts a JavaFX task (a dialog binds to its progress and message); its handlers run on the JavaFX thread. */
    void execute(javafx.concurrent.Task<?> task);

    /**
     * From inside a task's work: makes a change to what the screen shows on the JavaFX thread and
     * waits until it is made, so that the work can go on from the changed state.
     */
    void onScreen(Runnable change);

    /** Stops taking work; what runs may finish. Called when the window closes. */
    void shutdown();
}

package vn.plandesk.gui.importreview;

import java.util.concurrent.Callable;
import java.util.function.Consumer;
import javafx.concurrent.Task;

/** Runs work as a JavaFX {@link Task} on a daemon thread; the outcome arrives on the JavaFX thread. */
public final class FxBackground implements Background {

    @Override
    public <T> void run(Callable<T> work, Consumer<T> onSuccess, Consumer<Throwable> onFailure) {
        Task<T> task = new Task<>() {
            @Override
            protected T call() throws Exception {
                return work.call();
            }
        };
        task.setOnSucceeded(event -> onSuccess.accept(task.getValue()));
        task.setOnFailed(event -> onFailure.accept(task.getException()));
        Thread thread = new Thread(task, "plandesk-import");
        // a document still being read must not keep the application alive after its windows closed
        thread.setDaemon(true);
        thread.start();
    }
}

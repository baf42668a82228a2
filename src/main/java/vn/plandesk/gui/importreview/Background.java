package vn.plandesk.gui.importreview;

import java.util.concurrent.Callable;
import java.util.function.Consumer;

/**
 * Where slow work runs: reading a document must not freeze the window. The outcome is handed back
 * on the thread the window draws on.
 */
public interface Background {

    <T> void run(Callable<T> work, Consumer<T> onSuccess, Consumer<Throwable> onFailure);
}

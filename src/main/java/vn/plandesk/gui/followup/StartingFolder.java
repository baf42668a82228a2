package vn.plandesk.gui.followup;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.function.Consumer;
import vn.plandesk.gui.background.BackgroundTask;
import vn.plandesk.gui.background.TaskExecutor;

/**
 * Where a file chooser of the report and letters dialogs opens: the folder already chosen when it is
 * still one, else where the system likes. Whether it is one is asked of the file system on the window's
 * executor: a folder on a share that does not answer would otherwise hold the JavaFX thread.
 */
final class StartingFolder {
    private StartingFolder() {
    }

    /** Looks at {@code folder} (may be null) in the background, then calls {@code open} with it, or null when it is no folder. */
    static void lookAt(TaskExecutor executor, Path folder, Consumer<Path> open) {
        executor.execute(BackgroundTask.wrap(() -> folder != null && Files.isDirectory(folder) ? folder : null).onSuccess(open));
    }
}

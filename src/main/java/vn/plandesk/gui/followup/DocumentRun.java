package vn.plandesk.gui.followup;

import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.CancellationException;
import java.util.function.BooleanSupplier;
import java.util.function.Function;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyDoubleProperty;
import javafx.beans.property.ReadOnlyDoubleWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import vn.plandesk.gui.background.BackgroundTask;
import vn.plandesk.gui.background.TaskExecutor;
import vn.plandesk.logic.export.ExportProgress;
import vn.plandesk.logic.export.ExportResult;
import vn.plandesk.logic.files.FileWriteException;
import vn.plandesk.logic.i18n.Messages;
import vn.plandesk.logic.report.ReportRefusal;
import vn.plandesk.logic.store.StoreException;

/**
 * One document export started from the follow-up view (the report, the urging letters): the work on
 * the window's executor, its progress, a Stop, and one line saying how it ended. A refusal (nothing
 * to report, a file that cannot be written) is that line, never a stack trace.
 */
public final class DocumentRun {

    /** Writes the documents, telling {@code progress} and stopping once {@code cancelled} says so. */
    @FunctionalInterface
    interface Work {
        ExportResult call(ExportProgress progress, BooleanSupplier cancelled) throws Exception;
    }

    /** The work cannot be done as asked; the message is one sentence for the user. */
    static final class Refused extends Exception {
        Refused(String message) {
            super(message);
        }
    }

    private final TaskExecutor executor;
    private final FollowUpDialogs dialogs;
    private final ReadOnlyBooleanWrapper running = new ReadOnlyBooleanWrapper(this, "running");
    private final ReadOnlyDoubleWrapper progress = new ReadOnlyDoubleWrapper(this, "progress");
    private final ReadOnlyStringWrapper status = new ReadOnlyStringWrapper(this, "status", "");
    private final ReadOnlyObjectWrapper<List<Path>> written = new ReadOnlyObjectWrapper<>(this, "written", List.of());
    private BackgroundTask<ExportResult> task;

    DocumentRun(TaskExecutor executor, FollowUpDialogs dialogs) {
        this.executor = executor;
        this.dialogs = dialogs;
    }

    /** True from the start until the documents are written, refused or stopped. */
    public ReadOnlyBooleanProperty runningProperty() {
        return running.getReadOnlyProperty();
    }

    /** From 0 to 1. */
    public ReadOnlyDoubleProperty progressProperty() {
        return progress.getReadOnlyProperty();
    }

    /** What is happening or how it ended, in one line. */
    public ReadOnlyStringProperty statusProperty() {
        return status.getReadOnlyProperty();
    }

    /** The files the last run wrote; empty until one succeeds. */
    public ReadOnlyObjectProperty<List<Path>> writtenProperty() {
        return written.getReadOnlyProperty();
    }

    /** Says why nothing was started. */
    void refuse(String message) {
        status.set(message);
    }

    void start(String runningText, Work work, Function<ExportResult, String> doneText) {
        running.set(true);
        progress.set(0);
        written.set(List.of());
        status.set(runningText);
        task = executor.execute(BackgroundTask.<ExportResult>withProgress(
                        told -> work.call((done, total) -> told.update(done, total), told::isCancelled))
                .onProgress(progress::set)
                .onSuccess(result -> {
                    running.set(false);
                    progress.set(1);
                    written.set(result.files());
                    status.set(doneText.apply(result));
                })
                .onFailure(this::failed));
    }

    /** Stops the run under way; what it had made is not written. */
    public void stop() {
        if (running.get()) {
            task.cancel();
            running.set(false);
            status.set(Messages.get("followup.document.stopped"));
        }
    }

    private void failed(Throwable failure) {
        running.set(false);
        if (failure instanceof CancellationException) {
            status.set(Messages.get("followup.document.stopped"));
        } else if (failure instanceof Refused || failure instanceof ReportRefusal || failure instanceof FileWriteException
                || failure instanceof StoreException) {
            status.set(failure.getMessage());
        } else {
            String message = Messages.get("followup.document.failed", String.valueOf(failure.getMessage()));
            status.set(message);
            dialogs.showError(Messages.get("followup.document.failedTitle"), message);
        }
    }
}

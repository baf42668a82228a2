package vn.plandesk.gui.export;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.function.Supplier;
import java.util.prefs.Preferences;
import javafx.stage.Window;
import vn.plandesk.gui.DialogService;
import vn.plandesk.gui.background.BackgroundTask;
import vn.plandesk.gui.background.FailureMessage;
import vn.plandesk.gui.background.TaskExecutor;
import vn.plandesk.logic.calendar.WorkCalendar;
import vn.plandesk.logic.i18n.Messages;
import vn.plandesk.logic.store.CalendarStore;
import vn.plandesk.logic.store.PlanStore;
import vn.plandesk.model.Plan;

/**
 * File → Export in one call: loads the plan as last saved in the background, then opens the export
 * dialog over the window. The menu item of the main window calls
 * {@code PlanExport.start(stage, store.plans(), store.calendar(), planId, FxDialogService::new, () -> prefs, fileOpener, executor)}.
 */
public final class PlanExport {

    private PlanExport() {
    }

    /**
     * Opens the export dialog for plan {@code planId} once it has been read; a plan that cannot be
     * read is told over {@code owner} and no dialog opens. {@code dialogsOver}: the dialogs over a
     * window ({@code FxDialogService::new}). {@code preferences}: finds the node where the last folder and
     * format are kept, which is looked up and read with the plan, off the JavaFX thread (a node's first read
     * reads its file). {@code fileOpener}: opens a written file with the system's program for it.
     */
    public static void start(Window owner, PlanStore plans, CalendarStore calendars, long planId,
                             Function<Window, DialogService> dialogsOver, Supplier<Preferences> preferences, Consumer<Path> fileOpener,
                             TaskExecutor executor) {
        record Loaded(Plan plan, WorkCalendar calendar, Preferences preferences, LastExport last) {
        }
        executor.execute(BackgroundTask.wrap(() -> {
            Preferences node = preferences.get();
            return new Loaded(plans.load(planId), calendars.calendar(), node, LastExport.readFrom(node));
        }).onSuccess(loaded -> {
            ExportViewModel model = new ExportViewModel(loaded.plan(), loaded.calendar(), LocalDate.now(), loaded.last(),
                    loaded.preferences());
            new ExportDialog(model, dialogsOver, fileOpener, executor).show(owner);
        }).onFailure(e -> dialogsOver.apply(owner).showError(Messages.get("exportDialog.failedTitle"), FailureMessage.of(e))));
    }
}

package vn.plandesk.gui.export;

import java.nio.file.Path;
import vn.plandesk.gui.background.TaskExecutor;
import java.time.LocalDate;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.prefs.Preferences;
import javafx.stage.Window;
import vn.plandesk.gui.DialogService;
import vn.plandesk.logic.calendar.WorkCalendar;
import vn.plandesk.logic.i18n.Messages;
import vn.plandesk.logic.store.Store;
import vn.plandesk.logic.store.StoreException;
import vn.plandesk.model.Plan;

/**
 * File → Export in one call: loads the plan as last saved and opens the export dialog over the
 * window. The menu item of the main window calls
 * {@code PlanExport.start(stage, store, planId, dialogs, prefs, file -> hostServices.showDocument(file.toUri().toString()))}.
 */
public final class PlanExport {

    private PlanExport() {
    }

    /**
     * Opens the export dialog for plan {@code planId}; a plan that cannot be read is told through
     * {@code dialogs} and no dialog opens. {@code preferences}: where the last folder and format
     * are kept. {@code fileOpener}: opens a written file with the system's program for it.
     */
    public static Optional<ExportDialog> start(Window owner, Store store, long planId, DialogService dialogs,
                                               Preferences preferences, Consumer<Path> fileOpener, TaskExecutor executor) {
        return start(owner, store, planId, dialogs, preferences, fileOpener, new FxFileChoice(), executor);
    }

    static Optional<ExportDialog> start(Window owner, Store store, long planId, DialogService dialogs,
                                        Preferences preferences, Consumer<Path> fileOpener, FileChoice fileChoice,
                                        TaskExecutor executor) {
        Plan plan;
        WorkCalendar calendar;
        try {
            plan = store.plans().load(planId);
            calendar = store.calendar().calendar();
        } catch (StoreException e) {
            dialogs.showError(Messages.get("exportDialog.failedTitle"), e.getMessage());
            return Optional.empty();
        }
        ExportViewModel model = new ExportViewModel(plan, calendar, LocalDate.now(), preferences);
        ExportDialog dialog = new ExportDialog(model, dialogs, fileChoice, fileOpener, executor);
        dialog.show(owner);
        return Optional.of(dialog);
    }
}

package vn.plandesk.app;

import java.nio.file.Path;
import java.time.Clock;
import java.util.function.Consumer;
import java.util.function.Supplier;
import java.util.prefs.Preferences;
import javafx.stage.Stage;
import javafx.stage.WindowEvent;
import vn.plandesk.gui.DialogService;
import vn.plandesk.gui.StoreChanges;
import vn.plandesk.gui.background.FxTaskExecutor;
import vn.plandesk.gui.background.TaskExecutor;
import vn.plandesk.gui.editor.PlanEditorViewModel;
import vn.plandesk.gui.editor.TaskClipboard;
import vn.plandesk.gui.importreview.ImportReviewViewModel;
import vn.plandesk.gui.mainwindow.ConnectionStatusViewModel;
import vn.plandesk.gui.mainwindow.MainWindow;
import vn.plandesk.gui.planlist.PlanListViewModel;
import vn.plandesk.gui.settings.Settings;
import vn.plandesk.logic.store.Store;

/**
 * The main window put together on an open store: the plan list and editor on one
 * {@link StoreChanges}, the features beside them ({@link FeatureWiring}), shown on {@code stage}.
 * The application builds it with the real dialogs and the user's settings; tests with recording
 * ones and a throw-away preferences node.
 */
final class PlanDeskWindow {
    /** What differs between the running application and a test. */
    record Services(DialogService dialogs, Clock clock, Consumer<Path> fileOpener,
                    Supplier<Preferences> exportPreferences) {
    }

    private final MainWindow window;
    private final PlanEditorViewModel editor;
    private final FeatureWiring features;

    private PlanDeskWindow(MainWindow window, PlanEditorViewModel editor, FeatureWiring features) {
        this.window = window;
        this.editor = editor;
        this.features = features;
    }

    /**
     * Builds the window on {@code store} (a data folder's or the office server's), shows it on {@code stage} and
     * opens the plan that was open last time. What the features hold is released when the stage closes.
     */
    static PlanDeskWindow show(Store store, Stage stage, Settings settings, String version, Services services) {
        StoreChanges changes = new StoreChanges();
        TaskExecutor executor = new FxTaskExecutor();
        PlanListViewModel planList = new PlanListViewModel(store.plans(), store.units(), store.location(), services.dialogs(), changes,
                services.clock(), executor);
        PlanEditorViewModel editor = new PlanEditorViewModel(store.plans(), store.units(), changes, services.dialogs(),
                new TaskClipboard(), services.clock(), executor);
        MainWindow window = new MainWindow(planList, editor, settings, version, services.dialogs(), executor);
        window.show(stage);
        store.server().ifPresent(server -> window.followConnection(
                new ConnectionStatusViewModel(store.health(), server.host() + ":" + server.port(), services.clock(), executor)));
        FeatureWiring features = new FeatureWiring(store, stage, window, planList, editor, services.dialogs(), settings, changes,
                services.fileOpener(), services.exportPreferences(), executor);
        Runnable releaseFeatures = features.wire();
        stage.addEventHandler(WindowEvent.WINDOW_HIDDEN, e -> {
            releaseFeatures.run();
            executor.shutdown();
        });
        window.openLastPlan();
        return new PlanDeskWindow(window, editor, features);
    }

    /** Opens a document (a plan JSON, a Word or text file) in the import review over the window. */
    ImportReviewViewModel review(Path document) {
        return features.review(document);
    }

    MainWindow mainWindow() {
        return window;
    }

    PlanEditorViewModel editor() {
        return editor;
    }
}

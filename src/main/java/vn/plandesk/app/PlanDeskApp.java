package vn.plandesk.app;

import java.nio.file.Path;
import java.time.Clock;
import javafx.application.Application;
import javafx.application.Platform;
import javafx.stage.Stage;
import vn.plandesk.gui.FxDialogService;
import vn.plandesk.gui.StoreChanges;
import vn.plandesk.gui.WindowPlacement;
import vn.plandesk.gui.editor.FxPrompts;
import vn.plandesk.gui.editor.PlanEditorViewModel;
import vn.plandesk.gui.editor.TaskClipboard;
import vn.plandesk.gui.mainwindow.MainWindow;
import vn.plandesk.gui.planlist.PlanListViewModel;
import vn.plandesk.gui.settings.Settings;
import vn.plandesk.logic.i18n.Messages;
import vn.plandesk.logic.store.Store;
import vn.plandesk.logic.store.StoreException;

/**
 * The window application: opens the store, wires the views to it and to each other (one
 * {@link StoreChanges} for all), shows the main window with the plan that was open last time,
 * closes the store on exit.
 */
public final class PlanDeskApp extends Application {
    private static final double DEFAULT_WIDTH = 1400;
    private static final double DEFAULT_HEIGHT = 860;

    private Store store;

    @Override
    public void start(Stage stage) {
        // Launcher only starts the window with valid window options; started any other way, use the defaults.
        WindowOptions options = WindowOptions.parse(getParameters().getRaw())
                .orElseGet(WindowOptions::defaults);
        Settings settings = Settings.forUser();
        // --lang wins; without it the language chosen in Xem → Ngôn ngữ.
        boolean languageGiven = getParameters().getRaw().stream().anyMatch(a -> a.startsWith("--lang"));
        Messages.setLocale(languageGiven ? options.locale() : settings.language().orElse(options.locale()));
        Path dataFile = options.dataFile().orElseGet(Store::defaultLocation).toAbsolutePath();
        try {
            store = Store.open(dataFile);
        } catch (StoreException e) {
            new FxDialogService(null).showError(Messages.get("main.storeError.title"), e.getMessage());
            Platform.exit();
            return;
        }
        FxDialogService dialogs = new FxDialogService(stage);
        StoreChanges changes = new StoreChanges();
        Clock clock = Clock.systemDefaultZone();
        PlanListViewModel planList = new PlanListViewModel(store.plans(), store.units(), dataFile, dialogs, changes, clock);
        PlanEditorViewModel editor = new PlanEditorViewModel(store.plans(), store.units(), changes, dialogs, new FxPrompts(stage),
                new TaskClipboard(), clock);
        WindowPlacement placement = WindowPlacement.forUser();
        placement.restore(stage, DEFAULT_WIDTH, DEFAULT_HEIGHT);
        placement.rememberOnClose(stage);
        stage.addEventHandler(javafx.stage.WindowEvent.WINDOW_HIDING, e -> settings.flush());
        MainWindow window = new MainWindow(planList, editor, settings, version(), dialogs);
        window.show(stage);
        Runnable releaseFeatures = new FeatureWiring(store, stage, window, editor, dialogs, changes,
                file -> getHostServices().showDocument(file.toUri().toString())).wire();
        stage.addEventHandler(javafx.stage.WindowEvent.WINDOW_HIDDEN, e -> releaseFeatures.run());
        window.openLastPlan();
    }

    @Override
    public void stop() {
        if (store != null) {
            store.close();
        }
    }

    /** The version written in the jar's manifest; "dev" when run from the build folder. */
    private static String version() {
        String version = PlanDeskApp.class.getPackage().getImplementationVersion();
        return version == null ? "dev" : version;
    }
}

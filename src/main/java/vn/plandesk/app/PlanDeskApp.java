package vn.plandesk.app;

import java.nio.file.Path;
import javafx.application.Application;
import javafx.application.Platform;
import javafx.stage.Stage;
import vn.plandesk.gui.FxDialogService;
import vn.plandesk.gui.WindowPlacement;
import vn.plandesk.gui.mainwindow.MainWindow;
import vn.plandesk.gui.planlist.PlanListViewModel;
import vn.plandesk.logic.i18n.Messages;
import vn.plandesk.logic.store.Store;
import vn.plandesk.logic.store.StoreException;

/** The window application: opens the store, shows the main window, closes the store on exit. */
public final class PlanDeskApp extends Application {
    private static final double DEFAULT_WIDTH = 1200;
    private static final double DEFAULT_HEIGHT = 760;

    private Store store;

    @Override
    public void start(Stage stage) {
        // Launcher only starts the window with valid window options; started any other way, use the defaults.
        WindowOptions options = WindowOptions.parse(getParameters().getRaw())
                .orElseGet(WindowOptions::defaults);
        Messages.setLocale(options.locale());
        Path dataFile = options.dataFile().orElseGet(Store::defaultLocation).toAbsolutePath();
        try {
            store = Store.open(dataFile);
        } catch (StoreException e) {
            new FxDialogService(null).showError(Messages.get("main.storeError.title"), e.getMessage());
            Platform.exit();
            return;
        }
        FxDialogService dialogs = new FxDialogService(stage);
        PlanListViewModel planList = new PlanListViewModel(store.plans(), dataFile, dialogs);
        WindowPlacement placement = WindowPlacement.forUser();
        placement.restore(stage, DEFAULT_WIDTH, DEFAULT_HEIGHT);
        placement.rememberOnClose(stage);
        new MainWindow(planList, version(), dialogs).show(stage);
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

package vn.plandesk.app;

import java.nio.file.Path;
import java.time.Clock;
import java.util.prefs.Preferences;
import javafx.application.Application;
import javafx.application.Platform;
import javafx.stage.Stage;
import vn.plandesk.gui.FxDialogService;
import vn.plandesk.gui.WindowPlacement;
import vn.plandesk.gui.editor.FxPrompts;
import vn.plandesk.gui.settings.Settings;
import vn.plandesk.logic.i18n.Messages;
import vn.plandesk.logic.store.Store;
import vn.plandesk.logic.store.StoreException;

/**
 * The window application: chooses the language, opens the store, puts the window where it was and
 * shows it ({@link PlanDeskWindow}) with the plan that was open last time, closes the store on exit.
 */
public final class PlanDeskApp extends Application {
    private static final double DEFAULT_WIDTH = 1400;
    private static final double DEFAULT_HEIGHT = 860;

    private Store store;

    @Override
    public void start(Stage stage) {
        StartupTrace.mark("toolkit");
        // Launcher only starts the window with valid window options; started any other way, use the defaults.
        WindowOptions options = WindowOptions.parse(getParameters().getRaw())
                .orElseGet(WindowOptions::defaults);
        Settings settings = Settings.forUser();
        // --lang wins; without it the language chosen in Xem → Ngôn ngữ.
        boolean languageGiven = getParameters().getRaw().stream().anyMatch(a -> a.startsWith("--lang"));
        Messages.setLocale(languageGiven ? options.locale() : settings.language().orElse(options.locale()));
        Path dataFile = options.dataFile().orElseGet(Store::defaultLocation).toAbsolutePath();
        try {
            StartupTrace.mark("store-opening");
            store = Store.open(dataFile);
            StartupTrace.mark("store-open");
        } catch (StoreException e) {
            new FxDialogService(null).showError(Messages.get("main.storeError.title"), e.getMessage());
            Platform.exit();
            return;
        }
        FxDialogService dialogs = new FxDialogService(stage);
        WindowPlacement placement = WindowPlacement.forUser();
        placement.restore(stage, DEFAULT_WIDTH, DEFAULT_HEIGHT);
        placement.rememberOnClose(stage);
        PlanDeskWindow window = PlanDeskWindow.show(store, dataFile, stage, settings, version(), new PlanDeskWindow.Services(dialogs,
                new FxPrompts(stage), Clock.systemDefaultZone(), file -> getHostServices().showDocument(file.toUri().toString()),
                Preferences.userRoot().node("vn/plandesk/export")));
        // A document opened with PlanDesk from the file manager ("Mở bằng PlanDesk") goes to the import review.
        options.document().ifPresent(document -> window.review(document.toAbsolutePath()));
        StartupTrace.mark("shown");
        reportWhenSettled(window, settings);
    }

    /** For the start-up benchmark: the window is settled once the plan open last time is shown in it. */
    private static void reportWhenSettled(PlanDeskWindow window, Settings settings) {
        if (settings.lastPlan().isEmpty() || window.editor().planIdProperty().get() != null) {
            StartupTrace.contentReady();
            return;
        }
        window.editor().planIdProperty().addListener(new javafx.beans.value.ChangeListener<>() {
            @Override
            public void changed(javafx.beans.value.ObservableValue<? extends Long> observable, Long was, Long now) {
                if (now != null) {
                    observable.removeListener(this);
                    // the timeline beside the tree is filled on the next turn of the JavaFX thread
                    Platform.runLater(StartupTrace::contentReady);
                }
            }
        });
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

package vn.plandesk.app;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.concurrent.TimeoutException;
import java.util.prefs.BackingStoreException;
import java.util.prefs.Preferences;
import javafx.scene.Group;
import javafx.scene.Scene;
import javafx.stage.Stage;
import javafx.stage.Window;
import org.testfx.api.FxToolkit;
import org.testfx.util.WaitForAsyncUtils;
import vn.plandesk.gui.DialogService;
import vn.plandesk.gui.editor.EditorFixture;
import vn.plandesk.gui.settings.Settings;
import vn.plandesk.logic.i18n.Messages;
import vn.plandesk.logic.store.Store;
import vn.plandesk.logic.store.StoreException;

/**
 * The whole PlanDesk window as the application puts it together, on TestFX's shared stage, over a
 * store in a test folder; {@link #close()} takes it off the stage before the store closes.
 */
final class WindowOnTestStage {
    final Store store;
    final PlanDeskWindow window;
    private final Stage stage;
    private final Preferences prefs;

    private WindowOnTestStage(Store store, PlanDeskWindow window, Stage stage, Preferences prefs) {
        this.store = store;
        this.window = window;
        this.stage = stage;
        this.prefs = prefs;
    }

    /** Opens a store in {@code folder}, lets {@code fill} put plans in it, and shows the window over it. */
    static WindowOnTestStage show(Stage stage, Path folder, DialogService dialogs, StoreFilling fill) throws StoreException {
        Store store = Store.open(folder.resolve("plandesk"));
        fill.fill(store);
        return show(stage, store, dialogs);
    }

    /** Shows the window over an open store (an office server's, say); {@link #close()} closes it. */
    static WindowOnTestStage show(Stage stage, Store store, DialogService dialogs) {
        Messages.setLocale(Messages.VIETNAMESE);
        Preferences prefs = Preferences.userRoot().node("vn/plandesk-test/window-" + System.nanoTime());
        // within Monocle's headless screen
        stage.setWidth(1270);
        stage.setHeight(790);
        PlanDeskWindow window = PlanDeskWindow.show(store, stage, new Settings(prefs), "test",
                new PlanDeskWindow.Services(dialogs, EditorFixture.CLOCK, file -> { }, () -> prefs.node("export")));
        return new WindowOnTestStage(store, window, stage, prefs);
    }

    /** What a test puts in the store before the window opens. */
    @FunctionalInterface
    interface StoreFilling {
        void fill(Store store) throws StoreException;
    }

    /** Closes the window's dialogs, takes the window off the shared stage, then closes the store. */
    void close() throws TimeoutException {
        FxToolkit.setupFixture(() -> {
            new ArrayList<>(Window.getWindows()).stream().filter(w -> w != stage && w instanceof Stage).forEach(w -> ((Stage) w).close());
            stage.setScene(new Scene(new Group()));
        });
        WaitForAsyncUtils.waitForFxEvents();
        store.close();
        try {
            prefs.removeNode();
        } catch (BackingStoreException e) {
            // a test node left behind is harmless
        }
    }
}

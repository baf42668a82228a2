package vn.plandesk.gui.mainwindow;

import java.nio.file.Path;
import vn.plandesk.gui.background.ImmediateTaskExecutor;
import java.util.prefs.BackingStoreException;
import java.util.prefs.Preferences;
import javafx.stage.Stage;
import vn.plandesk.gui.RecordingDialogService;
import vn.plandesk.gui.StoreChanges;
import vn.plandesk.gui.editor.EditorFixture;
import vn.plandesk.gui.editor.PlanEditorViewModel;
import vn.plandesk.gui.editor.TaskClipboard;
import vn.plandesk.gui.planlist.PlanListViewModel;
import vn.plandesk.gui.settings.Settings;
import vn.plandesk.logic.store.Store;
import vn.plandesk.logic.store.StoreException;

/** The whole window on a store in a temporary folder, with settings in a throw-away preferences node. */
public final class WindowFixture implements AutoCloseable {
    public final Store store;
    public final Path dataFile;
    public final StoreChanges changes = new StoreChanges();
    public final RecordingDialogService dialogs = new RecordingDialogService();
    public final Preferences prefs = Preferences.userRoot().node("vn/plandesk-test/window-" + System.nanoTime());
    public final Settings settings = new Settings(prefs);
    public final PlanListViewModel planList;
    public final PlanEditorViewModel editor;
    public final MainWindow window;
    private Stage stage;

    public WindowFixture(Path folder) throws StoreException {
        dataFile = folder.resolve("plandesk");
        store = Store.open(dataFile);
        planList = new PlanListViewModel(store.plans(), store.units(), new vn.plandesk.logic.store.StoreLocation.Folder(dataFile), dialogs, changes,
                EditorFixture.CLOCK, new ImmediateTaskExecutor());
        editor = new PlanEditorViewModel(store.plans(), store.units(), changes, dialogs, new TaskClipboard(), EditorFixture.CLOCK,
                new ImmediateTaskExecutor());
        window = new MainWindow(planList, editor, settings, "test", dialogs, new ImmediateTaskExecutor());
    }

    /** As large as the headless test screen (1280 x 800) allows. */
    public void show(Stage stage) {
        this.stage = stage;
        stage.setWidth(1270);
        stage.setHeight(790);
        window.show(stage);
    }

    @Override
    public void close() {
        // The test stage is shared by the tests: take the window off it first, so that nothing it does
        // while going (a cell losing the focus stores its text) reaches a closed store.
        if (stage != null) {
            try {
                org.testfx.api.FxToolkit.setupFixture(() -> stage.setScene(new javafx.scene.Scene(new javafx.scene.Group())));
            } catch (java.util.concurrent.TimeoutException e) {
                throw new IllegalStateException("the test window did not close", e);
            }
            org.testfx.util.WaitForAsyncUtils.waitForFxEvents();
        }
        store.close();
        try {
            prefs.removeNode();
        } catch (BackingStoreException e) {
            // a test node left behind is harmless
        }
    }
}

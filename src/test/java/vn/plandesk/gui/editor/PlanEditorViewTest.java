package vn.plandesk.gui.editor;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.prefs.BackingStoreException;
import java.util.prefs.Preferences;
import javafx.scene.Scene;
import javafx.scene.control.ListView;
import javafx.scene.control.ProgressIndicator;
import javafx.scene.control.TitledPane;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import vn.plandesk.gui.RecordingDialogService;
import vn.plandesk.gui.StoreChanges;
import vn.plandesk.gui.background.StepTaskExecutor;
import vn.plandesk.gui.settings.Settings;
import vn.plandesk.logic.i18n.Messages;
import vn.plandesk.logic.samples.SamplePlans;
import vn.plandesk.logic.store.Store;
import vn.plandesk.logic.store.StoreException;
import vn.plandesk.logic.validation.Problem;

/** The editor's pane while a plan is read: a spinning indicator and what is being done, then the plan. */
@ExtendWith(ApplicationExtension.class)
class PlanEditorViewTest {
    @TempDir
    Path folder;

    private final StepTaskExecutor reads = new StepTaskExecutor();
    private Store store;
    private PlanEditorViewModel editor;
    private PlanEditorView view;
    private long sampleId;
    private final Preferences prefs = Preferences.userRoot().node("vn/plandesk-test/editor-" + System.nanoTime());

    @Start
    void start(Stage stage) throws StoreException {
        Messages.setLocale(Messages.VIETNAMESE);
        store = Store.open(folder.resolve("plandesk"));
        sampleId = SamplePlans.addTo(store.plans()).get(0);
        editor = new PlanEditorViewModel(store.plans(), store.units(), new StoreChanges(), new RecordingDialogService(),
                new TaskClipboard(), EditorFixture.CLOCK, reads);
        view = new PlanEditorView(editor, new Settings(prefs));
        stage.setScene(new Scene(view, 900, 600));
        stage.show();
    }

    @AfterEach
    void closeStore() throws BackingStoreException {
        store.close();
        prefs.removeNode();
    }

    @Test
    void aPlanBeingReadShowsASpinningIndicatorUntilItIsShown(FxRobot robot) {
        assertTrue(robot.lookup(".progress-indicator").queryAll().isEmpty(), "nothing spins before anything is read");
        reads.hold = true;

        robot.interact(() -> view.open(sampleId));

        assertTrue(view.isBusy());
        ProgressIndicator spinning = robot.lookup(".progress-indicator").queryAs(ProgressIndicator.class);
        assertTrue(spinning.isVisible() && spinning.getParent().isVisible());
        assertTrue(robot.lookup(Messages.get("editor.opening")).tryQuery().isPresent(), "and says what it is doing");

        robot.interact(reads::runHeld);

        assertFalse(view.isBusy());
        assertFalse(spinning.getParent().isVisible(), "gone once the plan is shown");
        assertEquals(sampleId, editor.planIdProperty().get());
    }

    @Test
    @SuppressWarnings("unchecked")
    void theProblemsListOpenedTellsEachProblemAndChoosingOneSelectsItsTask(FxRobot robot) {
        robot.interact(() -> view.open(sampleId));
        assertFalse(editor.problems().isEmpty(), "the sample has things to look at");
        TitledPane pane = robot.lookup("#problems").queryAs(TitledPane.class);

        robot.interact(() -> pane.setExpanded(true));

        ListView<Problem> list = robot.lookup("#problemList").queryAs(ListView.class);
        assertEquals(editor.problems(), list.getItems());
        Problem aboutTask = editor.problems().stream().filter(p -> p.taskId() != null).findFirst().orElseThrow();
        robot.interact(() -> list.getSelectionModel().select(aboutTask));
        assertEquals(aboutTask.taskId().longValue(), view.treeView().tree().getSelectionModel().getSelectedItem().getValue().id());
    }
}

package vn.plandesk.gui.editor;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.prefs.BackingStoreException;
import java.util.prefs.Preferences;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.control.ProgressIndicator;
import javafx.scene.control.TextField;
import javafx.scene.control.TitledPane;
import javafx.scene.control.TreeTableColumn;
import javafx.scene.control.TreeTableView;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import vn.plandesk.gui.FxWaits;
import vn.plandesk.gui.RecordingDialogService;
import vn.plandesk.gui.StoreChanges;
import vn.plandesk.gui.background.StepTaskExecutor;
import vn.plandesk.gui.settings.Settings;
import vn.plandesk.logic.i18n.Messages;
import vn.plandesk.logic.samples.SamplePlans;
import vn.plandesk.logic.store.Store;
import vn.plandesk.logic.store.StoreException;
import vn.plandesk.logic.validation.Problem;
import vn.plandesk.model.Task;
import vn.plandesk.model.UnitRef;

/**
 * The editor's pane while a plan is read (a spinning indicator and what is being done, then the plan), its
 * problems list, and the unit picker adding a unit to the directory in the background.
 */
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

    @Test
    @SuppressWarnings("unchecked")
    void aUnitTypedInThePickerIsStoredInTheBackgroundThenGivenTheTask(FxRobot robot) throws Exception {
        robot.interact(() -> view.open(sampleId));
        String name = "Trung tâm Đổi mới sáng tạo tỉnh";
        TreeTableView<EditorRow> tree = view.treeView().tree();
        TreeTableColumn<EditorRow, ?> lead = (TreeTableColumn<EditorRow, ?>) tree.getColumns().stream()
                .filter(c -> "column-lead".equals(c.getId())).findFirst().orElseThrow();
        int row = firstTaskRow(tree);
        List<String> leadBefore = taskAt(tree, row).lead().stream().map(UnitRef::name).toList();
        robot.interact(() -> {
            tree.getSelectionModel().select(row);
            tree.edit(row, lead);
        });
        FxWaits.untilShown(robot, "#unitSearch");
        assertEquals(editor.activeUnits().size() + leadBefore.stream().filter(n -> editor.activeUnits().stream()
                .noneMatch(u -> u.fullName().equals(n))).count(), robot.lookup("#unitList").queryAs(ListView.class).getItems().size(),
                "the directory's active units are offered, with the task's own");

        reads.hold = true;
        robot.interact(() -> robot.lookup("#unitSearch").queryAs(TextField.class).setText(name));
        robot.type(KeyCode.ENTER);
        assertTrue(robot.lookup("#createUnit").queryButton().isDisabled(), "the button waits while the unit is stored");
        assertTrue(store.units().list().stream().noneMatch(u -> u.fullName().equals(name)), "not stored yet");
        robot.interact(reads::runHeld);
        reads.hold = false;

        assertTrue(store.units().list().stream().anyMatch(u -> u.fullName().equals(name)), "stored in the directory");
        assertTrue(robot.lookup("#chosenUnits").queryAs(Label.class).getText().contains(name), "and ticked");
        robot.type(KeyCode.ENTER); // an empty search box keeps the choice
        List<String> stored = store.plans().load(sampleId).allTasks().stream()
                .filter(t -> t.id().equals(taskAt(tree, row).id())).findFirst().orElseThrow()
                .lead().stream().map(UnitRef::name).toList();
        assertEquals(concat(leadBefore, name), stored, "the task's lead units, the new one last");
    }

    private static int firstTaskRow(TreeTableView<EditorRow> tree) {
        for (int i = 0; i < tree.getExpandedItemCount(); i++) {
            if (tree.getTreeItem(i).getValue() instanceof EditorRow.TaskRow) {
                return i;
            }
        }
        throw new AssertionError("the sample has tasks");
    }

    private static Task taskAt(TreeTableView<EditorRow> tree, int row) {
        return ((EditorRow.TaskRow) tree.getTreeItem(row).getValue()).task();
    }

    private static List<String> concat(List<String> names, String last) {
        List<String> all = new ArrayList<>(names);
        all.add(last);
        return all;
    }
}

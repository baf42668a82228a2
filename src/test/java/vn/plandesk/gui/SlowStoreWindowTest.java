package vn.plandesk.gui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;
import javafx.scene.Scene;
import javafx.scene.control.RadioButton;
import javafx.scene.control.TreeItem;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.framework.junit5.Stop;
import org.testfx.util.WaitForAsyncUtils;
import vn.plandesk.gui.background.FxTaskExecutor;
import vn.plandesk.gui.editor.Column;
import vn.plandesk.gui.editor.EditorFixture;
import vn.plandesk.gui.editor.EditorRow;
import vn.plandesk.gui.editor.PlanEditorViewModel;
import vn.plandesk.gui.editor.TaskClipboard;
import vn.plandesk.gui.export.PlanExport;
import vn.plandesk.gui.importreview.ImportReviewViewModel;
import vn.plandesk.gui.planlist.PlanListView;
import vn.plandesk.gui.planlist.PlanListViewModel;
import vn.plandesk.gui.settings.CountingPreferences;
import vn.plandesk.logic.export.ExportFormat;
import vn.plandesk.logic.i18n.Messages;
import vn.plandesk.logic.importer.PublicBodies;
import vn.plandesk.logic.samples.SamplePlans;
import vn.plandesk.logic.store.SlowStore;
import vn.plandesk.logic.store.Store;
import vn.plandesk.model.PlanSummary;
import vn.plandesk.model.Unit;

/**
 * The window on a store that takes 300 ms for every call: while the plan list is searched, a plan
 * edited, its units chosen (the unit picker), loaded for export (with the last export's choices, from
 * preferences as slow to read) and a document imported, the window keeps painting while the store
 * works (no call is made on the JavaFX thread), typing a search asks the store nothing, and edits reach
 * the store in the order typed.
 */
@ExtendWith(ApplicationExtension.class)
class SlowStoreWindowTest {
    private static final Duration CALL = Duration.ofMillis(300);

    @TempDir
    Path folder;
    private Store store;
    private SlowStore slow;
    private long planId;
    private final FxTaskExecutor executor = new FxTaskExecutor();
    private final RecordingDialogService dialogs = new RecordingDialogService();
    private final StoreChanges changes = new StoreChanges();
    private final WindowPaints paints = new WindowPaints();
    private PlanListViewModel planList;
    private PlanEditorViewModel editor;
    private Stage stage;

    @Start
    void start(Stage stage) throws Exception {
        Messages.setLocale(Messages.VIETNAMESE);
        this.stage = stage;
        store = Store.open(folder.resolve("plandesk"));
        planId = SamplePlans.addTo(store.plans()).get(0);
        slow = new SlowStore(store, CALL);
        planList = new PlanListViewModel(slow.plans(), slow.units(), store.location(), dialogs, changes, EditorFixture.CLOCK, executor);
        editor = new PlanEditorViewModel(slow.plans(), slow.units(), changes, dialogs, new TaskClipboard(),
                EditorFixture.CLOCK, executor);
        stage.setScene(new Scene(new PlanListView(planList), 900, 600));
        stage.show();
        paints.start();
    }

    @Stop
    void stop() {
        paints.stop();
        executor.shutdown();
        store.close();
    }

    @Test
    void searchingTheListFiltersWhatWasReadWithoutAskingTheStorePerKeystroke(FxRobot robot) throws Exception {
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> planList.shownPlans().size() == 2);
        int callsBefore = slow.calls().size();

        robot.clickOn("#planSearch").write("lang son");
        WaitForAsyncUtils.waitForFxEvents();

        List<PlanSummary> found = new ArrayList<>(planList.shownPlans());
        assertEquals(1, found.size());
        assertTrue(found.get(0).subject().contains("Lạng Sơn"), found.get(0)::subject);
        assertEquals(callsBefore, slow.calls().size(), "typing asked the store nothing");
        // and when the store changes, the list is read again in the background, the search kept
        paints.assertPaintsWhile(slow, () -> robot.interact(() -> changes.planChanged(planId, this)),
                () -> slow.calls().size() >= callsBefore + 4);
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(1, planList.shownPlans().size());
    }

    @Test
    void editsReachTheStoreInTheOrderTypedWhileTheWindowPaints(FxRobot robot) throws Exception {
        robot.interact(() -> editor.open(planId, () -> { }));
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> editor.rootProperty().get() != null && editor.busyTextProperty().get() == null);
        List<String> typed = List.of("Nội dung thứ nhất", "Nội dung thứ hai", "Nội dung thứ ba");

        paints.assertPaintsWhile(slow, () -> robot.interact(() -> {
            EditorRow task = firstTask(editor.rootProperty().get()).getValue();
            typed.forEach(text -> editor.editText(task, Column.CONTENT, text));
        }), () -> slow.writes().stream().anyMatch(sql -> sql.contains(typed.get(2))) && editor.savedTextProperty().get().startsWith("Đã lưu"));

        String written = String.join("\n", slow.writes());
        int first = written.indexOf(typed.get(0));
        int second = written.indexOf(typed.get(1));
        int third = written.indexOf(typed.get(2));
        assertTrue(first >= 0 && first < second && second < third, "in the order typed: " + first + ", " + second + ", " + third);
        assertEquals(typed.get(2), store.plans().load(planId).allTasks().get(0).content());
    }

    @Test
    void theUnitPickerOffersTheDirectoryReadWithThePlanAndAddsToItWhileTheWindowPaints(FxRobot robot) throws Exception {
        robot.interact(() -> editor.open(planId, () -> { }));
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> editor.rootProperty().get() != null && editor.busyTextProperty().get() == null);
        int callsBefore = slow.calls().size();

        List<Unit> offered = WaitForAsyncUtils.asyncFx(editor::activeUnits).get();

        assertEquals(store.units().list().stream().filter(Unit::active).toList(), offered);
        assertEquals(callsBefore, slow.calls().size(), "opening the picker asks the store nothing");
        AtomicReference<Unit> made = new AtomicReference<>();
        paints.assertPaintsWhile(slow, () -> robot.interact(() -> editor.createUnit("Trung tâm Phục vụ hành chính công tỉnh", made::set)),
                () -> made.get() != null);
        assertTrue(store.units().list().contains(made.get()));
    }

    @Test
    void thePlanAndTheLastExportAreReadForExportWhileTheWindowPaints(FxRobot robot) throws Exception {
        // the format exported last, as the node's file holds it
        CountingPreferences unread = new CountingPreferences(Map.of("lastKind", ExportFormat.XLSX.name()), CALL);
        paints.assertPaintsWhile(slow, () -> robot.interact(() -> PlanExport.start(stage, slow.plans(), store.calendar(), planId,
                window -> dialogs, () -> unread, file -> { }, executor)), () -> robot.lookup("#export-start").tryQuery().isPresent());
        assertNotEquals(WindowPaints.FX_THREAD, unread.readOn(), "the remembered choices are read off the JavaFX thread");
        assertTrue(robot.lookup("#export-kind-xlsx").queryAs(RadioButton.class).isSelected(), "the dialog offers the format exported last");
        robot.interact(() -> robot.lookup("#export-start").query().getScene().getWindow().hide());
    }

    @Test
    void anImportIsReadAndStoredWhileTheWindowPaints(FxRobot robot) throws Exception {
        ImportReviewViewModel[] review = new ImportReviewViewModel[1];
        Path document = Path.of(SlowStoreWindowTest.class.getResource("/importer/samples/000_c35e675f79bbd5c5.txt").toURI());

        paints.assertPaintsWhile(slow, () -> robot.interact(() -> {
            review[0] = new ImportReviewViewModel(slow.plans(), slow.units(), PublicBodies.shipped(), changes, dialogs,
                    executor);
            review[0].readFile(document);
        }), () -> review[0].state() == ImportReviewViewModel.State.READY);
        robot.interact(() -> {
            review[0].number().set("25/KH-SKHĐT");
            review[0].issuedOn().set(LocalDate.of(2018, 9, 12));
        });
        paints.assertPaintsWhile(slow, () -> robot.interact(review[0]::accept), () -> review[0].state() == ImportReviewViewModel.State.STORED);

        assertEquals(3, store.plans().count());
        assertTrue(dialogs.shown().isEmpty(), dialogs.shown()::toString);
    }

    private static TreeItem<EditorRow> firstTask(TreeItem<EditorRow> item) {
        for (TreeItem<EditorRow> child : item.getChildren()) {
            if (child.getValue() instanceof EditorRow.TaskRow) {
                return child;
            }
            TreeItem<EditorRow> inside = firstTask(child);
            if (inside != null) {
                return inside;
            }
        }
        return null;
    }
}

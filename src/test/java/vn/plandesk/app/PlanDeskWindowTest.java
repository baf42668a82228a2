package vn.plandesk.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import javafx.css.PseudoClass;
import javafx.geometry.Bounds;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.Menu;
import javafx.scene.control.MenuBar;
import javafx.scene.control.MenuItem;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;
import javafx.scene.control.TreeItem;
import javafx.scene.control.TreeTableCell;
import javafx.scene.control.TreeTableRow;
import javafx.stage.Stage;
import javafx.stage.Window;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.api.FxToolkit;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.framework.junit5.Stop;
import org.testfx.util.WaitForAsyncUtils;
import vn.plandesk.gui.RecordingDialogService;
import vn.plandesk.gui.editor.EditorRow;
import vn.plandesk.gui.editor.PlanTreeView;
import vn.plandesk.gui.followup.FollowUpView;
import vn.plandesk.gui.timeline.TimelineView;
import vn.plandesk.gui.units.UnitsView;
import vn.plandesk.logic.i18n.Messages;
import vn.plandesk.logic.samples.SamplePlans;
import vn.plandesk.logic.store.Store;
import vn.plandesk.logic.store.StoreException;
import vn.plandesk.logic.timeline.TimelineRow;
import vn.plandesk.logic.validation.Problem;
import vn.plandesk.model.Plan;

/**
 * The main window as the application puts it together, on a store in a temporary folder: its
 * sections, the timeline following the plan tree row for row, and the File menu's import, export
 * and print.
 */
@ExtendWith(ApplicationExtension.class)
class PlanDeskWindowTest {
    @TempDir
    Path folder;

    private final RecordingDialogService dialogs = new RecordingDialogService();
    private WindowOnTestStage shown;
    private Store store;
    private Stage stage;
    private PlanDeskWindow window;
    private long sampleId;

    @Start
    void start(Stage stage) throws StoreException {
        this.stage = stage;
        shown = WindowOnTestStage.show(stage, folder, dialogs, filled -> sampleId = SamplePlans.addTo(filled.plans()).get(0));
        store = shown.store;
        window = shown.window;
    }

    @Stop
    void stop() throws Exception {
        shown.close();
    }

    private static void settle() {
        WaitForAsyncUtils.waitForFxEvents(5);
    }

    private void openSample() throws Exception {
        FxToolkit.setupFixture(() -> window.mainWindow().editorView().open(sampleId));
        WaitForAsyncUtils.waitFor(10, java.util.concurrent.TimeUnit.SECONDS,
                () -> window.editor().planIdProperty().get() != null && window.editor().planIdProperty().get() == sampleId);
        settle();
    }

    private PlanTreeView tree() {
        return window.mainWindow().editorView().treeView();
    }

    private TimelineView timeline(FxRobot robot) {
        return robot.lookup(".timeline-view").queryAs(TimelineView.class);
    }

    /** The rows the tree shows (collapsed phases hide theirs), as the chart titles them. */
    private List<String> treeRows() {
        List<String> titles = new ArrayList<>();
        for (int i = 0; i < tree().tree().getExpandedItemCount(); i++) {
            EditorRow row = tree().tree().getTreeItem(i).getValue();
            titles.add(row instanceof EditorRow.PhaseRow p ? p.phase().title() : ((EditorRow.TaskRow) row).task().content());
        }
        return titles;
    }

    private static List<String> chartRows(TimelineView view) {
        return view.model().rowsProperty().get().stream().map(TimelineRow::text).toList();
    }

    @Test
    void theSectionsAreThereWithTheirVietnameseTitles(FxRobot robot) {
        TabPane sections = robot.lookup("#sections").queryAs(TabPane.class);
        assertEquals(List.of("Kế hoạch", "Theo dõi, đôn đốc", "Danh mục đơn vị"), sections.getTabs().stream().map(Tab::getText).toList());
    }

    @Test
    void theFollowUpAndUnitsSectionsAreBuiltWhenFirstOpenedNotAtStart(FxRobot robot) {
        TabPane sections = robot.lookup("#sections").queryAs(TabPane.class);
        Tab followUp = sections.getTabs().get(1);
        Tab units = sections.getTabs().get(2);
        assertNull(followUp.getContent(), "the follow-up is not built before it is opened");
        assertNull(units.getContent(), "the units are not built before they are opened");

        robot.interact(() -> sections.getSelectionModel().select(followUp));
        assertInstanceOf(FollowUpView.class, followUp.getContent());
        assertNull(units.getContent(), "opening one section builds that one only");
        robot.interact(() -> sections.getSelectionModel().select(units));
        assertInstanceOf(UnitsView.class, units.getContent());
        Node built = units.getContent();
        robot.interact(() -> sections.getSelectionModel().select(0));
        robot.interact(() -> sections.getSelectionModel().select(units));
        assertSame(built, units.getContent(), "built once, kept when opened again");
    }

    /** Nothing open and nothing to do: the JavaFX thread rests (it once looked for the tree's header on every turn). */
    @Test
    void aWindowWithNoPlanOpenRests(FxRobot robot) throws Exception {
        settle();
        assertNull(window.editor().planIdProperty().get());
        long[] fxThread = new long[1];
        robot.interact(() -> fxThread[0] = Thread.currentThread().getId());
        ThreadMXBean threads = ManagementFactory.getThreadMXBean();
        long before = threads.getThreadCpuTime(fxThread[0]);
        Thread.sleep(1000);
        long worked = threads.getThreadCpuTime(fxThread[0]) - before;
        assertTrue(worked < 300_000_000L, "the JavaFX thread worked " + worked / 1_000_000 + " ms of a second with nothing to do");
    }

    @Test
    void theTimelineShowsTheTreesRowsInTheSameOrderAndCollapsingAPhaseTakesItsRowsAway(FxRobot robot) throws Exception {
        openSample();
        Plan plan = store.plans().load(sampleId);
        TimelineView view = timeline(robot);
        List<String> shown = treeRows();
        assertEquals(plan.allTasks().size() + plan.phases().size()
                + plan.phases().stream().mapToInt(p -> p.subPhases().size()).sum(), shown.size(), "every row of the plan, all expanded");
        assertEquals(shown, chartRows(view));

        TreeItem<EditorRow> firstPhase = tree().tree().getRoot().getChildren().get(0);
        int hidden = tree().tree().getExpandedItemCount() - 1 - (int) shownBelowFirst(firstPhase);
        robot.interact(() -> firstPhase.setExpanded(false));
        settle();

        assertEquals(shown.size() - hidden, chartRows(view).size(), "the collapsed phase's rows leave the chart");
        assertEquals(treeRows(), chartRows(view));
    }

    /** Rows of the tree that are not the first phase or under it. */
    private long shownBelowFirst(TreeItem<EditorRow> firstPhase) {
        long count = 0;
        for (int i = 0; i < tree().tree().getExpandedItemCount(); i++) {
            TreeItem<EditorRow> item = tree().tree().getTreeItem(i);
            boolean underFirst = false;
            for (TreeItem<EditorRow> at = item.getParent(); at != null; at = at.getParent()) {
                underFirst |= at == firstPhase;
            }
            if (!underFirst && item != firstPhase) {
                count++;
            }
        }
        return count;
    }

    @Test
    void scrollingTheTreeScrollsTheTimelineWithIt(FxRobot robot) throws Exception {
        openSample();
        TimelineView view = timeline(robot);
        assertEquals(0, view.model().firstVisibleRowProperty().get());

        int rows = tree().tree().getExpandedItemCount();
        robot.interact(() -> tree().scrollToRow(rows - 1));
        settle();

        int first = tree().firstVisibleRowProperty().get();
        assertTrue(first > 0, "the tree scrolled (" + rows + " rows, first on screen " + first + ", tree " + tree().getHeight() + " px)");
        assertEquals(first, view.model().firstVisibleRowProperty().get(), "the chart shows the same row at the top");
    }

    /**
     * A task that loses its lead unit is marked in the tree once the checks have run, however long the window has
     * been open: the tree once listened to a throwaway view of the problems, which the first collection took away.
     */
    @Test
    void aTaskLeftWithoutALeadUnitIsMarkedInTheTreeAfterACollection(FxRobot robot) throws Exception {
        openSample();
        System.gc();
        System.gc();
        int index = 0;
        while (!(tree().tree().getTreeItem(index).getValue() instanceof EditorRow.TaskRow row
                && window.editor().problemsOf(row).isEmpty())) {
            index++;
        }
        int at = index;
        EditorRow.TaskRow task = (EditorRow.TaskRow) tree().tree().getTreeItem(at).getValue();
        robot.interact(() -> tree().tree().scrollTo(at));
        settle();
        assertFalse(shownRow(robot, task.task().id()).getPseudoClassStates().contains(PseudoClass.getPseudoClass("problem")));

        robot.interact(() -> window.editor().setUnits(task, true, List.of()));
        WaitForAsyncUtils.waitFor(10, java.util.concurrent.TimeUnit.SECONDS, () -> window.editor().problems().stream()
                .anyMatch(p -> p.kind() == Problem.Kind.NO_LEAD_UNIT && p.taskId() != null && p.taskId() == task.task().id()));
        settle();

        assertTrue(shownRow(robot, task.task().id()).getPseudoClassStates().contains(PseudoClass.getPseudoClass("problem")),
                "the row is marked");
    }

    private static TreeTableRow<?> shownRow(FxRobot robot, long taskId) {
        return robot.lookup("#planTree .tree-table-row-cell").queryAllAs(TreeTableRow.class).stream()
                .filter(r -> r.getItem() instanceof EditorRow.TaskRow t && t.task().id() == taskId)
                .findFirst().orElseThrow();
    }

    /**
     * A task's words cut short in the tree are there in full in the tooltip of the cell under the pointer, with what
     * the checks found in it.
     */
    @Test
    void theContentCellUnderThePointerTellsTheWholeTask(FxRobot robot) throws Exception {
        openSample();
        TreeTableCell<?, ?> cell = robot.lookup("#planTree .tree-table-cell").queryAllAs(TreeTableCell.class).stream()
                .filter(c -> c.getTableColumn() != null && "column-content".equals(c.getTableColumn().getId())
                        && c.getItem() instanceof EditorRow.TaskRow t && t.task().content().length() >= 25)
                .findFirst().orElseThrow();
        EditorRow.TaskRow task = (EditorRow.TaskRow) cell.getItem();
        List<Problem> problems = window.editor().problemsOf(task);
        String expected = problems.isEmpty() ? task.task().content()
                : task.task().content() + "\n\n" + String.join("\n", problems.stream().map(Problem::message).toList());

        robot.moveTo(cell);
        settle();

        assertEquals(expected, cell.getTooltip().getText());
    }

    @Test
    void theFirstChartRowIsLevelWithTheFirstTreeRow(FxRobot robot) throws Exception {
        openSample();
        TimelineView view = timeline(robot);
        TreeTableRow<?> firstTreeRow = robot.lookup("#planTree .tree-table-row-cell").queryAllAs(TreeTableRow.class).stream()
                .filter(r -> r.getIndex() == 0).findFirst().orElseThrow();
        Node chart = view.getCenter();
        double chartFirstRow = view.localToScene(0, view.firstRowTopProperty().get()).getY();
        Bounds treeRow = firstTreeRow.localToScene(firstTreeRow.getLayoutBounds());
        assertEquals(treeRow.getMinY(), chartFirstRow, 1.0, "the first rows start at the same height");
        assertEquals(view.getTop().getLayoutBounds().getHeight() + 40,
                chart.localToScene(0, 40).getY() - view.localToScene(0, 0).getY(), 1.0, "below the zoom bar and the 40 px scale");
        assertEquals(PlanTreeView.ROW_HEIGHT, treeRow.getHeight(), 0.5);
    }

    @Test
    void theFileMenuHasImportExportAndPrintAndExportOpensTheDialogForTheOpenPlan(FxRobot robot) throws Exception {
        openSample();
        Plan plan = store.plans().load(sampleId);
        Menu file = robot.lookup(".menu-bar").queryAs(MenuBar.class).getMenus().stream()
                .filter(m -> m.getText().equals(Messages.get("main.menu.file"))).findFirst().orElseThrow();
        List<String> items = file.getItems().stream().map(MenuItem::getText).toList();
        for (String key : List.of("main.menu.export", "main.menu.importFile", "main.menu.importPaste", "main.menu.print")) {
            assertTrue(items.contains(Messages.get(key)), key + " in " + items);
        }
        MenuItem export = file.getItems().stream().filter(i -> Messages.get("main.menu.export").equals(i.getText())).findFirst().orElseThrow();

        robot.interact(export::fire);
        settle();

        Stage dialog = Window.getWindows().stream().filter(w -> w instanceof Stage s && "Xuất kế hoạch".equals(s.getTitle()))
                .map(Stage.class::cast).findFirst().orElseThrow(() -> new AssertionError("no export dialog"));
        assertTrue(dialog.isShowing());
        assertEquals(stage, dialog.getOwner());
        assertTrue(dialog.getScene().getRoot().lookupAll(".label").stream()
                .anyMatch(l -> ((Label) l).getText().contains(plan.subject())), "the dialog names the open plan");
        assertTrue(dialogs.shown().isEmpty(), "no error: " + dialogs.shown());
    }
}

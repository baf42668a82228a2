package vn.plandesk.gui.planlist;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import javafx.scene.Scene;
import javafx.scene.control.ChoiceBox;
import javafx.scene.control.ComboBox;
import javafx.scene.control.TableCell;
import javafx.scene.control.TableView;
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
import vn.plandesk.gui.editor.EditorFixture;
import vn.plandesk.logic.i18n.Messages;
import vn.plandesk.logic.store.Store;
import vn.plandesk.logic.store.StoreException;
import vn.plandesk.logic.store.StoreLocation;
import vn.plandesk.model.PlanStatus;
import vn.plandesk.model.PlanSummary;

/** The plan list's view over a real store: its filters offer what the store holds, for as long as it is open. */
@ExtendWith(ApplicationExtension.class)
class PlanListViewTest {
    @TempDir
    Path folder;

    private Store store;
    private PlanListViewModel planList;

    @Start
    void start(Stage stage) throws StoreException {
        Messages.setLocale(Messages.VIETNAMESE);
        Path dataFile = folder.resolve("plandesk");
        store = Store.open(dataFile);
        planList = new PlanListViewModel(store.plans(), store.units(), new StoreLocation.Folder(dataFile), new RecordingDialogService(),
                new StoreChanges(), EditorFixture.CLOCK, new StepTaskExecutor());
        stage.setScene(new Scene(new PlanListView(planList), 485, 600));
        stage.show();
    }

    @AfterEach
    void closeStore() {
        store.close();
    }

    @Test
    @SuppressWarnings("unchecked")
    void theYearAndUnitFiltersFollowTheStoreAfterACollection(FxRobot robot) {
        // What the filters listen to was once reachable only from their own listeners: the first collection took it
        // away, and from then on the filters offered "all" alone. A window's start-up collects long before its list is read.
        System.gc();
        System.gc();
        robot.interact(planList::addSamples);

        ChoiceBox<Integer> years = robot.lookup("#filterYear").queryAs(ChoiceBox.class);
        ComboBox<?> units = robot.lookup("#filterUnit").queryAs(ComboBox.class);
        assertFalse(planList.years().isEmpty(), "the samples have an issue year");
        assertFalse(planList.unitChoices().isEmpty(), "the samples name units");
        assertEquals(allThen(planList.years()), years.getItems());
        assertEquals(allThen(planList.unitChoices()), units.getItems());
        assertEquals("Mọi năm", years.getConverter().toString(years.getValue()));
    }

    @Test
    @SuppressWarnings("unchecked")
    void choosingAYearShowsOnlyThatYearsPlansAndAllShowsThemAgain(FxRobot robot) {
        robot.interact(planList::addSamples);
        ChoiceBox<Integer> years = robot.lookup("#filterYear").queryAs(ChoiceBox.class);
        TableView<PlanSummary> table = robot.lookup("#planTable").queryAs(TableView.class);
        int year = planList.years().get(0);

        robot.interact(() -> years.setValue(year));
        assertEquals(year, planList.yearProperty().get());
        assertFalse(table.getItems().isEmpty());
        table.getItems().forEach(plan -> assertEquals(year, plan.issuedOn().getYear(), plan.subject()));
        assertEquals(String.valueOf(year), years.getConverter().toString(years.getValue()));

        robot.interact(() -> years.setValue(null));
        assertEquals(2, table.getItems().size(), "both samples again");
    }

    /** The choice boxes are told their width by the grid (not by their menus): each must still fill its column and open. */
    @Test
    @SuppressWarnings("unchecked")
    void aStatusChosenFromItsOpenedMenuFiltersTheList(FxRobot robot) {
        robot.interact(planList::addSamples);
        ChoiceBox<PlanStatus> status = robot.lookup("#filterStatus").queryAs(ChoiceBox.class);
        ChoiceBox<?> order = robot.lookup("#sortOrder").queryAs(ChoiceBox.class);
        assertTrue(status.getWidth() > 200, "half the list's width, was " + status.getWidth());
        assertTrue(order.getWidth() > 2 * status.getWidth(), "the order spans both columns, was " + order.getWidth());

        robot.clickOn(status);
        robot.clickOn(Messages.get("status.finished"));
        assertEquals(PlanStatus.FINISHED, planList.statusProperty().get());
        assertEquals(Messages.get("status.finished"), status.getConverter().toString(status.getValue()));
        TableView<PlanSummary> table = robot.lookup("#planTable").queryAs(TableView.class);
        assertTrue(table.getItems().isEmpty(), "neither sample is finished");
    }

    /** The rows have a height fixed in advance: it must hold a line of text, in each column, uncut. */
    @Test
    void eachRowHoldsItsLineOfText(FxRobot robot) {
        robot.interact(planList::addSamples);
        List<TableCell<?, ?>> filled = new ArrayList<>();
        robot.lookup("#planTable .table-cell").queryAllAs(TableCell.class).stream()
                .filter(c -> c.getText() != null && !c.getText().isBlank()).forEach(filled::add);
        assertTrue(filled.size() >= 4, "the two samples' cells");
        for (TableCell<?, ?> cell : filled) {
            javafx.scene.Node text = cell.lookup(".text");
            double needed = text.getLayoutBounds().getHeight() + cell.snappedTopInset() + cell.snappedBottomInset();
            assertTrue(needed <= cell.getHeight(), cell.getText() + " needs " + needed + " px, has " + cell.getHeight());
        }
    }

    /** A subject cut short in the list is there in full in the tooltip of the cell under the pointer. */
    @Test
    void theSubjectUnderThePointerIsToldWhole(FxRobot robot) {
        robot.interact(planList::addSamples);
        TableCell<?, ?> cell = robot.lookup("#planTable .table-cell").queryAllAs(TableCell.class).stream()
                .filter(c -> c.getItem() instanceof String s && s.length() > 40 && c.getTableColumn().getText().equals(Messages.get("planlist.column.subject")))
                .findFirst().orElseThrow();

        robot.moveTo(cell);

        assertEquals(cell.getItem(), cell.getTooltip().getText());
    }

    private static <T> List<T> allThen(List<T> choices) {
        List<T> items = new ArrayList<>();
        items.add(null);
        items.addAll(choices);
        return items;
    }
}

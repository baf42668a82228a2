package vn.plandesk.gui.units;

import static org.junit.jupiter.api.Assertions.assertEquals;
import vn.plandesk.gui.background.FxTaskExecutor;
import vn.plandesk.gui.background.TaskExecutor;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static vn.plandesk.logic.followup.FollowUpPlans.day;
import static vn.plandesk.logic.followup.FollowUpPlans.plan;
import static vn.plandesk.logic.followup.FollowUpPlans.task;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import javafx.geometry.Orientation;
import javafx.scene.Scene;
import javafx.scene.control.Labeled;
import javafx.scene.control.SplitPane;
import javafx.scene.control.TableRow;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.framework.junit5.Stop;
import org.testfx.util.WaitForAsyncUtils;
import vn.plandesk.gui.FxDialogService;
import vn.plandesk.gui.FxWaits;
import vn.plandesk.gui.RecordingDialogService;
import vn.plandesk.gui.StoreChanges;
import vn.plandesk.gui.followup.FollowUpView;
import vn.plandesk.gui.followup.FollowUpViewModel;
import vn.plandesk.gui.followup.FxFollowUpDialogs;
import vn.plandesk.logic.followup.UnitGroup;
import vn.plandesk.logic.i18n.Messages;
import vn.plandesk.logic.store.Store;
import vn.plandesk.logic.store.StoreException;
import vn.plandesk.model.Plan;
import vn.plandesk.model.Unit;

/**
 * The units directory next to the follow-up view, sharing one {@link StoreChanges} as in the window:
 * a unit renamed or merged in the directory shows under its new name in every plan and in the follow-up rows.
 */
@ExtendWith(ApplicationExtension.class)
class UnitsViewTest {
    private static final LocalDate TODAY = day(2026, 3, 20);

    @TempDir
    Path folder;
    private Store store;
    private List<Long> planIds;
    private FollowUpViewModel followUp;
    private final TaskExecutor reader = new FxTaskExecutor();

    @Start
    void start(Stage stage) throws StoreException {
        Messages.setLocale(Messages.VIETNAMESE);
        store = Store.open(folder);
        planIds = List.of(
                store.plans().create(plan(0, "15/KH-UBND", day(2026, 1, 15),
                        task(0, "Trình dự thảo Quyết định", day(2026, 3, 1), null, "Sở Tài chính"),
                        task(0, "Tổng hợp báo cáo quý", day(2026, 3, 10), null, "Sở Nội vụ"))),
                store.plans().create(plan(0, "40/KH-UBND", day(2026, 2, 1),
                        task(0, "Rà soát hồ sơ thẩm định", day(2026, 3, 5), null, "Sở Tài chính"),
                        task(0, "Báo cáo kết quả", day(2026, 3, 6), null, "Sở Tài chánh"))));
        StoreChanges changes = new StoreChanges();
        RecordingDialogService shared = new RecordingDialogService();
        // the directory's questions are answered on the screen
        FxDialogService onScreen = new FxDialogService(stage);
        followUp = new FollowUpViewModel(store.plans(), new FxFollowUpDialogs(shared, stage), changes, () -> TODAY, reader);
        UnitsView units = new UnitsView(new UnitsViewModel(store.units(), onScreen, new FxUnitDialogs(onScreen), changes, reader));
        SplitPane both = new SplitPane(units, new FollowUpView(followUp));
        both.setOrientation(Orientation.VERTICAL);
        stage.setScene(new Scene(both, 1200, 760));
        stage.show();
    }

    @Stop
    void stop() {
        reader.shutdown();
        store.close();
    }

    @Test
    void aRenamedUnitShowsItsNewNameInEveryPlanAndInTheFollowUpRows(FxRobot robot) throws Exception {
        settle();
        assertTrue(followUpUnits().contains("Sở Tài chính"));

        robot.clickOn("#unitFilter").write("so tai chinh");
        assertEquals(List.of("Sở Tài chính"), shownUnits(robot), "found without accents");
        robot.clickOn(unitRow(robot, "Sở Tài chính"));
        String usage = "“Sở Tài chính”: 2 nhiệm vụ chủ trì, 0 nhiệm vụ phối hợp trong 2 kế hoạch.";
        // where the unit is used is read in the background
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS,
                () -> usage.equals(robot.lookup("#unitUsageSummary").queryAs(Labeled.class).getText()));
        assertEquals("“Sở Tài chính”: 2 nhiệm vụ chủ trì, 0 nhiệm vụ phối hợp trong 2 kế hoạch.",
                robot.lookup("#unitUsageSummary").queryAs(Labeled.class).getText());
        robot.clickOn("#renameUnit");
        robot.doubleClickOn("#unitFullName").push(KeyCode.CONTROL, KeyCode.A).write("Sở Tài chính tỉnh Lạng Sơn");
        robot.clickOn("Lưu");
        // stored in the background, then the directory is read again
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> shownUnits(robot).contains("Sở Tài chính tỉnh Lạng Sơn"));
        settle();

        for (long planId : planIds) {
            Plan plan = store.plans().load(planId);
            assertEquals("Sở Tài chính tỉnh Lạng Sơn", plan.allTasks().get(0).lead().get(0).name(), plan.numberAndSymbol());
        }
        assertEquals(List.of("Sở Nội vụ", "Sở Tài chánh", "Sở Tài chính tỉnh Lạng Sơn"), followUpUnits());
        assertTrue(robot.lookup("Sở Tài chính tỉnh Lạng Sơn (2 quá hạn, 0 sắp đến hạn)").tryQuery().isPresent(),
                "the unit's row in the follow-up tree");
        assertTrue(robot.lookup("Sở Tài chính tỉnh Lạng Sơn").tryQuery().isPresent(), "the directory row");
    }

    @Test
    void mergingAMisspeltUnitMovesItsTasksAfterSayingWhatMoves(FxRobot robot) throws Exception {
        settle();
        robot.clickOn("Sở Tài chánh");
        robot.clickOn("#mergeUnit");
        robot.clickOn("#mergeInto");
        robot.clickOn(robot.lookup(".list-cell").match((Labeled cell) -> "Sở Tài chính".equals(cell.getText())).queryAs(Labeled.class));
        robot.clickOn("Tiếp tục");
        String moves = "Mọi việc của “Sở Tài chánh” sẽ chuyển sang “Sở Tài chính”: 1 nhiệm vụ chủ trì, "
                + "0 nhiệm vụ phối hợp trong 1 kế hoạch. Sau đó “Sở Tài chánh” bị xoá khỏi danh mục. Việc gộp không hoàn tác được.";
        // what moves is read in the background before the question is asked
        FxWaits.untilShown(robot, moves);
        robot.clickOn("Gộp");
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> !shownUnits(robot).contains("Sở Tài chánh"));
        settle();

        assertFalse(store.units().list().stream().map(Unit::fullName).anyMatch("Sở Tài chánh"::equals));
        assertEquals("Sở Tài chính", store.plans().load(planIds.get(1)).allTasks().get(1).lead().get(0).name());
        assertEquals(List.of("Sở Nội vụ", "Sở Tài chính"), followUpUnits());
    }

    /** Waits for the plans to be read and the screen to show them. */
    private void settle() throws TimeoutException {
        FxWaits.until(() -> followUp.isLoaded() && !followUp.loadingProperty().get());
    }

    private List<String> followUpUnits() {
        return followUp.dueListProperty().get().groups().stream().map(UnitGroup::name).toList();
    }

    /** The directory's row of a unit: its name alone also stands in reused, hidden cells and in other views. */
    private static TableRow<?> unitRow(FxRobot robot, String fullName) {
        return robot.lookup("#unitTable .table-row-cell").queryAllAs(TableRow.class).stream()
                .filter(row -> !row.isEmpty() && row.isVisible() && fullName.equals(((Unit) row.getItem()).fullName()))
                .findFirst().orElseThrow();
    }

    private static List<String> shownUnits(FxRobot robot) {
        return robot.lookup("#unitTable .table-row-cell").queryAllAs(TableRow.class).stream()
                .filter(row -> !row.isEmpty() && row.isVisible())
                .map(row -> ((Unit) row.getItem()).fullName())
                .toList();
    }
}

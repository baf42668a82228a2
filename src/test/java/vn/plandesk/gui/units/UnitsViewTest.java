package vn.plandesk.gui.units;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static vn.plandesk.logic.followup.FollowUpPlans.day;
import static vn.plandesk.logic.followup.FollowUpPlans.plan;
import static vn.plandesk.logic.followup.FollowUpPlans.task;
import static vn.plandesk.gui.units.UnitTableOnScreen.shownUnits;
import static vn.plandesk.gui.units.UnitTableOnScreen.unitRow;

import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import javafx.geometry.Orientation;
import javafx.scene.Scene;
import javafx.scene.control.Labeled;
import javafx.scene.control.SplitPane;
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
import vn.plandesk.gui.StoreChanges;
import vn.plandesk.gui.followup.FollowUpOnScreen;
import vn.plandesk.gui.followup.FollowUpView;
import vn.plandesk.logic.followup.UnitGroup;
import vn.plandesk.logic.store.StoreException;
import vn.plandesk.model.Plan;
import vn.plandesk.model.Unit;

/**
 * The units directory next to the follow-up view, sharing one {@link StoreChanges} as in the window:
 * a unit renamed or merged in the directory shows under its new name in every plan and in the follow-up rows.
 */
@ExtendWith(ApplicationExtension.class)
class UnitsViewTest {
    @TempDir
    Path folder;
    private FollowUpOnScreen followUp;

    @Start
    void start(Stage stage) throws StoreException {
        followUp = new FollowUpOnScreen(folder, stage,
                plan(0, "15/KH-UBND", day(2026, 1, 15),
                        task(0, "Trình dự thảo Quyết định", day(2026, 3, 1), null, "Sở Tài chính"),
                        task(0, "Tổng hợp báo cáo quý", day(2026, 3, 10), null, "Sở Nội vụ")),
                plan(0, "40/KH-UBND", day(2026, 2, 1),
                        task(0, "Rà soát hồ sơ thẩm định", day(2026, 3, 5), null, "Sở Tài chính"),
                        task(0, "Báo cáo kết quả", day(2026, 3, 6), null, "Sở Tài chánh")));
        // the directory's questions are answered on the screen
        FxDialogService onScreen = new FxDialogService(stage);
        UnitsView units = new UnitsView(new UnitsViewModel(followUp.store.units(), onScreen, new FxUnitDialogs(onScreen), followUp.changes,
                followUp.executor));
        SplitPane both = new SplitPane(units, new FollowUpView(followUp.viewModel));
        both.setOrientation(Orientation.VERTICAL);
        stage.setScene(new Scene(both, 1200, 760));
        stage.show();
    }

    @Stop
    void stop() {
        followUp.close();
    }

    @Test
    void aRenamedUnitShowsItsNewNameInEveryPlanAndInTheFollowUpRows(FxRobot robot) throws Exception {
        followUp.settle();
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
        followUp.settle();

        for (long planId : followUp.planIds) {
            Plan plan = followUp.store.plans().load(planId);
            assertEquals("Sở Tài chính tỉnh Lạng Sơn", plan.allTasks().get(0).lead().get(0).name(), plan.numberAndSymbol());
        }
        assertEquals(List.of("Sở Nội vụ", "Sở Tài chánh", "Sở Tài chính tỉnh Lạng Sơn"), followUpUnits());
        assertTrue(robot.lookup("Sở Tài chính tỉnh Lạng Sơn (2 quá hạn, 0 sắp đến hạn)").tryQuery().isPresent(),
                "the unit's row in the follow-up tree");
        assertTrue(robot.lookup("Sở Tài chính tỉnh Lạng Sơn").tryQuery().isPresent(), "the directory row");
    }

    @Test
    void mergingAMisspeltUnitMovesItsTasksAfterSayingWhatMoves(FxRobot robot) throws Exception {
        followUp.settle();
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
        followUp.settle();

        assertFalse(followUp.store.units().list().stream().map(Unit::fullName).anyMatch("Sở Tài chánh"::equals));
        assertEquals("Sở Tài chính", followUp.store.plans().load(followUp.planIds.get(1)).allTasks().get(1).lead().get(0).name());
        assertEquals(List.of("Sở Nội vụ", "Sở Tài chính"), followUpUnits());
    }

    private List<String> followUpUnits() {
        return followUp.viewModel.dueListProperty().get().groups().stream().map(UnitGroup::name).toList();
    }
}

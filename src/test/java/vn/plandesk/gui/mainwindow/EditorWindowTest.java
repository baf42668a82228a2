package vn.plandesk.gui.mainwindow;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import javafx.scene.control.Label;
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
import vn.plandesk.logic.i18n.Messages;
import vn.plandesk.logic.store.StoreException;
import vn.plandesk.model.Phase;
import vn.plandesk.model.Plan;
import vn.plandesk.model.PlanSummary;
import vn.plandesk.model.Task;
import vn.plandesk.model.Unit;
import vn.plandesk.model.UnitRef;

/**
 * The window driven from the keyboard as a secretary would: a new plan, its phases and tasks,
 * a deadline in words, units from the directory, indent and outdent, undo and redo, and, on an
 * empty store, the sample plans offered and one found typed without accents.
 */
@ExtendWith(ApplicationExtension.class)
class EditorWindowTest {
    @TempDir
    Path folder;

    private WindowFixture window;

    @Start
    void start(Stage stage) throws StoreException {
        Messages.setLocale(Messages.VIETNAMESE);
        window = new WindowFixture(folder);
        for (String name : List.of("Sở Tài chính", "Sở Nội vụ", "Sở Tư pháp")) {
            window.store.units().create(Unit.named(name));
        }
        window.show(stage);
    }

    @Stop
    void stop() {
        window.close();
    }

    private Plan openPlan() throws StoreException {
        return window.store.plans().load(window.editor.planIdProperty().get());
    }

    private static void settle() {
        WaitForAsyncUtils.waitForFxEvents(3);
    }

    /** Ctrl+N, the subject, a phase and two tasks: all from the keyboard. */
    private void newPlanWithTwoTasks(FxRobot robot) {
        robot.press(KeyCode.CONTROL).type(KeyCode.N).release(KeyCode.CONTROL);
        settle();
        robot.press(KeyCode.CONTROL).type(KeyCode.A).release(KeyCode.CONTROL).write("Kế hoạch chuyển đổi số năm 2026").type(KeyCode.ENTER);
        robot.press(KeyCode.CONTROL).type(KeyCode.INSERT).release(KeyCode.CONTROL);
        settle();
        robot.write("Chuẩn bị").type(KeyCode.ENTER);
        robot.type(KeyCode.INSERT);
        settle();
        robot.write("Xây dựng dự thảo").type(KeyCode.ENTER);
        robot.type(KeyCode.INSERT);
        settle();
        robot.write("Lấy ý kiến các sở").type(KeyCode.ENTER);
        settle();
    }

    @Test
    void aNewPlanIsWrittenFromTheKeyboardAndStoredAsItIsTyped(FxRobot robot) throws StoreException {
        newPlanWithTwoTasks(robot);

        Plan plan = openPlan();
        assertEquals("Kế hoạch chuyển đổi số năm 2026", plan.subject());
        assertEquals(List.of("Chuẩn bị"), plan.phases().stream().map(Phase::title).toList());
        assertEquals(List.of("Xây dựng dự thảo", "Lấy ý kiến các sở"), plan.allTasks().stream().map(Task::content).toList());
        String status = robot.lookup("#statusText").queryAs(javafx.scene.control.Label.class).getText();
        assertEquals("Đã lưu lúc 09:41:05", status);
    }

    @Test
    void deadlineWordsShowTheDateUnderstood(FxRobot robot) throws StoreException {
        newPlanWithTwoTasks(robot);

        robot.type(KeyCode.UP).type(KeyCode.RIGHT).type(KeyCode.F2);
        robot.write("trước ngày 15/7/2024").type(KeyCode.ENTER);
        settle();

        assertTrue(robot.lookup(".understood-dates").queryAllAs(Label.class).stream().anyMatch(l -> "15/07/2024".equals(l.getText())),
                "the date understood shows beside the words");
        Task task = openPlan().allTasks().get(0);
        assertEquals("trước ngày 15/7/2024", task.deadline().raw());
        assertEquals(java.time.LocalDate.of(2024, 7, 15), task.deadline().end());
    }

    @Test
    void aLeadAndTwoCooperatingUnitsArePickedBySearchingWithoutAccents(FxRobot robot) throws StoreException {
        newPlanWithTwoTasks(robot);

        robot.type(KeyCode.RIGHT, 2).type(KeyCode.F2);
        settle();
        robot.write("tai chinh").type(KeyCode.ENTER).type(KeyCode.ENTER);
        settle();
        robot.type(KeyCode.RIGHT).type(KeyCode.F2);
        settle();
        robot.write("noi vu").type(KeyCode.ENTER).write("tu phap").type(KeyCode.ENTER).type(KeyCode.ENTER);
        settle();

        Task task = openPlan().allTasks().get(1);
        assertEquals(List.of("Sở Tài chính"), task.lead().stream().map(UnitRef::name).toList());
        assertEquals(List.of("Sở Nội vụ", "Sở Tư pháp"), task.support().stream().map(UnitRef::name).toList());
    }

    @Test
    void tabIndentsAPhaseUnderThePhaseAboveAndShiftTabTakesItBack(FxRobot robot) throws StoreException {
        newPlanWithTwoTasks(robot);
        robot.press(KeyCode.CONTROL).type(KeyCode.INSERT).release(KeyCode.CONTROL);
        settle();
        robot.write("Đợt 1").type(KeyCode.ENTER);
        settle();

        robot.type(KeyCode.TAB);
        settle();
        Plan plan = openPlan();
        assertEquals(1, plan.phases().size());
        assertEquals("Đợt 1", plan.phases().get(0).subPhases().get(0).title());

        robot.press(KeyCode.SHIFT).type(KeyCode.TAB).release(KeyCode.SHIFT);
        settle();
        assertEquals(List.of("Chuẩn bị", "Đợt 1"), openPlan().phases().stream().map(Phase::title).toList());
    }

    @Test
    void threeEditsAreUndoneAndRedoneByTheirNames(FxRobot robot) throws StoreException {
        newPlanWithTwoTasks(robot);
        robot.type(KeyCode.F2).write("Lấy ý kiến các sở, ngành").type(KeyCode.ENTER);
        settle();

        robot.press(KeyCode.CONTROL).type(KeyCode.Z).type(KeyCode.Z).type(KeyCode.Z).release(KeyCode.CONTROL);
        settle();
        assertEquals(List.of("Xây dựng dự thảo"), openPlan().allTasks().stream().map(Task::content).toList());
        assertEquals("_Hoàn tác: sửa nội dung nhiệm vụ", menuText(robot, "menuUndo"));
        assertEquals("_Làm lại: thêm nhiệm vụ", menuText(robot, "menuRedo"));

        robot.press(KeyCode.CONTROL).type(KeyCode.Y).type(KeyCode.Y).type(KeyCode.Y).release(KeyCode.CONTROL);
        settle();
        assertEquals(List.of("Xây dựng dự thảo", "Lấy ý kiến các sở, ngành"), openPlan().allTasks().stream().map(Task::content).toList());
        assertEquals("_Hoàn tác: sửa nội dung nhiệm vụ", menuText(robot, "menuUndo"));
    }

    @Test
    void theSamplesAreOfferedOnAnEmptyStoreAndOneIsFoundByTypingWithoutAccentsAndOpens(FxRobot robot) throws Exception {
        assertTrue(robot.lookup("Kho dữ liệu đang trống.").tryQuery().isPresent(), "the empty-store placeholder");
        robot.clickOn("Thêm hai kế hoạch mẫu");
        settle();
        assertEquals(2, shownRows(robot).size());
        robot.press(KeyCode.CONTROL).type(KeyCode.F).release(KeyCode.CONTROL).write("ke hoach de an lang son");
        settle();

        List<TableRow<?>> rows = shownRows(robot);
        List<PlanSummary> found = rows.stream().map(row -> (PlanSummary) row.getItem()).toList();
        assertEquals(1, found.size());
        assertTrue(found.get(0).subject().contains("Lạng Sơn"), found.get(0).subject());
        String status = robot.lookup("#planListStatus").queryAs(Label.class).getText();
        assertTrue(status.endsWith("tìm thấy 1 trong 2 kế hoạch"), status);

        robot.clickOn(rows.get(0));
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> window.editor.planIdProperty().get() != null);
        settle();
        assertEquals(found.get(0).id(), window.editor.planIdProperty().get().longValue());
        assertTrue(robot.lookup("Tổ chuyên viên giúp việc").tryQuery().isPresent(), "the plan's units show in the tree");
    }

    /** The rows of the plan table that show a plan (it also draws empty filler rows). */
    private static List<TableRow<?>> shownRows(FxRobot robot) {
        return robot.lookup("#planTable .table-row-cell").queryAllAs(TableRow.class).stream()
                .filter(row -> !row.isEmpty() && row.isVisible())
                .<TableRow<?>>map(row -> row)
                .toList();
    }

    private static String menuText(FxRobot robot, String id) {
        javafx.scene.control.MenuBar bar = robot.lookup(".menu-bar").queryAs(javafx.scene.control.MenuBar.class);
        return bar.getMenus().stream().flatMap(m -> m.getItems().stream()).filter(i -> id.equals(i.getId())).findFirst()
                .orElseThrow().getText();
    }
}

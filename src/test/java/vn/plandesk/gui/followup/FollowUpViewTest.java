package vn.plandesk.gui.followup;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static vn.plandesk.logic.followup.FollowUpPlans.FINANCE;
import static vn.plandesk.logic.followup.FollowUpPlans.HOME_AFFAIRS;
import static vn.plandesk.logic.followup.FollowUpPlans.day;
import static vn.plandesk.logic.followup.FollowUpPlans.plan;
import static vn.plandesk.logic.followup.FollowUpPlans.task;

import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeoutException;
import javafx.scene.control.Labeled;
import javafx.scene.control.TreeItem;
import javafx.scene.control.TreeTableView;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.framework.junit5.Stop;
import vn.plandesk.gui.FxWaits;
import vn.plandesk.logic.followup.FollowUpItem;
import vn.plandesk.logic.store.StoreException;
import vn.plandesk.model.Task;

/** The follow-up view driven like a user would: mark a task done, extend a deadline, through the real dialogs. */
@ExtendWith(ApplicationExtension.class)
class FollowUpViewTest {
    @TempDir
    Path folder;
    private FollowUpOnScreen followUp;

    @Start
    void start(Stage stage) throws StoreException {
        followUp = new FollowUpOnScreen(folder, stage, plan(0, "15/KH-UBND", day(2026, 1, 15),
                task(0, "Trình dự thảo Quyết định", day(2026, 3, 1), null, FINANCE),
                task(0, "Tổng hợp báo cáo quý", day(2026, 3, 24), null, HOME_AFFAIRS),
                task(0, "Rà soát hồ sơ thẩm định", day(2026, 3, 5), null, FINANCE)));
        followUp.show(stage);
    }

    @Stop
    void stop() {
        followUp.close();
    }

    @Test
    void aTaskMarkedDoneLeavesTheOverdueList(FxRobot robot) throws Exception {
        followUp.settle();
        assertEquals(List.of("Rà soát hồ sơ thẩm định", "Trình dự thảo Quyết định"), overdueTasks(robot));

        robot.clickOn("Trình dự thảo Quyết định");
        robot.clickOn("#markDone");
        assertEquals("20/03/2026", robot.lookup("#askedDate").queryAs(javafx.scene.control.DatePicker.class).getEditor().getText(),
                "today is offered");
        robot.clickOn("Hoàn thành");
        settleWithOverdue(robot, 1);

        assertEquals(List.of("Rà soát hồ sơ thẩm định"), overdueTasks(robot));
        assertFalse(robot.lookup("Trình dự thảo Quyết định").tryQuery().isPresent(), "the row is gone from the screen");
        Task stored = storedTask(0);
        assertEquals(FollowUpOnScreen.TODAY, stored.completedOn());
        assertEquals("1 nhiệm vụ quá hạn, 1 nhiệm vụ đến hạn trong 7 ngày tới · 1 kế hoạch",
                robot.lookup("#followUpStatus").queryAs(Labeled.class).getText());
    }

    @Test
    void anExtendedTaskMovesFromOverdueToWithinDeadlineShowingBothDeadlines(FxRobot robot) throws Exception {
        followUp.settle();
        robot.clickOn("Rà soát hồ sơ thẩm định");
        robot.clickOn("#extendDeadline");
        robot.clickOn("#extensionWords").write("truoc ngay 26/3");
        assertEquals("Hiểu là: 26/03/2026", robot.lookup("#extensionReadAs").queryAs(Labeled.class).getText());
        robot.clickOn("#extensionReason").write("Cho y kien Bo Tai chinh");
        robot.clickOn("Gia hạn");
        settleWithOverdue(robot, 1);

        assertEquals(List.of("Trình dự thảo Quyết định"), overdueTasks(robot));
        FollowUpItem extended = rows(robot).stream().map(FollowUpView.Row::item)
                .filter(i -> i != null && i.task().content().equals("Rà soát hồ sơ thẩm định")).findFirst().orElseThrow();
        assertEquals("Sắp đến hạn (đã gia hạn)", FollowUpTexts.status(extended));
        String shown = "truoc ngay 26/3 (26/03/2026)\nHạn ban đầu: Trước ngày 5/3/2026 (05/03/2026)";
        assertTrue(robot.lookup(shown).tryQuery().isPresent(), "both deadlines on screen");
        assertTrue(robot.lookup("Sắp đến hạn (đã gia hạn)").tryQuery().isPresent());
        Task stored = storedTask(2);
        assertEquals(day(2026, 3, 5), stored.deadline().due());
        assertEquals(day(2026, 3, 26), stored.deadlineInForce().due());
        assertEquals("Cho y kien Bo Tai chinh", stored.extensions().get(0).reason());
    }

    @Test
    void wordsWithoutADateAreExplainedInTheFormBeforeAnythingIsStored(FxRobot robot) throws Exception {
        followUp.settle();
        robot.clickOn("Trình dự thảo Quyết định");
        robot.clickOn("#extendDeadline");
        robot.clickOn("#extensionWords").write("thuong xuyen");
        assertEquals("“thuong xuyen” không chỉ ra một ngày hết hạn. Gia hạn cần một thời hạn cụ thể, ví dụ “trước ngày 30/6/2026”.",
                robot.lookup("#extensionReadAs").queryAs(Labeled.class).getText());
        robot.clickOn("Huỷ");
        followUp.settle();
        assertTrue(storedTask(0).extensions().isEmpty());
        assertEquals(2, overdueTasks(robot).size());
    }

    private Task storedTask(int index) throws StoreException {
        return followUp.store.plans().load(followUp.planIds.get(0)).allTasks().get(index);
    }

    /**
     * Waits for a task stored in the background to leave the overdue list, {@code count} tasks left:
     * while it is being stored the view is not loading, so {@link FollowUpOnScreen#settle()} alone can return before the write.
     */
    private void settleWithOverdue(FxRobot robot, int count) throws TimeoutException {
        FxWaits.until(() -> overdueTasks(robot).size() == count);
        followUp.settle();
    }

    private static List<FollowUpView.Row> rows(FxRobot robot) {
        @SuppressWarnings("unchecked")
        TreeTableView<FollowUpView.Row> tree = robot.lookup("#followUpTree").queryAs(TreeTableView.class);
        return tree.getRoot().getChildren().stream()
                .flatMap(unit -> java.util.stream.Stream.concat(java.util.stream.Stream.of(unit), unit.getChildren().stream()))
                .map(TreeItem::getValue).toList();
    }

    /** The overdue tasks the tree holds, once each, by content. */
    private static List<String> overdueTasks(FxRobot robot) {
        return rows(robot).stream().map(FollowUpView.Row::item).filter(i -> i != null && i.isOverdue())
                .map(i -> i.task().content()).distinct().sorted().toList();
    }
}

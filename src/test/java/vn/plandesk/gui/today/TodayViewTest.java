package vn.plandesk.gui.today;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static vn.plandesk.logic.followup.FollowUpPlans.FINANCE;
import static vn.plandesk.logic.followup.FollowUpPlans.HOME_AFFAIRS;
import static vn.plandesk.logic.followup.FollowUpPlans.day;
import static vn.plandesk.logic.followup.FollowUpPlans.plan;
import static vn.plandesk.logic.followup.FollowUpPlans.task;

import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import java.util.concurrent.TimeUnit;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.Labeled;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.framework.junit5.Stop;
import org.testfx.util.WaitForAsyncUtils;
import vn.plandesk.gui.RecordingDialogService;
import vn.plandesk.gui.followup.FollowUpOnScreen;
import vn.plandesk.gui.planlist.PlanListViewModel;
import vn.plandesk.logic.store.StoreLocation;
import vn.plandesk.logic.store.StoreException;

/** The "Hôm nay" strip on screen: figures read in the background, updated on a change, each a link. */
@ExtendWith(ApplicationExtension.class)
class TodayViewTest {
    @TempDir
    Path folder;
    private final RecordingFollowUpLink link = new RecordingFollowUpLink();
    private FollowUpOnScreen followUp;
    private Stage stage;

    @Start
    void start(Stage stage) throws StoreException {
        this.stage = stage;
        followUp = new FollowUpOnScreen(folder, stage, plan(0, "15/KH-UBND", day(2026, 1, 15),
                task(0, "Trình dự thảo Quyết định", day(2026, 3, 1), null, FINANCE),
                task(0, "Tổng hợp báo cáo quý", day(2026, 3, 24), null, HOME_AFFAIRS)));
        PlanListViewModel planList = new PlanListViewModel(followUp.store.plans(), followUp.store.units(),
                new StoreLocation.Folder(followUp.store.folder()), new RecordingDialogService(), followUp.changes, Clock.systemDefaultZone(),
                followUp.executor);
        TodayViewModel viewModel = new TodayViewModel(planList.openDueDatesProperty(), () -> FollowUpOnScreen.TODAY, link);
        stage.setScene(new Scene(new TodayView(viewModel), 700, 60));
        stage.show();
    }

    @Stop
    void stop() {
        followUp.close();
    }

    @Test
    void theFiguresAreLinksAndFollowTheStore(FxRobot robot) throws Exception {
        waitForText(robot, "#todayOverdue", "1 nhiệm vụ quá hạn");
        assertEquals("1 nhiệm vụ đến hạn trong", text(robot, "#todayDueSoon"));

        robot.clickOn("#todayOverdue");
        robot.clickOn("#todayDueSoon");
        assertEquals(List.of("overdue", "due within 7"), link.followed());

        long added = followUp.store.plans().create(plan(0, "20/KH-UBND", day(2026, 2, 1),
                task(0, "Báo cáo tiến độ", day(2026, 3, 5), null, FINANCE)));
        robot.interact(() -> followUp.changes.planChanged(added, this));
        waitForText(robot, "#todayOverdue", "2 nhiệm vụ quá hạn");
    }

    @Test
    void aNarrowStripWrapsBetweenTheFiguresNotInsideAPhrase(FxRobot robot) throws Exception {
        waitForText(robot, "#todayOverdue", "1 nhiệm vụ quá hạn");
        boolean wrapped = false;
        // from the plan list's narrowest to a strip wide enough for one line
        for (int width = 300; width <= 700; width += 10) {
            int shown = width;
            robot.interact(() -> stage.setWidth(shown));
            WaitForAsyncUtils.waitForFxEvents();
            wrapped |= top(robot, "#todayDueSoon") > top(robot, "#todayOverdue");
            // centred on one line with the link (the spinner is taller, so the middles are compared)
            assertEquals(middle(robot, "#todayDueSoon"), middle(robot, "#todayDays"), 2.0,
                    "at " + width + " pixels the number of days left its phrase");
            assertEquals(middle(robot, "#todayDays"), middle(robot, ".today-days-unit"), 2.0,
                    "at " + width + " pixels \"ngày tới\" left its phrase");
        }
        assertTrue(wrapped, "the strip never wrapped: the check proves nothing");
    }

    private static double top(FxRobot robot, String id) {
        Node node = robot.lookup(id).query();
        return node.localToScene(node.getBoundsInLocal()).getMinY();
    }

    private static double middle(FxRobot robot, String id) {
        Node node = robot.lookup(id).query();
        return node.localToScene(node.getBoundsInLocal()).getCenterY();
    }

    private static String text(FxRobot robot, String id) {
        return robot.lookup(id).queryAs(Labeled.class).getText();
    }

    private static void waitForText(FxRobot robot, String id, String expected) throws Exception {
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> expected.equals(text(robot, id)));
    }
}

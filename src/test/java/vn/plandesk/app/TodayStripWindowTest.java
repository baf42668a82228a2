package vn.plandesk.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import javafx.scene.Node;
import javafx.scene.control.ChoiceBox;
import javafx.scene.control.Labeled;
import javafx.scene.control.TabPane;
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
import vn.plandesk.gui.followup.FollowUpViewModel;
import vn.plandesk.logic.samples.SamplePlans;
import vn.plandesk.logic.store.StoreException;

/** "Hôm nay" in the window as the application puts it together: above the plan list, its links opening Theo dõi filtered. */
@ExtendWith(ApplicationExtension.class)
class TodayStripWindowTest {
    @TempDir
    Path folder;

    private WindowOnTestStage shown;

    @Start
    void start(Stage stage) throws StoreException {
        shown = WindowOnTestStage.show(stage, folder, new RecordingDialogService(), filled -> SamplePlans.addTo(filled.plans()));
    }

    @Stop
    void stop() throws Exception {
        shown.close();
    }

    @Test
    void theStripSitsAboveThePlanListAndItsOverdueLinkOpensTheFollowUpFiltered(FxRobot robot) throws Exception {
        Labeled overdue = robot.lookup("#todayOverdue").queryAs(Labeled.class);
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> overdue.getText().endsWith("nhiệm vụ quá hạn"));
        Node strip = robot.lookup("#todayStrip").query();
        Node list = robot.lookup("#planSearch").query();
        assertTrue(strip.localToScene(strip.getBoundsInLocal()).getMaxY() <= list.localToScene(list.getBoundsInLocal()).getMinY() + 1,
                "the strip is above the plan list");

        robot.clickOn("#todayOverdue");
        WaitForAsyncUtils.waitForFxEvents();
        TabPane sections = robot.lookup("#sections").queryAs(TabPane.class);
        assertEquals("followup", sections.getSelectionModel().getSelectedItem().getId());
        assertEquals(FollowUpViewModel.Shown.OVERDUE, robot.lookup("#followUpShown").queryAs(ChoiceBox.class).getValue());
    }
}

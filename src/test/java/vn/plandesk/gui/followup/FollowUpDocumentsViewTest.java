package vn.plandesk.gui.followup;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static vn.plandesk.logic.followup.FollowUpPlans.FINANCE;
import static vn.plandesk.logic.followup.FollowUpPlans.HOME_AFFAIRS;
import static vn.plandesk.logic.followup.FollowUpPlans.day;
import static vn.plandesk.logic.followup.FollowUpPlans.plan;
import static vn.plandesk.logic.followup.FollowUpPlans.task;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import javafx.scene.control.Labeled;
import javafx.scene.control.TextField;
import javafx.stage.Stage;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.framework.junit5.Stop;
import vn.plandesk.gui.FxWaits;
import vn.plandesk.logic.store.StoreException;

/** Theo dõi's report and urging letters driven as a user would, through the real dialogs and the window's executor. */
@ExtendWith(ApplicationExtension.class)
class FollowUpDocumentsViewTest {
    @TempDir
    Path folder;
    private FollowUpOnScreen followUp;

    @Start
    void start(Stage stage) throws StoreException {
        followUp = new FollowUpOnScreen(folder.resolve("store"), stage, plan(0, "15/KH-UBND", day(2026, 1, 15),
                task(0, "Trình dự thảo Quyết định", day(2026, 3, 1), null, FINANCE),
                task(0, "Tổng hợp báo cáo quý", day(2026, 3, 24), null, HOME_AFFAIRS)));
        followUp.show(stage);
    }

    @Stop
    void stop() {
        followUp.close();
    }

    @Test
    void theReportButtonWritesTheWorkbookForThePeriodShown(FxRobot robot) throws Exception {
        settle();
        robot.clickOn("#exportReport");
        Path sheet = folder.resolve("bao-cao-quy.xlsx");
        robot.clickOn("#reportFormat-xlsx");
        robot.interact(() -> robot.lookup("#reportTarget").queryAs(TextField.class).setText(sheet.toString()));
        robot.clickOn("#reportStart");
        waitForStatus(robot, "#reportStartStatus", "Đã ghi báo cáo");

        assertTrue(status(robot, "#reportStartStatus").endsWith(sheet.toAbsolutePath().toString()), status(robot, "#reportStartStatus"));
        try (XSSFWorkbook wb = new XSSFWorkbook(Files.newInputStream(sheet))) {
            assertEquals(2, wb.getNumberOfSheets());
        }
    }

    @Test
    void lettersGoToTheUnitOfTheRowSelected(FxRobot robot) throws Exception {
        settle();
        robot.clickOn("Trình dự thảo Quyết định");
        robot.clickOn("#composeUrging");
        Path into = folder.resolve("cong-van");
        robot.interact(() -> robot.lookup("#urgeFolder").queryAs(TextField.class).setText(into.toString()));
        robot.clickOn("#urgeStart");
        waitForStatus(robot, "#urgeStartStatus", "Đã soạn");

        try (Stream<Path> files = Files.list(into)) {
            assertEquals(List.of("So_Tai_chinh.docx"), files.map(p -> p.getFileName().toString()).toList());
        }
        assertEquals("Đã soạn 1 công văn đôn đốc trong " + into.toAbsolutePath(), status(robot, "#urgeStartStatus"));
    }

    private static String status(FxRobot robot, String id) {
        return robot.lookup(id).queryAs(Labeled.class).getText();
    }

    private static void waitForStatus(FxRobot robot, String id, String start) throws Exception {
        FxWaits.until(20, () -> status(robot, id).startsWith(start));
    }

    private void settle() throws Exception {
        FxWaits.untilShown(robot(), "Trình dự thảo Quyết định");
    }

    private static FxRobot robot() {
        return new FxRobot();
    }
}

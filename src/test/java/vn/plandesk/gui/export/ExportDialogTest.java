package vn.plandesk.gui.export;

import static org.junit.jupiter.api.Assertions.assertEquals;
import vn.plandesk.gui.background.FxTaskExecutor;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.TimeoutException;
import java.util.prefs.BackingStoreException;
import java.util.prefs.Preferences;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.layout.StackPane;
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
import vn.plandesk.gui.RecordingDialogService;
import vn.plandesk.logic.i18n.Messages;
import vn.plandesk.logic.samples.SamplePlans;
import vn.plandesk.logic.store.Store;
import vn.plandesk.logic.store.StoreException;

/** File → Export driven like a user would: choose Excel, pick a file, see it written, open it. */
@ExtendWith(ApplicationExtension.class)
class ExportDialogTest {
    @TempDir
    Path folder;

    private Store store;
    private Stage owner;
    private long planId;
    private Preferences preferences;
    private final RecordingDialogService dialogs = new RecordingDialogService();
    private final List<Path> opened = new ArrayList<>();

    @Start
    void start(Stage stage) throws StoreException {
        Messages.setLocale(Messages.VIETNAMESE);
        store = Store.open(folder.resolve("plandesk"));
        planId = SamplePlans.addTo(store.plans()).get(0);
        preferences = Preferences.userRoot().node("vn/plandesk/test/export-" + UUID.randomUUID());
        owner = stage;
        owner.setScene(new Scene(new StackPane(), 300, 200));
        owner.show();
    }

    @Stop
    void stop() throws BackingStoreException {
        store.close();
        preferences.removeNode();
    }

    /** Opens the dialog with a file chooser that "picks" {@code fileName} in {@code chosenFolder}. */
    private void openDialog(FxRobot robot, Path chosenFolder, String fileName) throws TimeoutException {
        dialogs.chooseNext(chosenFolder.resolve(fileName));
        robot.interact(() -> PlanExport.start(owner, store.plans(), store.calendar(), planId, window -> dialogs, () -> preferences, opened::add,
                new FxTaskExecutor()));
        // the plan is read in the background before the dialog opens
        FxWaits.untilShown(robot, "#export-start");
    }

    private void waitUntilDone(FxRobot robot) throws TimeoutException {
        FxWaits.until(30, () -> robot.lookup("#export-start").queryButton().isVisible());
    }

    @Test
    void exportsTheWorkbookAndOffersToOpenIt(FxRobot robot) throws Exception {
        Path out = Files.createDirectory(folder.resolve("Xuất"));
        openDialog(robot, out, "phan-cong");
        assertTrue(robot.lookup("#export-docx-options").query().isVisible(), "Word options are shown for the Word document");
        robot.clickOn("#export-kind-pdf");
        assertTrue(robot.lookup("#export-timeline-options").query().isVisible(), "paper options for the timeline");
        assertFalse(robot.lookup("#export-docx-options").query().isVisible());
        robot.clickOn("#export-kind-xlsx");
        assertFalse(robot.lookup("#export-docx-options").query().isVisible(), "Word options are hidden for a workbook");
        assertFalse(robot.lookup("#export-timeline-options").query().isVisible());
        robot.clickOn("#export-start");
        waitUntilDone(robot);

        assertEquals(List.of("save [*.xlsx] " + System.getProperty("user.home") + " KH-25-KH-KHCN.xlsx"), dialogs.choosers());
        Path written = out.resolve("phan-cong.xlsx");
        try (XSSFWorkbook workbook = new XSSFWorkbook(Files.newInputStream(written))) {
            assertNotNull(workbook.getSheet("Phân công nhiệm vụ"));
        }
        String status = robot.lookup("#export-status").queryAs(Label.class).getText();
        assertEquals("Đã xuất bảng tính Excel ra " + written.toAbsolutePath() + ". Mở tệp ngay?", status);
        Button open = robot.lookup("#export-open").queryButton();
        assertTrue(open.isVisible());
        robot.clickOn(open);
        assertEquals(List.of(written), opened);
        assertTrue(dialogs.shown().isEmpty(), dialogs.shown().toString());

        // the next export opens in the folder used last time, with the format chosen last time
        openDialog(robot, out, "lan-hai.xlsx");
        robot.clickOn("#export-start");
        waitUntilDone(robot);
        assertEquals("save [*.xlsx] " + out + " KH-25-KH-KHCN.xlsx", dialogs.choosers().get(1));
    }

    @Test
    void aFolderInTheWayIsToldAndLeftAsItWas(FxRobot robot) throws Exception {
        Path inTheWay = Files.createDirectories(folder.resolve("KH-25-KH-KHCN.docx"));
        Files.writeString(inTheWay.resolve("ghi-chu.txt"), "kept");
        openDialog(robot, folder, inTheWay.getFileName().toString());
        robot.clickOn("#export-start");
        waitUntilDone(robot);
        assertEquals(List.of("Không xuất được: " + inTheWay.toAbsolutePath() + " là một thư mục, không phải tệp."), dialogs.shown());
        assertFalse(robot.lookup("#export-open").queryButton().isVisible(), "nothing to open");
        assertEquals("kept", Files.readString(inTheWay.resolve("ghi-chu.txt")));
        assertEquals(dialogs.shown().get(0).substring("Không xuất được: ".length()),
                robot.lookup("#export-status").queryAs(Label.class).getText());
        assertTrue(opened.isEmpty());
    }
}

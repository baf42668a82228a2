package vn.plandesk.gui.mainwindow;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import javafx.scene.control.Menu;
import javafx.scene.control.MenuBar;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.framework.junit5.Stop;
import vn.plandesk.logic.i18n.Messages;
import vn.plandesk.logic.store.StoreException;

/** The window as started with --lang en. */
@ExtendWith(ApplicationExtension.class)
class MainWindowInEnglishTest {
    @TempDir
    Path folder;

    private WindowFixture window;

    @Start
    void start(Stage stage) throws StoreException {
        Messages.setLocale(Messages.ENGLISH);
        window = new WindowFixture(folder);
        window.show(stage);
    }

    @Stop
    void stop() {
        window.close();
        Messages.setLocale(Messages.VIETNAMESE);
    }

    @Test
    void everyLabelIsEnglish(FxRobot robot) {
        assertTrue(robot.lookup("The data store is empty.").tryQuery().isPresent(), "the empty-store placeholder");
        assertTrue(robot.lookup("Add the two sample plans").tryQuery().isPresent(), "the sample button");
        assertEquals("Find a plan (accents optional)", robot.lookup("#planSearch").queryAs(TextField.class).getPromptText());
        TableView<?> table = robot.lookup("#planTable").queryAs(TableView.class);
        assertEquals(List.of("Number", "Subject", "Issued on", "Overdue"),
                table.getColumns().stream().map(TableColumn::getText).toList());
        MenuBar menuBar = robot.lookup(".menu-bar").queryAs(MenuBar.class);
        assertEquals(List.of("_File", "_Edit", "_View", "_Help"), menuBar.getMenus().stream().map(Menu::getText).toList());
    }
}

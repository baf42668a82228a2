package vn.plandesk.gui.mainwindow;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.MenuBar;
import javafx.scene.control.MenuItem;
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

/** The window of a login that may only read, driven like a user would (the empty store's own test is EditorWindowTest's). */
@ExtendWith(ApplicationExtension.class)
class MainWindowTest {
    @TempDir
    Path folder;

    private WindowFixture window;

    @Start
    void start(Stage stage) throws StoreException {
        Messages.setLocale(Messages.VIETNAMESE);
        window = new WindowFixture(folder);
        window.show(stage);
    }

    @Stop
    void stop() {
        window.close();
    }

    @Test
    void aReadOnlyWindowSaysSoAndNoNewPlanNorSampleCanBeStored(FxRobot robot) {
        robot.interact(() -> window.window.showReadOnly(
                Messages.get("access.banner", "lanhdao", "postgresql://may-chu:5432/plandesk?user=lanhdao")));

        Label banner = robot.lookup("#readOnlyBanner").queryAs(Label.class);
        assertTrue(banner.isVisible() && banner.getText().startsWith("Chỉ xem: tài khoản lanhdao"), banner.getText());
        assertFalse(robot.lookup("Thêm hai kế hoạch mẫu").queryAs(Node.class).isVisible(), "no samples offered");
        assertFalse(window.window.editorView().treeView().tree().isEditable());
        MenuItem newPlan = robot.lookup(".menu-bar").queryAs(MenuBar.class).getMenus().get(0).getItems().stream()
                .filter(item -> "menuNewPlan".equals(item.getId())).findFirst().orElseThrow();
        assertTrue(newPlan.isDisable());

        robot.press(KeyCode.CONTROL, KeyCode.N).release(KeyCode.N, KeyCode.CONTROL);
        WaitForAsyncUtils.waitForFxEvents();
        assertTrue(window.store.plans().isEmpty(), "Ctrl+N stored no plan");
    }
}

package vn.plandesk.gui.mainwindow;

import javafx.scene.Scene;
import javafx.scene.control.Menu;
import javafx.scene.control.MenuBar;
import javafx.scene.control.MenuItem;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCodeCombination;
import javafx.scene.input.KeyCombination;
import javafx.scene.layout.BorderPane;
import javafx.stage.Stage;
import javafx.stage.WindowEvent;
import org.controlsfx.control.StatusBar;
import vn.plandesk.gui.DialogService;
import vn.plandesk.gui.planlist.PlanListView;
import vn.plandesk.gui.planlist.PlanListViewModel;
import vn.plandesk.logic.i18n.Messages;

/**
 * The application window: menus, the plan list in the middle, a status bar below. Features that
 * come later (the editor, follow-up) get their own packages and are placed here.
 */
public final class MainWindow {
    private final PlanListViewModel planList;
    private final String version;
    private final DialogService dialogs;

    public MainWindow(PlanListViewModel planList, String version, DialogService dialogs) {
        this.planList = planList;
        this.version = version;
        this.dialogs = dialogs;
    }

    /** Fills the stage with the window's content and shows it. */
    public void show(Stage stage) {
        PlanListView planListView = new PlanListView(planList);
        StatusBar statusBar = new StatusBar();
        statusBar.textProperty().bind(planList.statusTextProperty());

        BorderPane root = new BorderPane(planListView, menuBar(stage), null, statusBar, null);
        Scene scene = new Scene(root);
        scene.getAccelerators().put(new KeyCodeCombination(KeyCode.F, KeyCombination.SHORTCUT_DOWN), planListView::focusSearch);
        stage.setTitle(Messages.get("app.name"));
        stage.setScene(scene);
        stage.show();
        planListView.focusSearch();
    }

    private MenuBar menuBar(Stage stage) {
        MenuItem quit = new MenuItem(Messages.get("main.menu.quit"));
        quit.setAccelerator(new KeyCodeCombination(KeyCode.Q, KeyCombination.SHORTCUT_DOWN));
        // The same path as the window's close button, so whatever runs on closing runs here too.
        quit.setOnAction(event -> stage.fireEvent(new WindowEvent(stage, WindowEvent.WINDOW_CLOSE_REQUEST)));
        MenuItem about = new MenuItem(Messages.get("main.menu.about"));
        about.setOnAction(event -> dialogs.showInformation(Messages.get("main.about.title"),
                Messages.get("main.about.header", version), Messages.get("main.about.text")));
        return new MenuBar(new Menu(Messages.get("main.menu.file"), null, quit),
                new Menu(Messages.get("main.menu.help"), null, about));
    }
}

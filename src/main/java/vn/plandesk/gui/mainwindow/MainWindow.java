package vn.plandesk.gui.mainwindow;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Supplier;
import javafx.beans.binding.Bindings;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.CheckMenuItem;
import javafx.scene.control.Label;
import javafx.scene.control.Menu;
import javafx.scene.control.MenuBar;
import javafx.scene.control.MenuItem;
import javafx.scene.control.RadioMenuItem;
import javafx.scene.control.SeparatorMenuItem;
import javafx.scene.control.SplitPane;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;
import javafx.scene.control.TextInputControl;
import javafx.scene.control.ToggleGroup;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCodeCombination;
import javafx.scene.input.KeyCombination;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import javafx.stage.Stage;
import javafx.stage.WindowEvent;
import vn.plandesk.gui.DialogService;
import vn.plandesk.gui.background.TaskExecutor;
import vn.plandesk.gui.editor.PlanEditorView;
import vn.plandesk.gui.editor.PlanEditorViewModel;
import vn.plandesk.gui.planlist.PlanListView;
import vn.plandesk.gui.planlist.PlanListViewModel;
import vn.plandesk.gui.settings.Settings;
import vn.plandesk.gui.undo.UndoManager;
import vn.plandesk.logic.i18n.Messages;
import vn.plandesk.model.PlanSummary;

/**
 * The application window: menus, sections as tabs ("Kế hoạch" first: the plan list beside the
 * open plan), a status bar that says when the last change was stored. Other features add their
 * own sections with {@link #addSection} and menu items with {@link #addMenuItems}.
 */
public final class MainWindow {
    /** The menus other features may add items to. */
    public enum MenuName { FILE, EDIT, VIEW, HELP }

    private final PlanListViewModel planList;
    private final PlanEditorViewModel editor;
    private final Settings settings;
    private final String version;
    private final DialogService dialogs;
    private final PlanListView planListView;
    private final PlanEditorView editorView;
    private final TabPane sections = new TabPane();
    private final SplitPane plansSplit;
    /** The plan list, with room above it for strips such as "Hôm nay". */
    private final VBox planColumn;
    private final Map<MenuName, Menu> menus = new EnumMap<>(MenuName.class);
    private final MenuItem quit = new MenuItem(Messages.get("main.menu.quit"));
    private final StatusStrip statusBar = new StatusStrip();
    private final TaskExecutor executor;
    /** Over the sections, shown only in a window that may not change the data. */
    private final Label readOnlyBanner = new Label();
    /** The window's own items that change the data: disabled in a read-only window. */
    private final List<MenuItem> writingItems = new ArrayList<>();
    private Stage stage;

    public MainWindow(PlanListViewModel planList, PlanEditorViewModel editor, Settings settings, String version, DialogService dialogs,
            TaskExecutor executor) {
        this.planList = planList;
        this.executor = executor;
        this.editor = editor;
        this.settings = settings;
        this.version = version;
        this.dialogs = dialogs;
        this.planListView = new PlanListView(planList);
        this.editorView = new PlanEditorView(editor, settings);
        planColumn = new VBox(planListView);
        VBox.setVgrow(planListView, Priority.ALWAYS);
        plansSplit = new SplitPane(planColumn, editorView);
        // the fixed columns and a readable subject: 105 + 130 + 95 + 140 and the scroll bar
        planListView.setMinWidth(485);
        planListView.setPrefWidth(485);
        editorView.setMinWidth(420);
        plansSplit.getDividers().get(0).positionProperty().addListener((o, was, now) -> {
            if (plansSplit.getWidth() > 0) {
                settings.setDividers("main", now.doubleValue());
            }
        });
        sections.setTabClosingPolicy(TabPane.TabClosingPolicy.UNAVAILABLE);
        sections.setId("sections");
        addSection("plans", Messages.get("main.section.plans"), plansSplit);
        buildMenus();

        planListView.selectedPlanProperty().addListener((o, was, chosen) -> openChosen(chosen));
        editor.planIdProperty().addListener((o, was, id) -> planListView.showSelected(id));
    }

    /** Adds a section (a tab beside "Kế hoạch": the units, the follow-up ...). */
    public void addSection(String id, String title, Node content) {
        Tab tab = new Tab(title, content);
        tab.setId(id);
        sections.getTabs().add(tab);
    }

    /** Brings a section to the front (building it first if it is built on first use). */
    public void showSection(String id) {
        sections.getTabs().stream().filter(tab -> id.equals(tab.getId())).findFirst().ifPresent(sections.getSelectionModel()::select);
    }

    /** Puts a strip above the plan list (the "Hôm nay" figures). */
    public void addAbovePlanList(Node strip) {
        planColumn.getChildren().add(0, strip);
    }

    /**
     * Adds a section whose content is built when the user first opens it: start-up builds only what
     * the window shows first.
     */
    public void addSectionOnFirstUse(String id, String title, Supplier<? extends Node> content) {
        Tab tab = new Tab(title);
        tab.setId(id);
        tab.selectedProperty().addListener((o, was, selected) -> {
            if (selected && tab.getContent() == null) {
                tab.setContent(content.get());
            }
        });
        sections.getTabs().add(tab);
    }

    /** Puts an item in the status bar, left of the plan list's figures (another desk's last change). */
    public void addStatusItem(Node item) {
        statusBar.getRightItems().add(0, item);
    }

    /** Adds items to a menu; in the File menu they go above "Thoát". */
    public void addMenuItems(MenuName name, MenuItem... items) {
        Menu menu = menus.get(name);
        int at = name == MenuName.FILE ? menu.getItems().indexOf(quit) - 1 : menu.getItems().size();
        menu.getItems().addAll(at, List.of(items));
    }

    /** The open plan's view: the timeline goes into its side pane and follows its tree. */
    public PlanEditorView editorView() {
        return editorView;
    }

    /** Fills the stage with the window's content and shows it. */
    public void show(Stage stage) {
        this.stage = stage;
        statusBar.textProperty().bind(Bindings.createStringBinding(
                () -> editor.messageProperty().get().isEmpty() ? editor.savedTextProperty().get() : editor.messageProperty().get(),
                editor.messageProperty(), editor.savedTextProperty()));
        Label listStatus = new Label();
        listStatus.setId("planListStatus");
        listStatus.textProperty().bind(planList.statusTextProperty());
        statusBar.getRightItems().add(listStatus);

        readOnlyBanner.setId("readOnlyBanner");
        readOnlyBanner.getStyleClass().add("read-only-banner");
        readOnlyBanner.setWrapText(true);
        readOnlyBanner.setMaxWidth(Double.MAX_VALUE);
        readOnlyBanner.managedProperty().bind(readOnlyBanner.visibleProperty());
        readOnlyBanner.setVisible(false);
        VBox top = new VBox(new MenuBar(menus.values().toArray(Menu[]::new)), readOnlyBanner);
        BorderPane root = new BorderPane(sections, top, null, statusBar, null);
        Scene scene = new Scene(root);
        scene.getStylesheets().add(MainWindow.class.getResource("/vn/plandesk/gui/plandesk.css").toExternalForm());
        stage.titleProperty().bind(editor.titleProperty().map(t -> t.isEmpty() ? Messages.get("app.name")
                : Messages.get("main.title", t, Messages.get("app.name"))));
        stage.setScene(scene);
        stage.show();
        // Divider positions only hold once the split pane has its size.
        plansSplit.layout();
        plansSplit.setDividerPositions(settings.dividers("main", 0.34));
        planListView.focusSearch();
    }

    /** Says in the status bar when the office server is out of reach and when it is back. */
    public void followConnection(ConnectionStatusViewModel connection) {
        Label status = new Label();
        status.setId("connectionStatus");
        status.textProperty().bind(connection.textProperty());
        connection.lostProperty().addListener((o, was, lost) -> {
            status.getStyleClass().remove("field-problem");
            if (lost) {
                status.getStyleClass().add("field-problem");
            }
        });
        statusBar.getLeftItems().add(status);
    }

    /**
     * The window of a login that may only read: {@code banner} says so over the sections, and the plan
     * list, the editor and the window's items that would change the data are disabled. Export and
     * print stay.
     */
    public void showReadOnly(String banner) {
        readOnlyBanner.setText(banner);
        readOnlyBanner.setVisible(true);
        editor.editingAllowedProperty().set(false);
        planList.editingAllowedProperty().set(false);
        for (MenuItem item : writingItems) {
            item.disableProperty().unbind();
            item.setDisable(true);
        }
    }

    /** Opens the plan that was open when the window last closed, if it is still there. */
    public void openLastPlan() {
        settings.lastPlan().ifPresent(editorView::reopen);
    }

    private void openChosen(PlanSummary chosen) {
        if (chosen != null && (editor.planIdProperty().get() == null || editor.planIdProperty().get() != chosen.id())) {
            editorView.open(chosen.id());
        }
    }

    private void buildMenus() {
        var tree = editorView.treeView();
        MenuItem newPlan = item("main.menu.newPlan", new KeyCodeCombination(KeyCode.N, KeyCombination.SHORTCUT_DOWN), editorView::newPlan);
        newPlan.setId("menuNewPlan");
        MenuItem duplicate = item("main.menu.duplicate", null, editorView::duplicatePlan);
        duplicate.disableProperty().bind(editor.planIdProperty().isNull());
        quit.setAccelerator(new KeyCodeCombination(KeyCode.Q, KeyCombination.SHORTCUT_DOWN));
        // The same path as the window's close button, so whatever runs on closing runs here too.
        quit.setOnAction(event -> stage.fireEvent(new WindowEvent(stage, WindowEvent.WINDOW_CLOSE_REQUEST)));
        menus.put(MenuName.FILE, new Menu(Messages.get("main.menu.file"), null, newPlan, duplicate, new SeparatorMenuItem(), quit));

        MenuItem undo = item("main.menu.undo", new KeyCodeCombination(KeyCode.Z, KeyCombination.SHORTCUT_DOWN), editor::undo);
        MenuItem redo = item("main.menu.redo", new KeyCodeCombination(KeyCode.Y, KeyCombination.SHORTCUT_DOWN), editor::redo);
        undo.setId("menuUndo");
        redo.setId("menuRedo");
        bindUndo(undo, redo, editor.undoManagerProperty().get());
        editor.undoManagerProperty().addListener((o, was, now) -> bindUndo(undo, redo, now));
        MenuItem addTask = item("main.menu.addTask", new KeyCodeCombination(KeyCode.INSERT), () -> unlessTyping(tree::addTask));
        MenuItem addPhase = item("main.menu.addPhase", new KeyCodeCombination(KeyCode.INSERT, KeyCombination.SHORTCUT_DOWN),
                tree::addPhase);
        MenuItem delete = item("main.menu.delete", new KeyCodeCombination(KeyCode.DELETE), () -> inTree(tree::deleteSelected));
        MenuItem indent = item("main.menu.indent", null, tree::indent);
        MenuItem outdent = item("main.menu.outdent", null, tree::outdent);
        MenuItem up = item("main.menu.moveUp", new KeyCodeCombination(KeyCode.UP, KeyCombination.ALT_DOWN), () -> inTree(() -> tree.move(true)));
        MenuItem down = item("main.menu.moveDown", new KeyCodeCombination(KeyCode.DOWN, KeyCombination.ALT_DOWN),
                () -> inTree(() -> tree.move(false)));
        MenuItem editCell = item("main.menu.editCell", new KeyCodeCombination(KeyCode.F2), () -> inTree(tree::editFocused));
        MenuItem copy = item("main.menu.copy", new KeyCodeCombination(KeyCode.C, KeyCombination.SHORTCUT_DOWN), () -> inTree(tree::copy));
        MenuItem paste = item("main.menu.paste", new KeyCodeCombination(KeyCode.V, KeyCombination.SHORTCUT_DOWN), () -> inTree(tree::paste));
        Menu edit = new Menu(Messages.get("main.menu.edit"), null, undo, redo, new SeparatorMenuItem(), addTask, addPhase, delete,
                new SeparatorMenuItem(), indent, outdent, up, down, new SeparatorMenuItem(), editCell, copy, paste);
        edit.getItems().stream().skip(2).forEach(i -> {
            if (!(i instanceof SeparatorMenuItem)) {
                i.disableProperty().bind(editor.planIdProperty().isNull());
            }
        });
        menus.put(MenuName.EDIT, edit);
        writingItems.addAll(List.of(newPlan, duplicate));
        // undo and redo have nothing to step through in a window that stores nothing; copying only reads
        edit.getItems().stream().skip(2).filter(i -> !(i instanceof SeparatorMenuItem) && i != copy).forEach(writingItems::add);

        MenuItem find = item("main.menu.find", new KeyCodeCombination(KeyCode.F, KeyCombination.SHORTCUT_DOWN), planListView::focusSearch);
        CheckMenuItem header = new CheckMenuItem(Messages.get("main.menu.header"));
        header.selectedProperty().bindBidirectional(editorView.headerExpandedProperty());
        menus.put(MenuName.VIEW, new Menu(Messages.get("main.menu.view"), null, find, header, languageMenu()));

        MenuItem keys = item("main.menu.keys", null, () -> dialogs.showInformation(Messages.get("main.keys.title"), null,
                Messages.get("main.keys.text")));
        MenuItem about = item("main.menu.about", null, () -> dialogs.showInformation(Messages.get("main.about.title"),
                Messages.get("main.about.header", version), Messages.get("main.about.text")));
        menus.put(MenuName.HELP, new Menu(Messages.get("main.menu.help"), null, keys, about));
    }

    private Menu languageMenu() {
        ToggleGroup group = new ToggleGroup();
        RadioMenuItem vietnamese = new RadioMenuItem(Messages.get("main.menu.vietnamese"));
        RadioMenuItem english = new RadioMenuItem(Messages.get("main.menu.english"));
        vietnamese.setToggleGroup(group);
        english.setToggleGroup(group);
        (Messages.locale().equals(Messages.ENGLISH) ? english : vietnamese).setSelected(true);
        vietnamese.setOnAction(e -> chooseLanguage(Messages.VIETNAMESE));
        english.setOnAction(e -> chooseLanguage(Messages.ENGLISH));
        return new Menu(Messages.get("main.menu.language"), null, vietnamese, english);
    }

    private void chooseLanguage(Locale locale) {
        settings.setLanguage(locale);
        settings.writeOut(executor);
        if (!locale.equals(Messages.locale())) {
            dialogs.showInformation(Messages.get("main.language.title"), Messages.get("main.language.header"),
                    Messages.get("main.language.text"));
        }
    }

    private static void bindUndo(MenuItem undo, MenuItem redo, UndoManager manager) {
        undo.textProperty().bind(manager.undoNameProperty().map(n -> Messages.get("main.menu.undoNamed", n))
                .orElse(Messages.get("main.menu.undo")));
        redo.textProperty().bind(manager.redoNameProperty().map(n -> Messages.get("main.menu.redoNamed", n))
                .orElse(Messages.get("main.menu.redo")));
        undo.disableProperty().bind(manager.canUndoProperty().not());
        redo.disableProperty().bind(manager.canRedoProperty().not());
    }

    /** Keys that mean something else while typing (Insert) act on the tree only when no text box has the cursor. */
    private void unlessTyping(Runnable action) {
        Node focused = stage == null ? null : stage.getScene().getFocusOwner();
        if (!(focused instanceof TextInputControl) || isInside(focused, editorView.treeView())) {
            action.run();
        }
    }

    /** Row keys (Delete, Alt+arrows, copy and paste) act on the tree only when it has the focus. */
    private void inTree(Runnable action) {
        Node focused = stage == null ? null : stage.getScene().getFocusOwner();
        if (focused != null && isInside(focused, editorView.treeView())) {
            action.run();
        }
    }

    private static boolean isInside(Node node, Node container) {
        for (Node at = node; at != null; at = at.getParent()) {
            if (at == container) {
                return true;
            }
        }
        return false;
    }

    private static MenuItem item(String key, KeyCombination accelerator, Runnable action) {
        MenuItem item = new MenuItem(Messages.get(key));
        if (accelerator != null) {
            item.setAccelerator(accelerator);
        }
        item.setOnAction(e -> action.run());
        return item;
    }
}

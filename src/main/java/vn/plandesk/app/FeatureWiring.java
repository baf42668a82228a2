package vn.plandesk.app;

import java.io.File;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import java.util.prefs.Preferences;
import javafx.application.Platform;
import javafx.beans.binding.Bindings;
import javafx.geometry.Insets;
import javafx.scene.control.MenuItem;
import javafx.scene.control.TreeItem;
import javafx.scene.input.KeyCombination;
import javafx.scene.layout.Region;
import javafx.stage.FileChooser;
import javafx.stage.Stage;
import vn.plandesk.gui.DialogService;
import vn.plandesk.gui.StoreChanges;
import vn.plandesk.gui.background.TaskExecutor;
import vn.plandesk.gui.editor.EditorRow;
import vn.plandesk.gui.editor.PlanEditorViewModel;
import vn.plandesk.gui.editor.PlanTreeView;
import vn.plandesk.gui.export.PlanExport;
import vn.plandesk.gui.followup.FollowUpView;
import vn.plandesk.gui.followup.FollowUpViewModel;
import vn.plandesk.gui.followup.FxFollowUpDialogs;
import vn.plandesk.gui.importreview.ImportDrop;
import vn.plandesk.gui.importreview.ImportReview;
import vn.plandesk.gui.importreview.ImportReviewViewModel;
import vn.plandesk.gui.mainwindow.MainWindow;
import vn.plandesk.gui.print.PrintPreviewDialog;
import vn.plandesk.gui.print.PrintSettingsViewModel;
import vn.plandesk.gui.timeline.TimelineView;
import vn.plandesk.gui.timeline.TimelineViewModel;
import vn.plandesk.gui.units.FxUnitDialogs;
import vn.plandesk.gui.units.UnitsView;
import vn.plandesk.gui.units.UnitsViewModel;
import vn.plandesk.logic.calendar.WorkCalendar;
import vn.plandesk.logic.i18n.Messages;
import vn.plandesk.logic.importer.PublicBodies;
import vn.plandesk.logic.store.Store;
import vn.plandesk.logic.timeline.TimelineRow;
import vn.plandesk.logic.timeline.TimelineRows;
import vn.plandesk.model.Phase;
import vn.plandesk.model.Plan;
import vn.plandesk.model.Task;

/**
 * Puts the features built beside the editor into the main window: the follow-up and units
 * sections, the timeline beside the plan tree, exporting, importing (menu and drag and drop) and
 * printing.
 */
final class FeatureWiring {
    private final Store store;
    private final Stage stage;
    private final MainWindow window;
    private final PlanEditorViewModel editor;
    private final DialogService dialogs;
    private final StoreChanges changes;
    private final WorkCalendar calendar;
    private final TaskExecutor executor;

    private final Consumer<Path> fileOpener;
    private final Preferences exportPreferences;
    private ImportReview imports;

    FeatureWiring(Store store, Stage stage, MainWindow window, PlanEditorViewModel editor, DialogService dialogs, StoreChanges changes,
                  Consumer<Path> fileOpener, Preferences exportPreferences, TaskExecutor executor) {
        this.executor = executor;
        this.fileOpener = fileOpener;
        this.exportPreferences = exportPreferences;
        this.store = store;
        this.stage = stage;
        this.window = window;
        this.editor = editor;
        this.dialogs = dialogs;
        this.changes = changes;
        this.calendar = officeCalendar();
    }

    /**
     * Adds everything; returns what must be released when the window closes. The follow-up and
     * units sections are built (and read the store) when first opened, not at start.
     */
    Runnable wire() {
        List<Runnable> releases = new ArrayList<>();
        window.addSectionOnFirstUse("followup", Messages.get("followup.title"), () -> {
            FollowUpViewModel followUp = new FollowUpViewModel(store.plans(), new FxFollowUpDialogs(dialogs, stage), changes, executor);
            releases.add(followUp::dispose);
            return new FollowUpView(followUp);
        });
        window.addSectionOnFirstUse("units", Messages.get("units.title"), () -> {
            UnitsViewModel units = new UnitsViewModel(store.units(), new FxUnitDialogs(dialogs, stage), changes);
            releases.add(units::dispose);
            return new UnitsView(units);
        });
        wireTimeline();
        wireImport();
        MenuItem export = new MenuItem(Messages.get("main.menu.export"));
        export.setAccelerator(KeyCombination.keyCombination("Shortcut+E"));
        export.setOnAction(e -> exportPlan());
        MenuItem print = new MenuItem(Messages.get("main.menu.print"));
        print.setAccelerator(KeyCombination.keyCombination("Shortcut+P"));
        print.setOnAction(e -> printTimeline());
        window.addMenuItems(MainWindow.MenuName.FILE, export, print);
        return () -> releases.forEach(Runnable::run);
    }

    /**
     * The chart beside the tree: one chart row for each row the tree shows (a collapsed phase hides
     * its rows in both), the same row at the top in both when either is scrolled.
     */
    private void wireTimeline() {
        TimelineViewModel model = new TimelineViewModel();
        model.showNamesProperty().set(false); // the tree beside it shows the names
        model.calendarProperty().set(calendar);
        TimelineView view = new TimelineView(model);
        PlanTreeView tree = window.editorView().treeView();
        // After the tree has laid out its rows; not on scrolling, which leaves the rows as they are.
        Runnable refresh = () -> Platform.runLater(() -> {
            view.setRows(rowsShownBy(tree));
            view.scrollToRow(tree.firstVisibleRowProperty().get());
        });
        tree.tree().expandedItemCountProperty().addListener((obs, old, count) -> refresh.run());
        editor.rootProperty().addListener((obs, old, root) -> refresh.run());
        editor.savedTextProperty().addListener((obs, old, saved) -> refresh.run());
        tree.firstVisibleRowProperty().addListener((obs, old, first) -> view.scrollToRow(first.intValue()));
        model.firstVisibleRowProperty().addListener((obs, old, first) -> {
            if (first.intValue() != tree.firstVisibleRowProperty().get()) {
                tree.scrollToRow(first.intValue());
            }
        });
        window.editorView().setSidePane(view);
        lineUpFirstRows(tree, view);
    }

    /**
     * The chart's zoom bar and time scale are higher than the tree's column header: the tree moves
     * down by the difference, so that its first row is level with the chart's first row.
     */
    private static void lineUpFirstRows(PlanTreeView tree, TimelineView view) {
        Region header = (Region) tree.tree().lookup(".column-header-background");
        if (header == null) { // the tree has no skin yet
            Platform.runLater(() -> lineUpFirstRows(tree, view));
            return;
        }
        tree.paddingProperty().bind(Bindings.createObjectBinding(
                () -> new Insets(Math.max(0, view.firstRowTopProperty().get() - tree.tree().snappedTopInset() - header.getHeight()), 0, 0, 0),
                view.firstRowTopProperty(), header.heightProperty(), tree.tree().insetsProperty()));
    }

    /** The chart rows of the open plan in the order and number of the rows the tree shows. */
    private List<TimelineRow> rowsShownBy(PlanTreeView tree) {
        Plan plan = editor.plan();
        if (plan == null) {
            return List.of();
        }
        Map<String, TimelineRow> byItem = new HashMap<>();
        List<TimelineRow> all = TimelineRows.of(plan, LocalDate.now());
        int i = 0;
        // TimelineRows lists each phase, its tasks, then its sub-phases with theirs: walk the plan the same way.
        for (Phase phase : plan.phases()) {
            byItem.put("phase" + phase.id(), all.get(i++));
            for (Task task : phase.tasks()) {
                byItem.put("task" + task.id(), all.get(i++));
            }
            for (Phase sub : phase.subPhases()) {
                byItem.put("phase" + sub.id(), all.get(i++));
                for (Task task : sub.tasks()) {
                    byItem.put("task" + task.id(), all.get(i++));
                }
            }
        }
        List<EditorRow> shown = new ArrayList<>();
        for (int row = 0; row < tree.tree().getExpandedItemCount(); row++) {
            TreeItem<EditorRow> item = tree.tree().getTreeItem(row);
            if (item != null && item.getValue() != null) {
                shown.add(item.getValue());
            }
        }
        return shown.stream()
                .map(row -> byItem.get((row instanceof EditorRow.PhaseRow ? "phase" : "task") + row.id()))
                .filter(row -> row != null).toList();
    }

    /** Opens a document in the import review, as if it had been dropped on the window; after {@link #wire}. */
    ImportReviewViewModel review(Path document) {
        return imports.openFile(document, this::openStoredPlan);
    }

    private void wireImport() {
        imports = new ImportReview(stage, store.plans(), store.units(), PublicBodies.withAdditions(store.folder()),
                changes, dialogs, executor);
        MenuItem fromFile = new MenuItem(Messages.get("main.menu.importFile"));
        fromFile.setAccelerator(KeyCombination.keyCombination("Shortcut+O"));
        fromFile.setOnAction(e -> {
            FileChooser chooser = new FileChooser();
            chooser.setTitle(Messages.get("main.importChooser.title"));
            chooser.getExtensionFilters().add(new FileChooser.ExtensionFilter(Messages.get("main.importChooser.filter"),
                    "*.docx", "*.doc", "*.txt", "*.xml", "*.json"));
            File file = chooser.showOpenDialog(stage);
            if (file != null) {
                imports.openFile(file.toPath(), this::openStoredPlan);
            }
        });
        MenuItem pasted = new MenuItem(Messages.get("main.menu.importPaste"));
        pasted.setOnAction(e -> imports.pasteText(this::openStoredPlan));
        window.addMenuItems(MainWindow.MenuName.FILE, fromFile, pasted);
        ImportDrop.install(stage.getScene().getRoot(), (Path file) -> imports.openFile(file, this::openStoredPlan));
    }

    private void openStoredPlan(long planId) {
        window.editorView().open(planId);
    }

    /** Tệp → Xuất: the open plan as Word, Excel, a timeline PDF/PNG, JSON, MS Project or a calendar. */
    private void exportPlan() {
        Long planId = editor.planIdProperty().get();
        if (planId == null) {
            dialogs.showInformation(Messages.get("main.noPlanOpen.title"), null, Messages.get("main.noPlanOpen.message"));
            return;
        }
        PlanExport.start(stage, store, planId, dialogs, exportPreferences, fileOpener, executor);
    }

    private void printTimeline() {
        Plan plan = editor.plan();
        if (plan == null) {
            dialogs.showInformation(Messages.get("main.noPlanOpen.title"), null, Messages.get("main.noPlanOpen.message"));
            return;
        }
        new PrintPreviewDialog(new PrintSettingsViewModel(plan, calendar, LocalDate.now()), dialogs, executor).show(stage);
    }

    /** The public holidays with the office's own edits. */
    private WorkCalendar officeCalendar() {
        return store.calendar().calendar();
    }
}

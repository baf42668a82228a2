package vn.plandesk.app;

import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import java.util.function.Supplier;
import java.util.prefs.Preferences;
import javafx.scene.control.Label;
import javafx.scene.control.MenuItem;
import javafx.scene.input.KeyCombination;
import javafx.stage.Stage;
import javafx.stage.WindowEvent;
import vn.plandesk.gui.DialogService;
import vn.plandesk.gui.FxDialogService;
import vn.plandesk.gui.RemoteChanges;
import vn.plandesk.gui.StoreChanges;
import vn.plandesk.gui.background.BackgroundTask;
import vn.plandesk.gui.background.TaskExecutor;
import vn.plandesk.gui.connection.ConnectionDialog;
import vn.plandesk.gui.connection.ConnectionViewModel;
import vn.plandesk.gui.editor.PlanEditorViewModel;
import vn.plandesk.gui.export.PlanExport;
import vn.plandesk.gui.followup.FollowUpView;
import vn.plandesk.gui.followup.FollowUpViewModel;
import vn.plandesk.gui.followup.FxFollowUpDialogs;
import vn.plandesk.gui.importreview.ImportDrop;
import vn.plandesk.gui.importreview.ImportReview;
import vn.plandesk.gui.importreview.ImportReviewViewModel;
import vn.plandesk.gui.mainwindow.MainWindow;
import vn.plandesk.gui.planlist.PlanListViewModel;
import vn.plandesk.gui.settings.Settings;
import vn.plandesk.gui.print.PrintPreviewDialog;
import vn.plandesk.gui.print.PrintSettingsViewModel;
import vn.plandesk.gui.timeline.FxTimelineCanvas;
import vn.plandesk.gui.timeline.OfficeCalendar;
import vn.plandesk.gui.timeline.TimelineBesideTree;
import vn.plandesk.gui.timeline.TimelineView;
import vn.plandesk.gui.today.TodayView;
import vn.plandesk.gui.today.TodayViewModel;
import vn.plandesk.gui.timeline.TimelineViewModel;
import vn.plandesk.gui.units.FxUnitDialogs;
import vn.plandesk.gui.units.UnitsView;
import vn.plandesk.gui.units.UnitsViewModel;
import vn.plandesk.logic.i18n.Messages;
import vn.plandesk.logic.importer.PublicBodies;
import vn.plandesk.logic.store.ServerAddress;
import vn.plandesk.logic.store.Store;
import vn.plandesk.model.Plan;

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
    private final PlanListViewModel planList;
    private final DialogService dialogs;
    private final Settings settings;
    private final StoreChanges changes;
    /** The public holidays, with the office's own edits once read in the background. */
    private final OfficeCalendar calendar;
    private final TaskExecutor executor;

    private final Consumer<Path> fileOpener;
    private final Supplier<Preferences> exportPreferences;
    private ImportReview imports;

    FeatureWiring(Store store, Stage stage, MainWindow window, PlanListViewModel planList, PlanEditorViewModel editor, DialogService dialogs,
                  Settings settings, StoreChanges changes, Consumer<Path> fileOpener, Supplier<Preferences> exportPreferences,
                  TaskExecutor executor) {
        this.executor = executor;
        this.fileOpener = fileOpener;
        this.exportPreferences = exportPreferences;
        this.store = store;
        this.stage = stage;
        this.window = window;
        this.editor = editor;
        this.planList = planList;
        this.dialogs = dialogs;
        this.settings = settings;
        this.changes = changes;
        this.calendar = new OfficeCalendar(store.calendar(), dialogs, executor);
    }

    /**
     * Adds everything; returns what must be released when the window closes. The follow-up and
     * units sections are built (and read the store) when first opened, not at start.
     */
    Runnable wire() {
        List<Runnable> releases = new ArrayList<>();
        // Theo dõi reads every plan whole: only once the user opens it (its section or a figure of "Hôm nay").
        Supplier<FollowUpViewModel> followUp = new Supplier<>() {
            private FollowUpViewModel built;

            @Override
            public FollowUpViewModel get() {
                if (built == null) {
                    built = new FollowUpViewModel(store.plans(), new FxFollowUpDialogs(dialogs, stage), changes, executor);
                    built.editingAllowedProperty().set(store.mayWrite());
                    releases.add(built::dispose);
                }
                return built;
            }
        };
        window.addSectionOnFirstUse("followup", Messages.get("followup.title"), () -> new FollowUpView(followUp.get()));
        TodayViewModel today = new TodayViewModel(planList.openDueDatesProperty(), LocalDate::now, new TodayViewModel.FollowUpLink() {
            @Override
            public void showOverdue() {
                followUp.get().shownProperty().set(FollowUpViewModel.Shown.OVERDUE);
                window.showSection("followup");
            }

            @Override
            public void showDueWithin(int days) {
                followUp.get().daysAheadProperty().set(days);
                followUp.get().shownProperty().set(FollowUpViewModel.Shown.DUE_SOON);
                window.showSection("followup");
            }
        });
        window.addAbovePlanList(new TodayView(today));
        window.addSectionOnFirstUse("units", Messages.get("units.title"), () -> {
            UnitsViewModel units = new UnitsViewModel(store.units(), dialogs, new FxUnitDialogs(new FxDialogService(stage)), changes, executor);
            units.editingAllowedProperty().set(store.mayWrite());
            releases.add(units::dispose);
            return new UnitsView(units);
        });
        RemoteChanges remote = wireRemoteChanges();
        releases.add(remote::close);
        wireTimeline(remote);
        wireImport();
        MenuItem export = new MenuItem(Messages.get("main.menu.export"));
        export.setAccelerator(KeyCombination.keyCombination("Shortcut+E"));
        export.setOnAction(e -> exportPlan());
        MenuItem print = new MenuItem(Messages.get("main.menu.print"));
        print.setAccelerator(KeyCombination.keyCombination("Shortcut+P"));
        print.setOnAction(e -> printTimeline());
        MenuItem connect = new MenuItem(Messages.get("main.menu.connect"));
        connect.setOnAction(e -> chooseConnection());
        window.addMenuItems(MainWindow.MenuName.FILE, export, print, connect);
        if (!store.mayWrite()) {
            window.showReadOnly(Messages.get("access.banner", store.server().map(ServerAddress::user).orElse(""), store.location()));
        }
        return () -> releases.forEach(Runnable::run);
    }

    /** On an office server: other desks' changes shown in every view, and said in the status bar with who and when. */
    private RemoteChanges wireRemoteChanges() {
        RemoteChanges remote = RemoteChanges.listen(store, changes, executor, Clock.systemDefaultZone());
        Label said = new Label();
        said.setId("remoteChange");
        said.textProperty().bind(remote.textProperty());
        window.addStatusItem(said);
        return remote;
    }

    /** The chart beside the plan tree, scrolled with it; its holidays read again when another desk changes them. */
    private void wireTimeline(RemoteChanges remote) {
        // its fonts are files: loaded now, beside the plan's reading, instead of on this thread at the first paint
        executor.execute(BackgroundTask.wrap(() -> {
            FxTimelineCanvas.loadFonts();
            return null;
        }));
        TimelineViewModel model = new TimelineViewModel();
        model.calendarProperty().bind(calendar.calendarProperty());
        calendar.read();
        remote.onHolidaysChanged(calendar::read);
        TimelineView view = new TimelineView(model);
        TimelineBesideTree.attach(editor, window.editorView().treeView(), model, view);
        window.editorView().setSidePane(view);
    }

    /** Opens a document in the import review, as if it had been dropped on the window; after {@link #wire}. */
    ImportReviewViewModel review(Path document) {
        return imports.openFile(document, this::openStoredPlan);
    }

    private void wireImport() {
        imports = new ImportReview(stage, store.plans(), store.units(), PublicBodies.withAdditions(store.folder()),
                changes, FxDialogService::new, executor);
        MenuItem fromFile = new MenuItem(Messages.get("main.menu.importFile"));
        fromFile.setAccelerator(KeyCombination.keyCombination("Shortcut+O"));
        DialogService.FileFilter documents = new DialogService.FileFilter(Messages.get("main.importChooser.filter"),
                List.of("*.docx", "*.doc", "*.txt", "*.xml", "*.json"));
        fromFile.setOnAction(e -> dialogs.chooseFileToOpen(Messages.get("main.importChooser.title"), documents)
                .ifPresent(file -> imports.openFile(file, this::openStoredPlan)));
        MenuItem pasted = new MenuItem(Messages.get("main.menu.importPaste"));
        pasted.setOnAction(e -> imports.pasteText(this::openStoredPlan));
        window.addMenuItems(MainWindow.MenuName.FILE, fromFile, pasted);
        if (!store.mayWrite()) { // a plan brought in could not be stored
            fromFile.setDisable(true);
            pasted.setDisable(true);
            return;
        }
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
        PlanExport.start(stage, store.plans(), store.calendar(), planId, FxDialogService::new, exportPreferences, fileOpener,
                executor);
    }

    /**
     * Tệp → Kết nối máy chủ: the place chosen is opened from the next start. Every feature of this
     * window holds the store open now, so rather than swap it under them PlanDesk offers to close.
     */
    private void chooseConnection() {
        ConnectionViewModel model = new ConnectionViewModel(settings, store.location(), address -> {
            try (Store tried = Store.open(address)) {
                return tried.mayWrite();
            }
        }, executor);
        if (ConnectionDialog.show(new FxDialogService(stage), model) != ConnectionViewModel.Outcome.NEXT_START) {
            return;
        }
        String chosen = settings.storeLocation().orElse(Messages.get("connection.thisComputerName"));
        if (dialogs.confirm(Messages.get("connection.restart.title"), Messages.get("connection.restart.header", chosen),
                Messages.get("connection.restart.text"), null, Messages.get("connection.restart.yes"),
                Messages.get("connection.restart.no"))) {
            stage.fireEvent(new WindowEvent(stage, WindowEvent.WINDOW_CLOSE_REQUEST));
        }
    }

    private void printTimeline() {
        Plan plan = editor.plan();
        if (plan == null) {
            dialogs.showInformation(Messages.get("main.noPlanOpen.title"), null, Messages.get("main.noPlanOpen.message"));
            return;
        }
        new PrintPreviewDialog(new PrintSettingsViewModel(plan, calendar.calendarProperty().get(), LocalDate.now()), dialogs, executor).show(stage);
    }
}

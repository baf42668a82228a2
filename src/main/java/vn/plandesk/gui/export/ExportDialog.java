package vn.plandesk.gui.export;

import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.CancellationException;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.Consumer;
import java.util.function.Function;
import javafx.beans.binding.Bindings;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.value.ObservableBooleanValue;
import javafx.concurrent.Task;
import javafx.geometry.Insets;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ChoiceBox;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressBar;
import javafx.scene.control.RadioButton;
import javafx.scene.control.Spinner;
import javafx.scene.control.TitledPane;
import javafx.scene.control.ToggleGroup;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.stage.Stage;
import javafx.stage.Window;
import vn.plandesk.gui.Converters;
import vn.plandesk.gui.DialogService;
import vn.plandesk.gui.FxDialogService;
import vn.plandesk.gui.background.TaskExecutor;
import vn.plandesk.logic.export.ExportFormat;
import vn.plandesk.logic.i18n.Messages;
import vn.plandesk.logic.timeline.PageSetup;
import vn.plandesk.logic.timeline.Paper;

/**
 * File → Export: the format and its options, then a save dialog, then the export on a background
 * thread with a progress bar and a Stop button, and at the end "open the file now". Errors are told
 * through the {@link DialogService}.
 */
public final class ExportDialog {
    private final ExportViewModel model;
    private final DialogService dialogs;
    private final Consumer<Path> fileOpener;
    private final Stage stage = new Stage();
    /** True while an export runs: the choices are locked then. */
    private final BooleanProperty busy = new SimpleBooleanProperty(this, "busy");
    private final ProgressBar progress = new ProgressBar(0);
    private final Label status = new Label();
    private final Button export = new Button(Messages.get("exportDialog.export"));
    private final Button open = new Button(Messages.get("exportDialog.open"));
    private final Button stop = new Button(Messages.get("exportDialog.stop"));
    private final Button close = new Button(Messages.get("exportDialog.close"));
    private AtomicBoolean stopRequested;
    private List<Path> written = List.of();
    private final TaskExecutor executor;

    /** {@code fileOpener} opens a written file with the program the system has for it. */
    /** {@code dialogsOver} makes the dialogs over the export dialog's own window. */
    public ExportDialog(ExportViewModel model, Function<Window, DialogService> dialogsOver, Consumer<Path> fileOpener,
                        TaskExecutor executor) {
        this.executor = executor;
        this.model = model;
        this.dialogs = dialogsOver.apply(stage);
        this.fileOpener = fileOpener;
        export.setId("export-start");
        open.setId("export-open");
        stop.setId("export-stop");
        close.setId("export-close");
        progress.setId("export-progress");
        status.setId("export-status");
        status.setWrapText(true);
        progress.setMaxWidth(Double.MAX_VALUE);
        progress.setVisible(false);
        export.setDefaultButton(true);
        export.setOnAction(e -> chooseAndExport());
        open.setOnAction(e -> openWritten());
        show(open, false);
        show(stop, false);
        stop.setOnAction(e -> requestStop());
        close.setCancelButton(true);
        close.setOnAction(e -> stage.close());
        stage.setOnCloseRequest(e -> requestStop());

        Label heading = new Label(Messages.get("exportDialog.heading",
                model.plan().numberAndSymbol() == null ? Messages.get("exportDialog.noNumber") : model.plan().numberAndSymbol(),
                model.plan().subject()));
        heading.setWrapText(true);
        heading.setStyle("-fx-font-weight: bold");
        Region spacer = new Region();
        HBox.setHgrow(spacer, Priority.ALWAYS);
        HBox buttons = new HBox(8, spacer, export, open, stop, close);
        VBox root = new VBox(10, heading, kinds(), docxOptions(), timelineOptions(), progress, status, buttons);
        root.setPadding(new Insets(12));
        // wide enough for the longest format name in either language side by side
        root.setPrefWidth(640);
        stage.setTitle(Messages.get("exportDialog.title"));
        stage.setScene(new Scene(root));
    }

    /** Opens the dialog over {@code owner} (null: on its own). */
    public void show(Window owner) {
        FxDialogService.showOver(stage, owner);
    }

    private Node kinds() {
        ToggleGroup group = new ToggleGroup();
        GridPane grid = new GridPane();
        grid.setHgap(16);
        grid.setVgap(6);
        ExportFormat[] all = ExportFormat.values();
        for (int i = 0; i < all.length; i++) {
            ExportFormat format = all[i];
            RadioButton button = new RadioButton(FormatNames.label(format));
            button.setId("export-kind-" + format.name().toLowerCase(Locale.ROOT));
            button.setToggleGroup(group);
            button.setUserData(format);
            button.setSelected(model.formatProperty().get() == format);
            grid.add(button, i % 2, i / 2);
        }
        group.selectedToggleProperty().addListener((o, was, now) -> {
            if (now != null) {
                model.formatProperty().set((ExportFormat) now.getUserData());
            }
        });
        return titled("exportDialog.format", grid);
    }

    private Node docxOptions() {
        CheckBox appendixOnly = check("export-appendix-only", "exportDialog.appendixOnly");
        appendixOnly.selectedProperty().bindBidirectional(model.appendixOnlyProperty());
        CheckBox draft = check("export-draft", "exportDialog.draft");
        draft.selectedProperty().bindBidirectional(model.draftProperty());
        CheckBox capitals = check("export-capitals", "exportDialog.subjectInCapitals");
        capitals.selectedProperty().bindBidirectional(model.subjectInCapitalsProperty());
        ChoiceBox<Integer> points = new ChoiceBox<>();
        points.setId("export-points");
        points.getItems().setAll(13, 14);
        points.setValue(model.bodyPointsProperty().get());
        points.setConverter(Converters.showing(p -> Messages.get("exportDialog.points", p)));
        points.valueProperty().addListener((o, was, now) -> model.bodyPointsProperty().set(now));
        HBox size = new HBox(8, new Label(Messages.get("exportDialog.bodyPoints")), points);
        Node pane = titled("exportDialog.docxOptions", new VBox(6, appendixOnly, draft, capitals, size));
        pane.setId("export-docx-options");
        showWhen(pane, Bindings.createBooleanBinding(() -> model.formatProperty().get() == ExportFormat.DOCX, model.formatProperty()));
        return pane;
    }

    private Node timelineOptions() {
        ChoiceBox<Paper> paper = new ChoiceBox<>();
        paper.setId("export-paper");
        paper.getItems().setAll(Paper.values());
        paper.valueProperty().bindBidirectional(model.paperProperty());
        CheckBox landscape = check("export-landscape", "exportDialog.landscape");
        landscape.selectedProperty().bindBidirectional(model.landscapeProperty());
        Spinner<Integer> wide = new Spinner<>(1, PageSetup.MAX_PAGES, model.pagesWideProperty().get());
        wide.setId("export-pages-wide");
        wide.setEditable(true);
        wide.setPrefWidth(80);
        wide.valueProperty().addListener((o, was, now) -> model.pagesWideProperty().set(now));
        HBox row = new HBox(8, new Label(Messages.get("exportDialog.paper")), paper, landscape);
        HBox pages = new HBox(8, new Label(Messages.get("exportDialog.pagesWide")), wide);
        Node pane = titled("exportDialog.timelineOptions", new VBox(6, row, pages));
        pane.setId("export-timeline-options");
        showWhen(pane, Bindings.createBooleanBinding(() -> model.formatProperty().get().isTimeline(), model.formatProperty()));
        return pane;
    }

    private Node titled(String key, Node content) {
        TitledPane pane = new TitledPane(Messages.get(key), content);
        pane.setCollapsible(false);
        content.disableProperty().bind(busy);
        return pane;
    }

    private static void showWhen(Node node, ObservableBooleanValue condition) {
        node.visibleProperty().bind(condition);
        node.managedProperty().bind(condition);
    }

    private static CheckBox check(String id, String key) {
        CheckBox box = new CheckBox(Messages.get(key));
        box.setId(id);
        return box;
    }

    private void chooseAndExport() {
        ExportFormat format = model.formatProperty().get();
        String pattern = "*." + format.extension();
        DialogService.FileFilter filter = new DialogService.FileFilter(
                Messages.get("exportDialog.filterPattern", FormatNames.filterName(format), pattern), List.of(pattern));
        dialogs.chooseFileToSave(Messages.get("exportDialog.chooserTitle"), filter, model.initialFolder(), model.suggestedFileName())
                .map(model::withExtension)
                .ifPresent(this::startExport);
    }

    private void startExport(Path target) {
        model.remember(target);
        AtomicBoolean stopFlag = new AtomicBoolean();
        stopRequested = stopFlag;
        ExportFormat format = model.formatProperty().get();
        Task<List<Path>> task = new Task<>() {
            @Override
            protected List<Path> call() throws Exception {
                return model.export(target, (done, total) -> {
                    if (total > 0) {
                        updateProgress(done, total);
                        updateMessage(Messages.get("exportDialog.progress", done, total));
                    }
                }, stopFlag::get);
            }
        };
        running(true);
        progress.setProgress(ProgressBar.INDETERMINATE_PROGRESS);
        if (format.reportsProgress()) {
            progress.progressProperty().bind(task.progressProperty());
        }
        status.setText(Messages.get("exportDialog.running", FormatNames.filterName(format), target.getFileName().toString()));
        task.messageProperty().addListener((o, was, now) -> {
            if (!now.isEmpty() && !stopFlag.get()) {
                status.setText(now);
            }
        });
        task.setOnSucceeded(e -> finished(task.getValue()));
        task.setOnFailed(e -> failed(task.getException(), target));
        executor.execute(task);
    }

    private void running(boolean now) {
        progress.progressProperty().unbind();
        progress.setVisible(now);
        busy.set(now);
        if (!now) {
            stopRequested = null;
        }
        show(export, !now);
        show(close, !now);
        show(stop, now);
        stop.setDisable(false);
        show(open, false);
    }

    private void finished(List<Path> files) {
        running(false);
        written = files;
        status.setText(model.doneMessage(files));
        show(open, true);
        open.setDefaultButton(true);
        export.setDefaultButton(false);
        open.requestFocus();
    }

    private void failed(Throwable failure, Path target) {
        running(false);
        if (failure instanceof CancellationException) {
            status.setText(Messages.get("exportDialog.stopped"));
            return;
        }
        String message = model.failureMessage(failure, target);
        status.setText(message);
        dialogs.showError(Messages.get("exportDialog.failedTitle"), message);
    }

    private void requestStop() {
        if (stopRequested != null) {
            stopRequested.set(true);
            stop.setDisable(true);
            status.setText(Messages.get("exportDialog.stopping"));
        }
    }

    private void openWritten() {
        Path file = written.get(0);
        try {
            fileOpener.accept(file);
            stage.close();
        } catch (RuntimeException e) {
            dialogs.showError(Messages.get("exportDialog.failedTitle"), Messages.get("exportDialog.openFailed", file.toString()));
        }
    }

    private static void show(Node node, boolean visible) {
        node.setVisible(visible);
        node.setManaged(visible);
    }
}

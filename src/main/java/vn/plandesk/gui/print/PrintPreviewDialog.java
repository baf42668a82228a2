package vn.plandesk.gui.print;

import java.time.LocalDate;
import java.util.List;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.concurrent.Task;
import javafx.geometry.Insets;
import javafx.print.Printer;
import javafx.scene.Group;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.ChoiceBox;
import javafx.scene.control.DatePicker;
import javafx.scene.control.Label;
import javafx.scene.control.Pagination;
import javafx.scene.control.RadioButton;
import javafx.scene.control.Spinner;
import javafx.scene.control.ToggleGroup;
import javafx.scene.effect.DropShadow;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Pane;
import javafx.scene.layout.StackPane;
import javafx.stage.Stage;
import javafx.stage.Window;
import vn.plandesk.gui.Converters;
import vn.plandesk.gui.DialogService;
import vn.plandesk.gui.FxDialogService;
import vn.plandesk.gui.background.BackgroundTask;
import vn.plandesk.gui.background.TaskExecutor;
import vn.plandesk.logic.i18n.Messages;
import vn.plandesk.logic.timeline.PageSetup;
import vn.plandesk.logic.timeline.PagedTimeline;
import vn.plandesk.logic.timeline.Paper;
import vn.plandesk.logic.timeline.Zoom;

/**
 * The print preview: the settings on the left, the actual pages (painted by the same layout the printer
 * gets, one page at a time) in the middle, the printer and the Print button below.
 */
public final class PrintPreviewDialog {
    private static final double PREVIEW_WIDTH = 860;
    private static final double PREVIEW_HEIGHT = 620;

    private final PrintSettingsViewModel model;
    private final DialogService dialogs;
    private final Pagination pagination = new Pagination();
    private final Label status = new Label();
    private final ChoiceBox<Printer> printers = new ChoiceBox<>();
    private final Button print = new Button(Messages.get("print.print"));
    private final Stage stage = new Stage();

    private final TaskExecutor executor;

    public PrintPreviewDialog(PrintSettingsViewModel model, DialogService dialogs, TaskExecutor executor) {
        this.executor = executor;
        this.model = model;
        this.dialogs = dialogs;
        pagination.setId("print-pages");
        status.setId("print-status");
        printers.setId("print-printer");
        print.setId("print-button");
        printers.setConverter(Converters.showing(Printer::getName));
        print.setDefaultButton(true);
        print.disableProperty().bind(printers.valueProperty().isNull());
        print.setOnAction(e -> printAll());
        Button close = new Button(Messages.get("print.close"));
        close.setCancelButton(true);
        close.setOnAction(e -> stage.close());

        HBox bottom = new HBox(8, new Label(Messages.get("print.printer")), printers, print, close, status);
        bottom.setPadding(new Insets(8));
        BorderPane root = new BorderPane(pagination, null, null, bottom, settings());
        BorderPane.setMargin(pagination, new Insets(8));
        model.pagesProperty().addListener((o, was, now) -> showPages(now));
        model.problemProperty().addListener((o, was, now) -> status.setText(now != null ? now : model.summaryProperty().get()));
        showPages(model.pagesProperty().get());
        // the system can take seconds to list its printers (a network printer that does not answer)
        executor.execute(BackgroundTask.wrap(() -> new Printers(List.copyOf(Printer.getAllPrinters()), Printer.getDefaultPrinter()))
                .onSuccess(this::showPrinters));
        stage.setTitle(Messages.get("print.title"));
        stage.setScene(new Scene(root));
    }

    /** The system's printers and its default one (null when it has none). */
    private record Printers(List<Printer> all, Printer preferred) {
    }

    private void showPrinters(Printers found) {
        printers.getItems().setAll(found.all());
        printers.setValue(found.preferred() != null ? found.preferred() : found.all().isEmpty() ? null : found.all().get(0));
        if (found.all().isEmpty()) {
            status.setText(Messages.get("print.noPrinter"));
        }
    }

    /** Opens the dialog over {@code owner} (null: on its own). */
    public void show(Window owner) {
        FxDialogService.showOver(stage, owner);
    }

    private void showPages(PagedTimeline pages) {
        status.setText(model.summaryProperty().get());
        int current = Math.min(pagination.getCurrentPageIndex(), pages.pageCount() - 1);
        pagination.setPageCount(pages.pageCount());
        pagination.setPageFactory(index -> page(pages, index));
        pagination.setCurrentPageIndex(Math.max(0, current));
    }

    /** One page as it will print: white paper with the page drawn at its margins, scaled to the preview. */
    private Node page(PagedTimeline pages, int index) {
        PageSetup setup = pages.setup();
        double scale = Math.min(PREVIEW_WIDTH / setup.pageWidth(), PREVIEW_HEIGHT / setup.pageHeight());
        FxNodeCanvas canvas = new FxNodeCanvas();
        pages.paintPage(canvas, index, setup.margin(), setup.margin());
        Pane paper = new Pane(canvas.root());
        paper.setStyle("-fx-background-color: white;");
        paper.setEffect(new DropShadow(8, javafx.scene.paint.Color.gray(0.4)));
        paper.setMinSize(setup.pageWidth(), setup.pageHeight());
        paper.setMaxSize(setup.pageWidth(), setup.pageHeight());
        paper.setScaleX(scale);
        paper.setScaleY(scale);
        StackPane holder = new StackPane(new Group(paper));
        holder.setPrefSize(PREVIEW_WIDTH + 20, PREVIEW_HEIGHT + 20);
        holder.setStyle("-fx-background-color: #d0d0d0;");
        return holder;
    }

    private GridPane settings() {
        GridPane grid = new GridPane();
        grid.setHgap(8);
        grid.setVgap(8);
        grid.setPadding(new Insets(8));
        int row = 0;
        ChoiceBox<Paper> paper = new ChoiceBox<>();
        paper.setId("print-paper");
        paper.getItems().setAll(Paper.values());
        paper.valueProperty().bindBidirectional(model.paperProperty());
        grid.addRow(row++, new Label(Messages.get("print.paper")), paper);

        RadioButton[] orientation = eitherOr(Messages.get("print.portrait"), Messages.get("print.landscape"), "print-landscape",
                model.landscapeProperty());
        grid.addRow(row++, new Label(Messages.get("print.orientation")), new HBox(8, orientation));

        Spinner<Double> margin = new Spinner<>(0.0, PageSetup.MAX_MARGIN_MM, model.marginMmProperty().get(), 1.0);
        margin.setEditable(true);
        margin.valueProperty().addListener((o, was, now) -> model.marginMmProperty().set(now));
        grid.addRow(row++, new Label(Messages.get("print.margin")), margin);

        grid.addRow(row++, new Label(Messages.get("print.from")), datePicker(model.fromProperty()));
        grid.addRow(row++, new Label(Messages.get("print.to")), datePicker(model.toProperty()));

        ChoiceBox<Zoom> zoom = new ChoiceBox<>();
        zoom.getItems().setAll(Zoom.values());
        zoom.setConverter(Converters.showing(z -> Messages.get("zoom." + z.name())));
        zoom.valueProperty().bindBidirectional(model.zoomProperty());
        grid.addRow(row++, new Label(Messages.get("print.zoom")), zoom);

        RadioButton[] mode = eitherOr(Messages.get("print.byScale"), Messages.get("print.byFit"), "print-fit", model.fitToPagesProperty());
        RadioButton byScale = mode[0];
        RadioButton byFit = mode[1];
        Spinner<Integer> scale = intSpinner(PageSetup.MIN_SCALE, PageSetup.MAX_SCALE, model.scalePercentProperty().get(), 10,
                v -> model.scalePercentProperty().set(v));
        scale.disableProperty().bind(model.fitToPagesProperty());
        grid.addRow(row++, byScale, scale);
        grid.addRow(row++, byFit);
        Spinner<Integer> wide = intSpinner(1, PageSetup.MAX_PAGES, Math.max(1, model.pagesWideProperty().get()), 1,
                v -> model.pagesWideProperty().set(v));
        wide.setId("print-pages-wide");
        wide.disableProperty().bind(model.fitToPagesProperty().not());
        grid.addRow(row++, new Label(Messages.get("print.pagesWide")), wide);
        Spinner<Integer> tall = intSpinner(0, PageSetup.MAX_PAGES, model.pagesTallProperty().get(), 1,
                v -> model.pagesTallProperty().set(v));
        tall.disableProperty().bind(model.fitToPagesProperty().not());
        grid.addRow(row, new Label(Messages.get("print.pagesTall")), tall);
        return grid;
    }

    /** Two radio buttons for one yes/no setting: the second is chosen when {@code secondChosen} is true, and kept in step with it. */
    private static RadioButton[] eitherOr(String first, String second, String secondId, BooleanProperty secondChosen) {
        ToggleGroup group = new ToggleGroup();
        RadioButton one = new RadioButton(first);
        RadioButton other = new RadioButton(second);
        other.setId(secondId);
        one.setToggleGroup(group);
        other.setToggleGroup(group);
        other.setSelected(secondChosen.get());
        one.setSelected(!secondChosen.get());
        other.selectedProperty().bindBidirectional(secondChosen);
        return new RadioButton[] {one, other};
    }

    private static Spinner<Integer> intSpinner(int min, int max, int value, int step, java.util.function.IntConsumer onChange) {
        Spinner<Integer> spinner = new Spinner<>(min, max, value, step);
        spinner.setEditable(true);
        spinner.setPrefWidth(90);
        spinner.valueProperty().addListener((o, was, now) -> onChange.accept(now));
        return spinner;
    }

    private static DatePicker datePicker(ObjectProperty<LocalDate> property) {
        DatePicker picker = new DatePicker(property.get());
        picker.setPromptText("dd/MM/yyyy");
        picker.setConverter(Converters.dates(property::get));
        picker.valueProperty().bindBidirectional(property);
        return picker;
    }

    private void printAll() {
        Printer printer = printers.getValue();
        PagedTimeline pages = model.pagesProperty().get();
        Task<Void> job = new Task<>() {
            @Override
            protected Void call() throws Exception {
                TimelinePrinter.print(printer, pages, model.title(),
                        page -> updateMessage(Messages.get("print.printing", page, pages.pageCount())));
                return null;
            }
        };
        status.textProperty().bind(job.messageProperty());
        print.disableProperty().unbind();
        print.setDisable(true);
        job.setOnSucceeded(e -> finished(Messages.get("print.done", pages.pageCount(), printer.getName())));
        job.setOnFailed(e -> {
            Throwable failure = job.getException();
            String message = failure instanceof TimelinePrinter.PrintFailure ? failure.getMessage()
                    : Messages.get("print.failed", printer.getName(), String.valueOf(failure.getMessage()));
            finished(message);
            dialogs.showError(Messages.get("print.title"), message);
        });
        executor.execute(job);
    }

    private void finished(String message) {
        status.textProperty().unbind();
        status.setText(message);
        print.disableProperty().bind(printers.valueProperty().isNull());
    }
}

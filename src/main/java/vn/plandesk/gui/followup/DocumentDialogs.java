package vn.plandesk.gui.followup;

import java.io.File;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import javafx.beans.property.ObjectProperty;
import javafx.geometry.Insets;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.DatePicker;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.control.ProgressBar;
import javafx.scene.control.RadioButton;
import javafx.scene.control.Spinner;
import javafx.scene.control.TextField;
import javafx.scene.control.TitledPane;
import javafx.scene.control.ToggleGroup;
import javafx.scene.control.cell.CheckBoxListCell;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.stage.DirectoryChooser;
import javafx.stage.FileChooser;
import javafx.stage.Modality;
import javafx.stage.Stage;
import javafx.stage.Window;
import javafx.util.StringConverter;
import vn.plandesk.gui.FxDialogService;
import vn.plandesk.logic.export.ExportFormat;
import vn.plandesk.logic.i18n.Messages;
import vn.plandesk.model.Plan;

/**
 * The report export and urging letters dialogs: the choices over a progress bar, a line saying what
 * happens, and Start, Stop and Close. They do not block the window; the work runs on its executor.
 * All behaviour is in {@link ReportExportViewModel} and {@link UrgingLettersViewModel}.
 */
final class DocumentDialogs {

    /** An entry of a scope list: "Tất cả kế hoạch" (value null) or one plan or unit. */
    record Choice<T>(String label, T value) {
        @Override
        public String toString() {
            return label;
        }
    }

    private DocumentDialogs() {
    }

    /** A dialog as a window of its own; {@link #show} opens it over the main window. */
    static final class Shown {
        private final Stage stage;

        private Shown(Stage stage) {
            this.stage = stage;
        }

        void show(Window owner) {
            if (owner != null) {
                stage.initOwner(owner);
                stage.initModality(Modality.NONE);
            }
            stage.show();
        }
    }

    static Shown reportExport(ReportExportViewModel model) {
        Stage stage = new Stage();
        ComboBox<Choice<Plan>> plan = choices("reportScopePlan", "followup.reportExport.allPlans", model.plans(),
                p -> p.numberAndSymbol() == null ? p.subject() : p.numberAndSymbol() + " — " + p.subject());
        plan.valueProperty().addListener((o, before, now) -> model.planProperty().set(now == null ? null : now.value()));
        ComboBox<Choice<String>> unit = choices("reportScopeUnit", "followup.reportExport.allUnits", model.unitNames(), name -> name);
        unit.valueProperty().addListener((o, before, now) -> model.unitProperty().set(now == null ? null : now.value()));

        ToggleGroup formats = new ToggleGroup();
        HBox formatBox = new HBox(16);
        for (ExportFormat format : List.of(ExportFormat.DOCX, ExportFormat.XLSX)) {
            RadioButton button = new RadioButton(Messages.get("exportDialog.kind." + format.extension()));
            button.setId("reportFormat-" + format.extension());
            button.setToggleGroup(formats);
            button.setUserData(format);
            button.setSelected(model.formatProperty().get() == format);
            formatBox.getChildren().add(button);
        }
        formats.selectedToggleProperty().addListener((o, before, now) -> {
            if (now != null) {
                model.formatProperty().set((ExportFormat) now.getUserData());
            }
        });
        HBox target = pathField("reportTarget", model.targetProperty(), () -> model.chooseTarget((folder, name) -> {
            FileChooser chooser = new FileChooser();
            chooser.setTitle(Messages.get("exportDialog.chooserTitle"));
            if (folder != null) {
                chooser.setInitialDirectory(folder.toFile());
            }
            chooser.setInitialFileName(name);
            File chosen = chooser.showSaveDialog(stage);
            return chosen == null ? null : chosen.toPath();
        }));
        VBox scope = new VBox(6, ReportPane.labelled("followup.reportExport.plan", plan), ReportPane.labelled("followup.reportExport.unit", unit));
        Node choices = new VBox(10, titled("followup.reportExport.period", ReportPane.pickers(model.period())),
                titled("followup.reportExport.scope", scope), titled("exportDialog.format", formatBox),
                titled("followup.reportExport.target", target));
        return new Shown(dialog(stage, "followup.reportExport.title", choices, model.run(), "reportStart", model::export));
    }

    static Shown urgingLetters(UrgingLettersViewModel model) {
        Stage stage = new Stage();
        DatePicker asOf = FxDialogService.datePicker("urgeAsOf", model.asOfProperty().get());
        asOf.valueProperty().bindBidirectional(model.asOfProperty());
        Spinner<Integer> within = new Spinner<>(0, 365, model.withinDaysProperty().get());
        within.setId("urgeWithin");
        within.setEditable(true);
        within.setPrefWidth(80);
        within.valueProperty().addListener((o, before, now) -> {
            if (now != null) {
                model.withinDaysProperty().set(now);
            }
        });
        DatePicker reportBy = FxDialogService.datePicker("urgeReportBy", model.reportByProperty().get());
        reportBy.valueProperty().bindBidirectional(model.reportByProperty());
        ListView<UrgingLettersViewModel.UnitChoice> units = new ListView<>(model.units());
        units.setId("urgeUnits");
        units.setPrefHeight(200);
        units.setCellFactory(CheckBoxListCell.forListView(UrgingLettersViewModel.UnitChoice::chosenProperty));
        units.setPlaceholder(new Label(Messages.get("followup.urge.noUnitListed")));
        HBox folder = pathField("urgeFolder", model.folderProperty(), () -> model.chooseFolder(start -> {
            DirectoryChooser chooser = new DirectoryChooser();
            chooser.setTitle(Messages.get("followup.urge.folder"));
            if (start != null) {
                chooser.setInitialDirectory(start.toFile());
            }
            File chosen = chooser.showDialog(stage);
            return chosen == null ? null : chosen.toPath();
        }));
        VBox when = new VBox(6, ReportPane.labelled("followup.urge.asOf", asOf),
                ReportPane.labelled("followup.urge.within", new HBox(6, within, new Label(Messages.get("followup.daysAhead.unit")))),
                ReportPane.labelled("followup.urge.reportBy", reportBy));
        Node choices = new VBox(10, titled("followup.urge.when", when), titled("followup.urge.units", units),
                titled("followup.urge.folder", folder));
        return new Shown(dialog(stage, "followup.urge.title", choices, model.run(), "urgeStart", model::write));
    }

    /** The choices over the progress, the status line and the buttons, in {@code stage}. */
    private static Stage dialog(Stage stage, String titleKey, Node choices, DocumentRun run, String startId, Runnable start) {
        ProgressBar progress = new ProgressBar();
        progress.setMaxWidth(Double.MAX_VALUE);
        progress.progressProperty().bind(run.progressProperty());
        progress.visibleProperty().bind(run.runningProperty());
        Label status = new Label();
        status.setId(startId + "Status");
        status.setWrapText(true);
        status.textProperty().bind(run.statusProperty());
        Button go = new Button(Messages.get("followup.document.start"));
        go.setId(startId);
        go.setDefaultButton(true);
        go.setOnAction(e -> start.run());
        go.disableProperty().bind(run.runningProperty());
        Button stop = new Button(Messages.get("exportDialog.stop"));
        stop.setId(startId + "Stop");
        stop.visibleProperty().bind(run.runningProperty());
        stop.managedProperty().bind(run.runningProperty());
        stop.setOnAction(e -> run.stop());
        Button close = new Button(Messages.get("exportDialog.close"));
        close.setId(startId + "Close");
        close.setCancelButton(true);
        close.setOnAction(e -> stage.close());
        stage.setOnHidden(e -> run.stop());
        choices.disableProperty().bind(run.runningProperty());
        Region gap = new Region();
        HBox.setHgrow(gap, Priority.ALWAYS);
        VBox root = new VBox(10, choices, progress, status, new HBox(8, gap, go, stop, close));
        root.setPadding(new Insets(12));
        root.setPrefWidth(680);
        stage.setTitle(Messages.get(titleKey));
        stage.setScene(new Scene(root));
        return stage;
    }

    /** A path typed or chosen: the text field and the property kept in step; "Chọn…" runs {@code choose}. */
    private static HBox pathField(String id, ObjectProperty<Path> path, Runnable choose) {
        TextField field = new TextField();
        field.setId(id);
        HBox.setHgrow(field, Priority.ALWAYS);
        field.textProperty().bindBidirectional(path, new StringConverter<>() {
            @Override
            public String toString(Path value) {
                return value == null ? "" : value.toString();
            }

            @Override
            public Path fromString(String text) {
                try {
                    return text == null || text.isBlank() ? null : Path.of(text.strip());
                } catch (InvalidPathException e) {
                    return null;
                }
            }
        });
        Button browse = new Button(Messages.get("followup.document.choose"));
        browse.setOnAction(e -> choose.run());
        return new HBox(6, field, browse);
    }

    private static <T> ComboBox<Choice<T>> choices(String id, String allKey, List<T> values, Function<T, String> label) {
        List<Choice<T>> all = new ArrayList<>();
        all.add(new Choice<>(Messages.get(allKey), null));
        values.forEach(v -> all.add(new Choice<>(label.apply(v), v)));
        ComboBox<Choice<T>> box = new ComboBox<>();
        box.setId(id);
        box.getItems().setAll(all);
        box.setValue(all.get(0));
        box.setMaxWidth(520);
        return box;
    }

    private static TitledPane titled(String key, Node content) {
        TitledPane pane = new TitledPane(Messages.get(key), content);
        pane.setCollapsible(false);
        return pane;
    }
}

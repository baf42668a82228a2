package vn.plandesk.gui.followup;

import java.util.List;
import java.util.function.Function;
import java.util.stream.IntStream;
import javafx.beans.property.IntegerProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.ComboBox;
import javafx.scene.control.DatePicker;
import javafx.scene.control.Label;
import javafx.scene.control.Spinner;
import javafx.scene.control.TableCell;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableRow;
import javafx.scene.control.TableView;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import vn.plandesk.gui.Converters;
import vn.plandesk.logic.followup.ReportNumbers;
import vn.plandesk.logic.followup.ReportPeriod;
import vn.plandesk.logic.followup.StateCounts;
import vn.plandesk.logic.i18n.Messages;

/** The report per unit: the period pickers over the table of counts, as offices lay them out. */
final class ReportPane extends VBox {
    private static final String[] ROMAN = {"I", "II", "III", "IV"};

    ReportPane(ReportSettings settings) {
        super(6);
        setId("followUpReport");
        setPadding(new Insets(6, 8, 6, 8));
        Label heading = new Label(Messages.get("followup.report.heading"));
        heading.setStyle("-fx-font-weight: bold; -fx-font-size: 1.1em;");
        Label title = new Label();
        title.setId("reportTitle");
        title.setWrapText(true);
        title.textProperty().bind(settings.titleProperty());
        TableView<ReportSettings.Row> table = table(settings);
        VBox.setVgrow(table, Priority.ALWAYS);
        Label note = new Label(Messages.get("followup.report.note"));
        note.setWrapText(true);
        note.setStyle("-fx-text-fill: -fx-mid-text-color;");
        getChildren().setAll(heading, pickers(settings), title, table, note);
    }

    /** The period pickers, also offered by the report export dialog. */
    static FlowPane pickers(ReportSettings settings) {
        ComboBox<ReportPeriod.Kind> kind = new ComboBox<>();
        kind.setId("reportKind");
        kind.getItems().setAll(ReportPeriod.Kind.values());
        kind.setConverter(Converters.showing(ReportPeriod.Kind::displayName));
        kind.valueProperty().bindBidirectional(settings.kindProperty());

        Spinner<Integer> year = intSpinner("reportYear", 2000, 2100, settings.yearProperty());
        year.setPrefWidth(90);

        ComboBox<Integer> which = new ComboBox<>();
        which.setId("reportWhich");
        which.setConverter(Converters.showing(i -> whichText(settings.kindProperty().get(), i)));
        Runnable fillWhich = () -> {
            int count = settings.kindProperty().get().periodsInYear();
            which.getItems().setAll(IntStream.rangeClosed(1, Math.max(1, count)).boxed().toList());
            which.setValue(settings.indexProperty().get());
        };
        fillWhich.run();
        settings.kindProperty().addListener((o, before, now) -> fillWhich.run());
        which.valueProperty().addListener((o, before, now) -> {
            if (now != null) {
                settings.indexProperty().set(now);
            }
        });
        settings.indexProperty().addListener((o, before, now) -> which.setValue(now.intValue()));

        Spinner<Integer> cutOff = intSpinner("reportCutOff", 1, ReportPeriod.LATEST_CUT_OFF_DAY, settings.cutOffDayProperty());
        cutOff.setPrefWidth(75);
        cutOff.setTooltip(new Tooltip(Messages.get("followup.report.cutOff.tip")));

        DatePicker from = datePicker("reportFrom");
        from.valueProperty().bindBidirectional(settings.customFromProperty());
        DatePicker to = datePicker("reportTo");
        to.valueProperty().bindBidirectional(settings.customToProperty());

        HBox kindBox = labelled("followup.report.kind", kind);
        HBox yearBox = labelled("followup.report.year", year);
        HBox whichBox = labelled("followup.report.which", which);
        HBox cutOffBox = labelled("followup.report.cutOff", cutOff);
        HBox fromBox = labelled("followup.report.from", from);
        HBox toBox = labelled("followup.report.to", to);
        Runnable showFitting = () -> {
            ReportPeriod.Kind k = settings.kindProperty().get();
            boolean custom = k == ReportPeriod.Kind.CUSTOM;
            show(yearBox, !custom);
            show(whichBox, !custom && k != ReportPeriod.Kind.YEAR);
            show(cutOffBox, !custom);
            show(fromBox, custom);
            show(toBox, custom);
        };
        showFitting.run();
        settings.kindProperty().addListener((o, before, now) -> showFitting.run());
        FlowPane pane = new FlowPane(16, 6, kindBox, yearBox, whichBox, cutOffBox, fromBox, toBox);
        pane.setAlignment(Pos.CENTER_LEFT);
        return pane;
    }

    private static TableView<ReportSettings.Row> table(ReportSettings settings) {
        TableView<ReportSettings.Row> table = new TableView<>(settings.rows());
        table.setId("reportTable");
        table.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_ALL_COLUMNS);
        TableColumn<ReportSettings.Row, String> unit = new TableColumn<>(Messages.get("followup.report.column.unit"));
        unit.setCellValueFactory(row -> new ReadOnlyObjectWrapper<>(row.getValue().unitName()));
        unit.setPrefWidth(330);
        unit.setMinWidth(200);
        unit.setSortable(false);

        TableColumn<ReportSettings.Row, String> done = group("followup.report.column.done",
                count("followup.report.column.onTime", StateCounts::doneOnTime),
                count("followup.report.column.late", StateCounts::doneLate));
        TableColumn<ReportSettings.Row, String> notDone = group("followup.report.column.notDone",
                count("followup.report.column.within", StateCounts::notDoneWithinDeadline),
                count("followup.report.column.overdue", StateCounts::notDoneOverdue));
        TableColumn<ReportSettings.Row, String> share = figure("followup.report.column.shareOnTime", StateCounts::shareDoneOnTimeText);
        share.setPrefWidth(130);
        share.setMinWidth(130);
        table.getColumns().setAll(List.of(unit,
                count("followup.report.column.total", StateCounts::total),
                count("followup.report.column.fallenDue", StateCounts::fallenDue),
                done, notDone,
                count("followup.report.column.undated", StateCounts::withoutDatedDeadline),
                share));
        table.setRowFactory(t -> new TableRow<>() {
            @Override
            protected void updateItem(ReportSettings.Row row, boolean empty) {
                super.updateItem(row, empty);
                setStyle(!empty && row != null && row.allUnits() ? "-fx-font-weight: bold;" : "");
            }
        });
        Label placeholder = new Label();
        placeholder.textProperty().bind(settings.placeholderTextProperty());
        table.setPlaceholder(placeholder);
        return table;
    }

    private static TableColumn<ReportSettings.Row, String> group(String key, TableColumn<ReportSettings.Row, String> a,
                                                                 TableColumn<ReportSettings.Row, String> b) {
        TableColumn<ReportSettings.Row, String> column = new TableColumn<>(Messages.get(key));
        column.getColumns().setAll(List.of(a, b));
        return column;
    }

    private static TableColumn<ReportSettings.Row, String> count(String key, Function<StateCounts, Integer> value) {
        TableColumn<ReportSettings.Row, String> column = figure(key, counts -> ReportNumbers.count(value.apply(counts)));
        column.setPrefWidth(105);
        column.setMinWidth(90);
        return column;
    }

    private static TableColumn<ReportSettings.Row, String> figure(String key, Function<StateCounts, String> value) {
        TableColumn<ReportSettings.Row, String> column = new TableColumn<>();
        // Headers like "Không có hạn cụ thể" wrap onto two lines instead of being cut.
        Label header = new Label(Messages.get(key));
        header.setWrapText(true);
        header.setAlignment(Pos.CENTER);
        header.setStyle("-fx-text-alignment: center;");
        column.setGraphic(header);
        header.prefWidthProperty().bind(column.widthProperty().subtract(8));
        column.setSortable(false);
        column.setCellValueFactory(row -> new ReadOnlyObjectWrapper<>(value.apply(row.getValue().counts())));
        column.setCellFactory(c -> new TableCell<>() {
            @Override
            protected void updateItem(String text, boolean empty) {
                super.updateItem(text, empty);
                setText(empty ? null : text);
            }
        });
        column.setStyle("-fx-alignment: CENTER-RIGHT;");
        return column;
    }

    private static String whichText(ReportPeriod.Kind kind, Integer index) {
        if (index == null) {
            return "";
        }
        return switch (kind) {
            case MONTH -> String.valueOf(index);
            case QUARTER -> ROMAN[index - 1];
            case HALF_YEAR -> Messages.get("followup.period.half." + index);
            default -> "";
        };
    }

    private static Spinner<Integer> intSpinner(String id, int min, int max, IntegerProperty property) {
        Spinner<Integer> spinner = new Spinner<>(min, max, property.get());
        spinner.setId(id);
        spinner.setEditable(true);
        spinner.valueProperty().addListener((o, before, now) -> {
            if (now != null) {
                property.set(now);
            }
        });
        property.addListener((o, before, now) -> spinner.getValueFactory().setValue(now.intValue()));
        return spinner;
    }

    private static DatePicker datePicker(String id) {
        DatePicker picker = new DatePicker();
        picker.setId(id);
        picker.setPrefWidth(140);
        picker.setConverter(Converters.dates(picker::getValue));
        return picker;
    }

    static HBox labelled(String key, Node field) {
        Label label = new Label(Messages.get(key));
        label.setMinWidth(Label.USE_PREF_SIZE);
        HBox box = new HBox(6, label, field);
        box.setAlignment(Pos.CENTER_LEFT);
        return box;
    }

    private static void show(Node node, boolean shown) {
        node.setVisible(shown);
        node.setManaged(shown);
    }
}

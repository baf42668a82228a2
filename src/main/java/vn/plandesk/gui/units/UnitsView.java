package vn.plandesk.gui.units;

import java.util.function.Function;
import javafx.beans.binding.Bindings;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.geometry.Insets;
import javafx.geometry.Orientation;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressIndicator;
import javafx.scene.control.SplitPane;
import javafx.scene.control.TableCell;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableRow;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.control.ToolBar;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import org.controlsfx.control.textfield.TextFields;
import vn.plandesk.logic.i18n.Messages;
import vn.plandesk.logic.store.UnitDirectory;
import vn.plandesk.logic.text.VietnameseText;
import vn.plandesk.model.Unit;

/**
 * The units directory: a filter box and the actions over the table of units, and below it the plans
 * that use the selected unit. All behaviour is in {@link UnitsViewModel}.
 */
public final class UnitsView extends BorderPane {
    private final TextField filterField = TextFields.createClearableTextField();

    public UnitsView(UnitsViewModel viewModel) {
        setId("unitsView");
        filterField.setId("unitFilter");
        filterField.setPromptText(Messages.get("units.filter.prompt"));
        filterField.setStyle("-fx-prompt-text-fill: -fx-mid-text-color;");
        filterField.textProperty().bindBidirectional(viewModel.filterTextProperty());
        HBox.setHgrow(filterField, Priority.ALWAYS);
        filterField.setMaxWidth(Double.MAX_VALUE);
        filterField.setMinWidth(220);

        Button add = button("addUnit", Messages.get("units.action.add"), viewModel::add);
        Button rename = button("renameUnit", Messages.get("units.action.rename"), viewModel::renameSelected);
        Button merge = button("mergeUnit", Messages.get("units.action.merge"), viewModel::mergeSelected);
        Button toggle = button("toggleUnit", "", viewModel::toggleActiveSelected);
        toggle.textProperty().bind(Bindings.createStringBinding(
                () -> UnitsViewModel.toggleActiveText(viewModel.selectedProperty().get()), viewModel.selectedProperty()));
        add.disableProperty().bind(viewModel.editingAllowedProperty().not().or(viewModel.changingProperty()));
        for (Button b : new Button[] {rename, merge, toggle}) {
            b.disableProperty().bind(viewModel.selectedProperty().isNull().or(viewModel.editingAllowedProperty().not())
                    .or(viewModel.changingProperty()));
        }
        ProgressIndicator busy = new ProgressIndicator();
        busy.setId("unitsBusy");
        busy.setPrefSize(18, 18);
        busy.visibleProperty().bind(viewModel.busyProperty());
        ToolBar actions = new ToolBar(filterField, add, rename, merge, toggle, busy);
        setTop(actions);

        TableView<Unit> table = unitTable(viewModel);
        VBox usagePane = usagePane(viewModel);
        SplitPane split = new SplitPane(table, usagePane);
        split.setOrientation(Orientation.VERTICAL);
        split.setDividerPositions(0.62);
        setCenter(split);

        Label status = new Label();
        status.setId("unitStatus");
        status.textProperty().bind(viewModel.statusTextProperty());
        status.setPadding(new Insets(4, 8, 4, 8));
        setBottom(status);
    }

    /** Puts the cursor in the filter box. */
    public void focusFilter() {
        filterField.requestFocus();
    }

    private static TableView<Unit> unitTable(UnitsViewModel viewModel) {
        TableView<Unit> table = new TableView<>(viewModel.shownUnits());
        table.setId("unitTable");
        table.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        TableColumn<Unit, String> name = column(Messages.get("units.column.name"), Unit::fullName);
        name.setPrefWidth(420);
        name.setComparator(VietnameseText.comparator());
        TableColumn<Unit, String> shortName = column(Messages.get("units.column.shortName"), Unit::shortName);
        shortName.setPrefWidth(150);
        shortName.setComparator(VietnameseText.comparator());
        TableColumn<Unit, String> kind = column(Messages.get("units.column.kind"), u -> UnitsViewModel.kindText(u.kind()));
        kind.setPrefWidth(190);
        TableColumn<Unit, String> active = column(Messages.get("units.column.active"), UnitsViewModel::activeText);
        active.setPrefWidth(140);
        table.getColumns().setAll(java.util.List.of(name, shortName, kind, active));
        // Units no longer used stay listed, greyed, so old plans can still be read.
        table.setRowFactory(t -> new TableRow<>() {
            @Override
            protected void updateItem(Unit unit, boolean empty) {
                super.updateItem(unit, empty);
                setStyle(!empty && unit != null && !unit.active() ? "-fx-opacity: 0.6;" : "");
            }
        });
        Label placeholder = new Label();
        placeholder.setWrapText(true);
        placeholder.setPadding(new Insets(12));
        placeholder.textProperty().bind(viewModel.placeholderTextProperty());
        table.setPlaceholder(placeholder);

        table.getSelectionModel().selectedItemProperty().addListener((o, before, now) -> {
            if (now != null || table.getItems().isEmpty()) {
                viewModel.selectedProperty().set(now);
            }
        });
        viewModel.selectedProperty().addListener((o, before, now) -> {
            if (now == null) {
                table.getSelectionModel().clearSelection();
            } else if (table.getSelectionModel().getSelectedItem() == null
                    || !now.id().equals(table.getSelectionModel().getSelectedItem().id())) {
                table.getSelectionModel().select(now);
                table.scrollTo(now);
            }
        });
        return table;
    }

    private static VBox usagePane(UnitsViewModel viewModel) {
        Label summary = new Label();
        summary.setId("unitUsageSummary");
        summary.setWrapText(true);
        summary.textProperty().bind(viewModel.usageSummaryProperty());
        summary.setPadding(new Insets(6, 8, 2, 8));

        TableView<UnitDirectory.Usage> usages = new TableView<>(viewModel.usages());
        usages.setId("unitUsages");
        usages.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_ALL_COLUMNS);
        TableColumn<UnitDirectory.Usage, String> number = column(Messages.get("units.usage.column.number"), UnitDirectory.Usage::numberAndSymbol);
        fixed(number, 150);
        TableColumn<UnitDirectory.Usage, String> subject = column(Messages.get("units.usage.column.subject"), UnitDirectory.Usage::subject);
        subject.setMinWidth(240);
        TableColumn<UnitDirectory.Usage, String> lead = column(Messages.get("units.usage.column.lead"), u -> String.valueOf(u.leadTasks()));
        TableColumn<UnitDirectory.Usage, String> support = column(Messages.get("units.usage.column.support"), u -> String.valueOf(u.supportTasks()));
        TableColumn<UnitDirectory.Usage, String> member = column(Messages.get("units.usage.column.participant"),
                u -> u.participant() ? Messages.get("units.usage.participant") : "");
        for (TableColumn<UnitDirectory.Usage, String> c : java.util.List.of(lead, support, member)) {
            fixed(c, 105);
            c.setStyle("-fx-alignment: CENTER-RIGHT;");
        }
        member.setStyle("-fx-alignment: CENTER;");
        usages.getColumns().setAll(java.util.List.of(number, subject, lead, support, member));
        Label placeholder = new Label(Messages.get("units.usage.placeholder"));
        placeholder.setWrapText(true);
        usages.setPlaceholder(placeholder);
        VBox.setVgrow(usages, Priority.ALWAYS);
        return new VBox(4, summary, usages);
    }

    private static <S> TableColumn<S, String> column(String title, Function<S, String> value) {
        TableColumn<S, String> column = new TableColumn<>(title);
        column.setCellValueFactory(row -> new ReadOnlyObjectWrapper<>(value.apply(row.getValue())));
        column.setCellFactory(c -> new TableCell<>() {
            @Override
            protected void updateItem(String text, boolean empty) {
                super.updateItem(text, empty);
                setText(empty ? null : text);
                setTooltip(empty || text == null || text.length() < 40 ? null : new Tooltip(text));
            }
        });
        return column;
    }

    private static void fixed(TableColumn<?, ?> column, double width) {
        column.setMinWidth(width);
        column.setPrefWidth(width);
        column.setMaxWidth(width);
    }

    private static Button button(String id, String text, Runnable action) {
        Button button = new Button(text);
        button.setId(id);
        button.setOnAction(event -> action.run());
        return button;
    }
}

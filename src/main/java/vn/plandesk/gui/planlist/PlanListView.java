package vn.plandesk.gui.planlist;

import java.util.Arrays;
import java.util.function.Function;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.collections.FXCollections;
import javafx.collections.ListChangeListener;
import javafx.collections.ObservableList;
import javafx.scene.control.ChoiceBox;
import javafx.scene.control.ComboBox;
import javafx.scene.control.ListCell;
import javafx.scene.layout.ColumnConstraints;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.Priority;
import javafx.beans.property.ObjectProperty;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.TableCell;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.VBox;
import javafx.util.StringConverter;
import org.controlsfx.control.textfield.TextFields;
import vn.plandesk.gui.Converters;
import vn.plandesk.gui.HoverTip;
import vn.plandesk.logic.i18n.Messages;
import vn.plandesk.model.DocumentType;
import vn.plandesk.model.PlanStatus;
import vn.plandesk.model.PlanSummary;
import vn.plandesk.model.Unit;

/** The search box and filters over the table of plans; all behaviour is in {@link PlanListViewModel}. */
public final class PlanListView extends BorderPane {
    /** Height of every row of the list, in pixels at 100 % scale: the height Modena gives one line of text. */
    static final double ROW_HEIGHT = 24;
    private final TextField searchField = TextFields.createClearableTextField();
    private final TableView<PlanSummary> table;

    public PlanListView(PlanListViewModel viewModel) {
        searchField.setId("planSearch");
        searchField.setPromptText(Messages.get("planlist.search.prompt"));
        // Modena hides the prompt while the field has focus, and the field has it when the window opens.
        searchField.setStyle("-fx-prompt-text-fill: -fx-mid-text-color;");
        searchField.textProperty().bindBidirectional(viewModel.searchTextProperty());
        VBox top = new VBox(6, searchField, filters(viewModel));
        top.setPadding(new Insets(8, 8, 6, 8));
        setTop(top);

        table = new TableView<>(viewModel.shownPlans());
        table.setId("planTable");
        // Rows all one height: the table then neither measures each row nor lays out its cells twice (a fifth of the
        // layout of the frame that first fills the list).
        table.setFixedCellSize(ROW_HEIGHT);
        // Only the subject grows with the window; the other columns keep the width their content needs.
        table.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_ALL_COLUMNS);
        table.getColumns().setAll(
                column(Messages.get("planlist.column.number"), 105, PlanSummary::numberAndSymbol, Function.identity()),
                subjectColumn(),
                column(Messages.get("planlist.column.issuedOn"), 130, PlanSummary::issuedOn, PlanListViewModel::issueDateText),
                overdueColumn(viewModel));
        table.setPlaceholder(placeholder(viewModel));
        // The shown list is replaced on each refresh: keep the open plan selected.
        viewModel.shownPlans().addListener((ListChangeListener<PlanSummary>) c -> reselect());
        setCenter(table);
    }

    /** The plan chosen in the list (the editor opens it). */
    public ReadOnlyObjectProperty<PlanSummary> selectedPlanProperty() {
        return table.getSelectionModel().selectedItemProperty();
    }

    private long selectedId = -1;

    /** Marks the plan that is open, without opening it again. */
    public void showSelected(Long planId) {
        selectedId = planId == null ? -1 : planId;
        reselect();
    }

    private void reselect() {
        PlanSummary selected = table.getSelectionModel().getSelectedItem();
        if (selected != null && selected.id() == selectedId) {
            return;
        }
        table.getItems().stream().filter(p -> p.id() == selectedId).findFirst().ifPresent(p -> table.getSelectionModel().select(p));
    }

    /**
     * The filters. Year, status, type and order are short lists, shown as choice boxes: a combo box carries a
     * list view styled and laid out with the window even while closed, and four of them made a fifth of the
     * window's first frame. The units can be many, so theirs is a combo box, whose list scrolls.
     */
    private GridPane filters(PlanListViewModel vm) {
        ChoiceBox<Integer> year = choice(withAll(vm.years(), vm.yearProperty()), vm.yearProperty(),
                Converters.showing(y -> String.valueOf(y), Messages.get("planlist.filter.allYears")));
        year.setId("filterYear");
        ChoiceBox<PlanStatus> status = choice(withAll(FXCollections.observableArrayList(PlanStatus.values()), vm.statusProperty()),
                vm.statusProperty(), Converters.showing(s -> Messages.get("status." + s.name().toLowerCase(java.util.Locale.ROOT)),
                        Messages.get("planlist.filter.allStatuses")));
        status.setId("filterStatus");
        ChoiceBox<DocumentType> type = choice(withAll(FXCollections.observableArrayList(DocumentType.values()), vm.typeProperty()),
                vm.typeProperty(), Converters.showing(DocumentType::title, Messages.get("planlist.filter.allTypes")));
        type.setId("filterType");
        ComboBox<Unit> unit = new ComboBox<>(withAll(vm.unitChoices(), vm.unitProperty()));
        unit.setConverter(Converters.showing(Unit::fullName, Messages.get("planlist.filter.allUnits")));
        unit.setButtonCell(cell(Unit::fullName, "planlist.filter.allUnits"));
        unit.setCellFactory(l -> cell(Unit::fullName, "planlist.filter.allUnits"));
        unit.valueProperty().bindBidirectional(vm.unitProperty());
        unit.setMaxWidth(Double.MAX_VALUE);
        unit.setId("filterUnit");
        ChoiceBox<PlanListViewModel.SortOrder> sort = choice(FXCollections.observableArrayList(PlanListViewModel.SortOrder.values()),
                vm.sortOrderProperty(), Converters.showing(o -> Messages.get("planlist.sort." + o.name().toLowerCase(java.util.Locale.ROOT)), ""));
        sort.setId("sortOrder");
        GridPane grid = new GridPane();
        grid.setHgap(6);
        grid.setVgap(6);
        ColumnConstraints half = new ColumnConstraints();
        half.setPercentWidth(50);
        half.setHgrow(Priority.ALWAYS);
        grid.getColumnConstraints().addAll(half, half);
        grid.addRow(0, year, status);
        grid.addRow(1, type, unit);
        grid.add(sort, 0, 2, 2, 1);
        return grid;
    }

    private static <T> ChoiceBox<T> choice(ObservableList<T> items, ObjectProperty<T> value, StringConverter<T> text) {
        ChoiceBox<T> box = new ChoiceBox<>(items);
        box.setConverter(text);
        box.valueProperty().bindBidirectional(value);
        // The grid's columns give the width. Left to itself, a choice box measures its menu, which builds the
        // menu's skin in the window's first layout (half of that layout), long before anyone opens it.
        box.setMinWidth(0);
        box.setPrefWidth(0);
        box.setMaxWidth(Double.MAX_VALUE);
        return box;
    }

    /** A filter's entries: first null, meaning "all", then the choices, kept in step with them (the choice stays). */
    private static <T> ObservableList<T> withAll(ObservableList<T> choices, ObjectProperty<T> value) {
        ObservableList<T> items = FXCollections.observableArrayList();
        items.add(null);
        items.addAll(choices);
        choices.addListener((ListChangeListener<T>) c -> {
            T chosen = value.get();
            items.setAll(Arrays.asList((T) null));
            items.addAll(choices);
            value.set(chosen);
        });
        return items;
    }

    private static <T> ListCell<T> cell(Function<T, String> text, String allKey) {
        return new ListCell<>() {
            @Override
            protected void updateItem(T item, boolean empty) {
                super.updateItem(item, empty);
                setText(empty ? null : item == null ? Messages.get(allKey) : text.apply(item));
            }
        };
    }

    private static TableColumn<PlanSummary, Integer> overdueColumn(PlanListViewModel vm) {
        TableColumn<PlanSummary, Integer> column = countColumn(Messages.get("planlist.column.overdue"), 95,
                p -> vm.overdueCount(p.id()));
        column.setId("overdueColumn");
        column.setCellFactory(c -> new TableCell<>() {
            @Override
            protected void updateItem(Integer count, boolean empty) {
                super.updateItem(count, empty);
                setText(empty || count == null || count == 0 ? null : String.valueOf(count));
                getStyleClass().remove("overdue-count");
                if (!empty && count != null && count > 0) {
                    getStyleClass().add("overdue-count");
                }
            }
        });
        return column;
    }

    /** Puts the cursor in the search box. */
    public void focusSearch() {
        searchField.requestFocus();
    }

    private static <T> TableColumn<PlanSummary, T> column(String title, double width, Function<PlanSummary, T> value,
                                                          Function<T, String> text) {
        TableColumn<PlanSummary, T> column = new TableColumn<>(title);
        column.setCellValueFactory(row -> new ReadOnlyObjectWrapper<>(value.apply(row.getValue())));
        column.setCellFactory(c -> new TableCell<>() {
            @Override
            protected void updateItem(T item, boolean empty) {
                super.updateItem(item, empty);
                setText(empty || item == null ? null : text.apply(item));
            }
        });
        column.setMinWidth(width);
        column.setPrefWidth(width);
        column.setMaxWidth(width);
        return column;
    }

    private static TableColumn<PlanSummary, Integer> countColumn(String title, double width, Function<PlanSummary, Integer> count) {
        TableColumn<PlanSummary, Integer> column = column(title, width, count, String::valueOf);
        column.setStyle("-fx-alignment: CENTER-RIGHT;");
        return column;
    }

    /** Takes the width the other columns leave; a long subject shows whole in its tooltip. */
    private static TableColumn<PlanSummary, String> subjectColumn() {
        TableColumn<PlanSummary, String> column = new TableColumn<>(Messages.get("planlist.column.subject"));
        column.setCellValueFactory(row -> new ReadOnlyObjectWrapper<>(row.getValue().subject()));
        column.setComparator(vn.plandesk.logic.text.VietnameseText.comparator());
        column.setMinWidth(140);
        column.setCellFactory(c -> new TableCell<>() {
            private final HoverTip tip = new HoverTip(this);

            @Override
            protected void updateItem(String subject, boolean empty) {
                super.updateItem(subject, empty);
                setText(empty ? null : subject);
                tip.set(empty ? null : subject);
            }
        });
        return column;
    }

    private static VBox placeholder(PlanListViewModel viewModel) {
        Label text = new Label();
        text.textProperty().bind(viewModel.placeholderTextProperty());
        Button addSamples = new Button(Messages.get("planlist.addSamples"));
        addSamples.setId("addSamples");
        addSamples.setOnAction(event -> viewModel.addSamples());
        addSamples.visibleProperty().bind(viewModel.offerSamplesProperty());
        addSamples.managedProperty().bind(addSamples.visibleProperty());
        addSamples.disableProperty().bind(viewModel.addingSamplesProperty());
        VBox box = new VBox(12, text, addSamples);
        box.setAlignment(Pos.CENTER);
        return box;
    }
}

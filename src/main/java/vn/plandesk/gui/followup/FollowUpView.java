package vn.plandesk.gui.followup;

import java.util.function.Function;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.geometry.Insets;
import javafx.geometry.Orientation;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.ChoiceBox;
import javafx.scene.control.SelectionMode;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressIndicator;
import javafx.scene.control.Spinner;
import javafx.scene.control.SplitPane;
import javafx.scene.control.ToolBar;
import javafx.scene.control.Tooltip;
import javafx.scene.control.TreeItem;
import javafx.scene.control.TreeTableCell;
import javafx.scene.control.TreeTableColumn;
import javafx.scene.control.TreeTableRow;
import javafx.scene.control.TreeTableView;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.Pane;
import javafx.scene.layout.Priority;
import javafx.scene.layout.HBox;
import vn.plandesk.logic.followup.DueList;
import vn.plandesk.logic.followup.FollowUpItem;
import vn.plandesk.logic.followup.UnitGroup;
import vn.plandesk.logic.i18n.Messages;

/**
 * "Theo dõi, đôn đốc": the tasks to urge grouped by lead unit over the report per unit for a period.
 * All behaviour is in {@link FollowUpViewModel}.
 */
public final class FollowUpView extends BorderPane {

    /** A row of the tree: a lead unit (item null) or one of its tasks. */
    public record Row(UnitGroup group, FollowUpItem item) {
        public boolean isUnit() {
            return item == null;
        }
    }

    private final FollowUpViewModel viewModel;
    private final TreeTableView<Row> tree = new TreeTableView<>();

    public FollowUpView(FollowUpViewModel viewModel) {
        this.viewModel = viewModel;
        setId("followUpView");
        setTop(toolBar());
        SplitPane split = new SplitPane(taskTree(), new ReportPane(viewModel.report()));
        split.setOrientation(Orientation.VERTICAL);
        split.setDividerPositions(0.55);
        setCenter(split);
        Label status = new Label();
        status.setId("followUpStatus");
        status.textProperty().bind(viewModel.statusTextProperty());
        status.setPadding(new Insets(4, 8, 4, 8));
        setBottom(status);
        viewModel.dueListProperty().addListener((o, before, now) -> fill(now));
        fill(viewModel.dueListProperty().get());
    }

    private ToolBar toolBar() {
        Spinner<Integer> days = new Spinner<>(0, 365, viewModel.daysAheadProperty().get());
        days.setId("daysAhead");
        days.setEditable(true);
        days.setPrefWidth(80);
        days.valueProperty().addListener((o, before, now) -> {
            if (now != null) {
                viewModel.daysAheadProperty().set(now);
            }
        });
        viewModel.daysAheadProperty().addListener((o, before, now) -> days.getValueFactory().setValue(now.intValue()));
        Label before = new Label(Messages.get("followup.daysAhead"));
        Label after = new Label(Messages.get("followup.daysAhead.unit"));
        before.setMinWidth(Label.USE_PREF_SIZE);
        after.setMinWidth(Label.USE_PREF_SIZE);

        Button done = button("markDone", Messages.get("followup.action.done"), viewModel::markSelectedDone);
        Button extend = button("extendDeadline", Messages.get("followup.action.extend"), viewModel::extendSelected);
        // one action at a time: a second click while the first is stored would act on the task as it was
        for (Button action : new Button[] {done, extend}) {
            action.disableProperty().bind(viewModel.selectedProperty().isNull().or(viewModel.editingAllowedProperty().not())
                    .or(viewModel.storingProperty()));
        }
        Button reload = button("reloadFollowUp", Messages.get("followup.action.refresh"), viewModel::refresh);
        Button report = button("exportReport", Messages.get("followup.action.exportReport"), viewModel::exportReport);
        Button urge = button("composeUrging", Messages.get("followup.action.urge"), viewModel::urgePickedUnits);
        report.disableProperty().bind(viewModel.loadingProperty());
        urge.disableProperty().bind(viewModel.loadingProperty());
        ChoiceBox<FollowUpViewModel.Shown> shown = new ChoiceBox<>();
        shown.setId("followUpShown");
        shown.getItems().setAll(FollowUpViewModel.Shown.values());
        shown.setConverter(new javafx.util.StringConverter<>() {
            @Override
            public String toString(FollowUpViewModel.Shown value) {
                return value == null ? "" : Messages.get("followup.shown." + value.name().toLowerCase(java.util.Locale.ROOT));
            }

            @Override
            public FollowUpViewModel.Shown fromString(String text) {
                throw new IllegalStateException("picked, not typed");
            }
        });
        shown.valueProperty().bindBidirectional(viewModel.shownProperty());
        ProgressIndicator busy = new ProgressIndicator();
        busy.setPrefSize(18, 18);
        busy.setId("followUpBusy");
        busy.visibleProperty().bind(viewModel.loadingProperty().or(viewModel.storingProperty()));
        Pane gap = new Pane();
        HBox.setHgrow(gap, Priority.ALWAYS);
        HBox daysBox = new HBox(6, shown, before, days, after);
        daysBox.setAlignment(Pos.CENTER_LEFT);
        return new ToolBar(daysBox, gap, busy, done, extend, report, urge, reload);
    }

    private TreeTableView<Row> taskTree() {
        tree.setId("followUpTree");
        tree.setShowRoot(false);
        tree.setRoot(new TreeItem<>());
        tree.setColumnResizePolicy(TreeTableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        TreeTableColumn<Row, String> task = column(Messages.get("followup.column.task"),
                row -> row.isUnit() ? groupTitle(row.group()) : row.item().task().content());
        task.setPrefWidth(470);
        TreeTableColumn<Row, String> plan = column(Messages.get("followup.column.plan"), row -> row.isUnit() ? "" : FollowUpTexts.planNumber(row.item()));
        plan.setPrefWidth(150);
        TreeTableColumn<Row, String> deadline = column(Messages.get("followup.column.deadline"),
                row -> row.isUnit() ? "" : FollowUpTexts.deadlineInForce(row.item()));
        deadline.setPrefWidth(330);
        TreeTableColumn<Row, String> late = column(Messages.get("followup.column.days"), row -> row.isUnit() ? "" : FollowUpTexts.days(row.item()));
        late.setPrefWidth(110);
        late.setStyle("-fx-alignment: CENTER-RIGHT;");
        TreeTableColumn<Row, String> status = column(Messages.get("followup.column.status"), row -> row.isUnit() ? "" : FollowUpTexts.status(row.item()));
        status.setPrefWidth(170);
        tree.getColumns().setAll(java.util.List.of(task, plan, deadline, late, status));
        tree.setRowFactory(t -> new TreeTableRow<>() {
            @Override
            protected void updateItem(Row row, boolean empty) {
                super.updateItem(row, empty);
                if (empty || row == null) {
                    setStyle("");
                } else if (row.isUnit()) {
                    setStyle("-fx-font-weight: bold;");
                } else {
                    // overdue tasks in a dark red that stays readable when the row is selected
                    setStyle(row.item().isOverdue() ? "-fx-text-background-color: #9c1c1c;" : "");
                }
            }
        });
        Label placeholder = new Label();
        placeholder.textProperty().bind(viewModel.placeholderTextProperty());
        tree.setPlaceholder(placeholder);
        tree.getSelectionModel().setSelectionMode(SelectionMode.MULTIPLE);
        tree.getSelectionModel().selectedItemProperty().addListener((o, before, now) ->
                viewModel.selectedProperty().set(now == null || now.getValue() == null ? null : now.getValue().item()));
        // the units of the rows selected, each once: a unit row or any of its tasks picks the unit
        tree.getSelectionModel().getSelectedItems().addListener((javafx.collections.ListChangeListener<TreeItem<Row>>) change ->
                viewModel.pickedUnits().setAll(tree.getSelectionModel().getSelectedItems().stream()
                        .filter(item -> item != null && item.getValue() != null && item.getValue().group().unit() != null)
                        .map(item -> item.getValue().group()).distinct().toList()));
        return tree;
    }

    private static String groupTitle(UnitGroup group) {
        return Messages.get("followup.group", group.name(), group.overdueCount(), group.dueSoonCount());
    }

    /** Rebuilds the tree from the list, units expanded, the selected task selected again. */
    private void fill(DueList list) {
        FollowUpItem keep = viewModel.selectedProperty().get();
        TreeItem<Row> root = new TreeItem<>();
        TreeItem<Row> reselect = null;
        if (list != null) {
            for (UnitGroup group : list.groups()) {
                TreeItem<Row> unit = new TreeItem<>(new Row(group, null));
                unit.setExpanded(true);
                for (FollowUpItem item : group.items()) {
                    TreeItem<Row> taskItem = new TreeItem<>(new Row(group, item));
                    unit.getChildren().add(taskItem);
                    if (reselect == null && keep != null && item.plan().id() == keep.plan().id() && item.task().id().equals(keep.task().id())) {
                        reselect = taskItem;
                    }
                }
                root.getChildren().add(unit);
            }
        }
        tree.setRoot(root);
        if (reselect != null) {
            tree.getSelectionModel().select(reselect);
        }
    }

    private static TreeTableColumn<Row, String> column(String title, Function<Row, String> text) {
        TreeTableColumn<Row, String> column = new TreeTableColumn<>(title);
        column.setSortable(false);
        column.setCellValueFactory(cell -> new ReadOnlyObjectWrapper<>(cell.getValue().getValue() == null ? null : text.apply(cell.getValue().getValue())));
        column.setCellFactory(c -> new TreeTableCell<>() {
            @Override
            protected void updateItem(String value, boolean empty) {
                super.updateItem(value, empty);
                setText(empty ? null : value);
                setTooltip(empty || value == null || value.length() < 50 ? null : new Tooltip(value));
            }
        });
        return column;
    }

    private static Button button(String id, String text, Runnable action) {
        Button button = new Button(text);
        button.setId(id);
        button.setOnAction(event -> action.run());
        return button;
    }
}

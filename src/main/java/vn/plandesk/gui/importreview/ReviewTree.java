package vn.plandesk.gui.importreview;

import java.util.EnumMap;
import java.util.Map;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.collections.ListChangeListener;
import javafx.css.PseudoClass;
import javafx.scene.control.ContextMenu;
import javafx.scene.control.Label;
import javafx.scene.control.MenuItem;
import javafx.scene.control.TreeItem;
import javafx.scene.control.TreeTableColumn;
import javafx.scene.control.TreeTablePosition;
import javafx.scene.control.TreeTableRow;
import javafx.scene.control.TreeTableView;
import vn.plandesk.logic.i18n.Messages;

/**
 * The phases and tasks read, one row each, every column editable but "understood as"; a click on a
 * row selects where it was read in the source.
 */
final class ReviewTree extends TreeTableView<ReviewRow> {
    private static final PseudoClass PHASE = PseudoClass.getPseudoClass("phase");

    private final ImportReviewViewModel review;
    private final Map<ReviewRow.Column, TreeTableColumn<ReviewRow, ReviewField<String>>> columns =
            new EnumMap<>(ReviewRow.Column.class);

    ReviewTree(ImportReviewViewModel review) {
        this.review = review;
        setId("reviewTree");
        setShowRoot(false);
        setEditable(true);
        setRoot(new TreeItem<>());
        setPlaceholder(new Label(Messages.get("review.tree.empty")));
        getSelectionModel().setCellSelectionEnabled(true);
        setColumnResizePolicy(TreeTableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        addColumn(ReviewRow.Column.LABEL, "review.column.label", 74);
        addColumn(ReviewRow.Column.CONTENT, "review.column.content", 320);
        addColumn(ReviewRow.Column.DEADLINE, "review.column.deadline", 120);
        addColumn(ReviewRow.Column.UNDERSTOOD, "review.column.understood", 110);
        addColumn(ReviewRow.Column.LEAD, "review.column.lead", 130);
        addColumn(ReviewRow.Column.SUPPORT, "review.column.support", 120);
        setRowFactory(tree -> new PhaseAwareRow());

        review.phases().addListener((ListChangeListener<ReviewRow>) change -> rebuild());
        rebuild();
        getFocusModel().focusedCellProperty().addListener((o, before, cell) -> showInSource(cell));
    }

    private void addColumn(ReviewRow.Column column, String key, double width) {
        TreeTableColumn<ReviewRow, ReviewField<String>> c = new TreeTableColumn<>(Messages.get(key));
        c.setPrefWidth(width);
        c.setMinWidth(Math.min(width, 60));
        c.setSortable(false);
        c.setUserData(column);
        c.setEditable(column != ReviewRow.Column.UNDERSTOOD);
        c.setCellValueFactory(data -> data.getValue().getValue() == null ? null
                : new ReadOnlyObjectWrapper<>(data.getValue().getValue().field(column)));
        c.setCellFactory(col -> new ReviewFieldCell());
        columns.put(column, c);
        getColumns().add(c);
    }

    private void rebuild() {
        getRoot().getChildren().setAll(review.phases().stream().map(this::item).toList());
    }

    private TreeItem<ReviewRow> item(ReviewRow row) {
        TreeItem<ReviewRow> item = new TreeItem<>(row);
        item.setExpanded(true);
        item.getChildren().setAll(row.children().stream().map(this::item).toList());
        row.children().addListener((ListChangeListener<ReviewRow>) change ->
                item.getChildren().setAll(row.children().stream().map(this::item).toList()));
        return item;
    }

    private void showInSource(TreeTablePosition<ReviewRow, ?> cell) {
        if (cell == null || cell.getTreeItem() == null || cell.getTreeItem().getValue() == null) {
            return;
        }
        ReviewRow.Column column = cell.getTableColumn() == null ? ReviewRow.Column.CONTENT
                : (ReviewRow.Column) cell.getTableColumn().getUserData();
        review.showInSource(cell.getTreeItem().getValue(), column);
    }

    /** Selects a row's field and scrolls it into view (going to a finding about it). */
    void show(ReviewRow row, ReviewField<?> field) {
        TreeItem<ReviewRow> item = find(getRoot(), row);
        if (item == null) {
            return;
        }
        ReviewRow.Column column = ReviewRow.Column.CONTENT;
        for (ReviewRow.Column c : ReviewRow.Column.values()) {
            if (row.field(c) == field) {
                column = c;
            }
        }
        int index = getRow(item);
        scrollTo(Math.max(0, index - 2));
        getSelectionModel().clearAndSelect(index, columns.get(column));
        getFocusModel().focus(index, columns.get(column));
        requestFocus();
    }

    private static TreeItem<ReviewRow> find(TreeItem<ReviewRow> from, ReviewRow row) {
        if (from.getValue() == row) {
            return from;
        }
        for (TreeItem<ReviewRow> child : from.getChildren()) {
            TreeItem<ReviewRow> found = find(child, row);
            if (found != null) {
                return found;
            }
        }
        return null;
    }

    /** Phase rows stand out; every row offers to leave it out of the plan. */
    private final class PhaseAwareRow extends TreeTableRow<ReviewRow> {
        @Override
        protected void updateItem(ReviewRow row, boolean empty) {
            super.updateItem(row, empty);
            pseudoClassStateChanged(PHASE, !empty && row != null && row.isPhase());
            if (empty || row == null) {
                setContextMenu(null);
                return;
            }
            MenuItem remove = new MenuItem(Messages.get(row.isPhase() ? "review.removePhase" : "review.removeTask"));
            remove.setOnAction(event -> review.remove(row));
            setContextMenu(new ContextMenu(remove));
        }
    }
}

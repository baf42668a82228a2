package vn.plandesk.gui.editor;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Set;
import java.util.WeakHashMap;
import javafx.application.Platform;
import javafx.beans.property.ReadOnlyIntegerProperty;
import javafx.beans.property.ReadOnlyIntegerWrapper;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.collections.FXCollections;
import javafx.collections.ListChangeListener;
import javafx.collections.ObservableList;
import javafx.css.PseudoClass;
import javafx.scene.control.SelectionMode;
import javafx.scene.control.TreeItem;
import javafx.scene.control.TreeTableColumn;
import javafx.scene.control.TreeTableRow;
import javafx.scene.control.TreeTableView;
import javafx.scene.control.skin.VirtualFlow;
import javafx.scene.input.ClipboardContent;
import javafx.scene.input.DataFormat;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import javafx.scene.input.TransferMode;
import javafx.scene.layout.StackPane;
import vn.plandesk.gui.editor.EditorRow.PhaseRow;
import vn.plandesk.gui.settings.Settings;

/**
 * Phases and tasks in one tree table, edited in place. Rows have one fixed height, so the tree
 * stays smooth on 10,000 tasks and a timeline beside it can follow row for row through
 * {@link #firstVisibleRowProperty()} and {@link #visibleRows()}.
 */
public final class PlanTreeView extends StackPane {
    /** Height of every row, in pixels at 100 % scale. */
    public static final double ROW_HEIGHT = 30;
    private static final PseudoClass PHASE = PseudoClass.getPseudoClass("phase");
    private static final PseudoClass SUB_PHASE = PseudoClass.getPseudoClass("sub-phase");
    private static final PseudoClass PROBLEM = PseudoClass.getPseudoClass("problem");
    private static final DataFormat ROW_DRAG = new DataFormat("application/x-plandesk-row");

    private final PlanEditorViewModel editor;
    private final TreeTableView<EditorRow> tree = new TreeTableView<>();
    private final ReadOnlyIntegerWrapper firstVisibleRow = new ReadOnlyIntegerWrapper(this, "firstVisibleRow", 0);
    private final ObservableList<TreeItem<EditorRow>> visibleRows = FXCollections.observableArrayList();
    /** One view, held here (see PlanListViewModel#years). */
    private final ObservableList<TreeItem<EditorRow>> visibleRowsView = FXCollections.unmodifiableObservableList(visibleRows);
    private final ReadOnlyObjectWrapper<TreeItem<EditorRow>> dragged = new ReadOnlyObjectWrapper<>();
    private final List<TreeTableColumn<EditorRow, EditorRow>> columns = new ArrayList<>();
    /** The rows and content cells the tree has made (it reuses them as it scrolls), whose marks follow the checks. */
    private final Set<PlanRow> rowsMade = Collections.newSetFromMap(new WeakHashMap<>());
    private final Set<EditorCells.ContentCell> contentCellsMade = Collections.newSetFromMap(new WeakHashMap<>());

    public PlanTreeView(PlanEditorViewModel editor, Settings settings) {
        this.editor = editor;
        tree.setId("planTree");
        tree.setShowRoot(false);
        tree.editableProperty().bind(editor.editingAllowedProperty());
        tree.setFixedCellSize(ROW_HEIGHT);
        tree.getSelectionModel().setSelectionMode(SelectionMode.MULTIPLE);
        // Cells are selected one by one, so arrow keys walk across the columns and F2 edits the one reached.
        tree.getSelectionModel().setCellSelectionEnabled(true);
        tree.rootProperty().bind(editor.rootProperty());
        // A change from elsewhere waits for the typing in a cell to end rather than throw it away.
        editor.typingInCellProperty().bind(tree.editingCellProperty().isNotNull());
        tree.setTableMenuButtonVisible(true);
        addColumn(Column.CONTENT, 380, settings);
        addColumn(Column.DEADLINE, 330, settings);
        addColumn(Column.LEAD, 170, settings);
        addColumn(Column.SUPPORT, 170, settings);
        addColumn(Column.DELIVERABLE, 150, settings);
        addColumn(Column.PERCENT, 80, settings);
        addColumn(Column.COMPLETED, 105, settings);
        addColumn(Column.NOTES, 160, settings);
        tree.setRowFactory(t -> row());
        tree.addEventFilter(KeyEvent.KEY_PRESSED, this::keys);
        // Checks are redone after each edit: redraw the marks of the rows on screen. Only the marks: the tree's
        // refresh() makes every cell on screen anew, styles and lays it out (a fifth of a second at start).
        editor.problems().addListener((ListChangeListener<Object>) c -> showMarks());
        tree.skinProperty().addListener((o, was, skin) -> followScrolling());
        tree.setMinWidth(0);
        getChildren().add(tree);
    }

    private void showMarks() {
        rowsMade.forEach(PlanRow::showMark);
        contentCellsMade.forEach(EditorCells.ContentCell::showMarks);
    }

    private void addColumn(Column column, double width, Settings settings) {
        TreeTableColumn<EditorRow, EditorRow> c = new TreeTableColumn<>(column.title());
        c.setId("column-" + column.name().toLowerCase(java.util.Locale.ROOT));
        c.setCellValueFactory(data -> data.getValue().valueProperty());
        c.setCellFactory(col -> switch (column) {
            case CONTENT -> {
                EditorCells.ContentCell cell = new EditorCells.ContentCell(editor);
                contentCellsMade.add(cell);
                yield cell;
            }
            case DEADLINE -> new EditorCells.DeadlineCell(editor);
            case LEAD -> new EditorCells.UnitsCell(editor, true);
            case SUPPORT -> new EditorCells.UnitsCell(editor, false);
            case COMPLETED -> new EditorCells.DateCell(editor);
            default -> new EditorCells.TextCell(editor, column);
        });
        c.setPrefWidth(settings.columnWidth(column.settingsKey(), width));
        c.setMinWidth(60);
        c.setSortable(false);
        c.widthProperty().addListener((o, was, now) -> settings.setColumnWidth(column.settingsKey(), now.doubleValue()));
        columns.add(c);
        tree.getColumns().add(c);
    }

    /** A row of the tree: phases and sub-phases styled as such, a row with problems marked. */
    private final class PlanRow extends TreeTableRow<EditorRow> {
        @Override
        protected void updateItem(EditorRow item, boolean empty) {
            super.updateItem(item, empty);
            boolean phase = !empty && item instanceof PhaseRow;
            pseudoClassStateChanged(PHASE, phase && !((PhaseRow) item).sub());
            pseudoClassStateChanged(SUB_PHASE, phase && ((PhaseRow) item).sub());
            showMark();
        }

        void showMark() {
            EditorRow item = getItem();
            pseudoClassStateChanged(PROBLEM, !isEmpty() && item != null && !editor.problemsOf(item).isEmpty());
        }
    }

    private TreeTableRow<EditorRow> row() {
        PlanRow row = new PlanRow();
        rowsMade.add(row);
        row.setOnDragDetected(e -> {
            if (row.getTreeItem() != null && !row.isEmpty()) {
                dragged.set(row.getTreeItem());
                ClipboardContent content = new ClipboardContent();
                content.put(ROW_DRAG, row.getIndex());
                row.startDragAndDrop(TransferMode.MOVE).setContent(content);
                e.consume();
            }
        });
        row.setOnDragOver(e -> {
            if (dragged.get() != null && row.getTreeItem() != null && row.getTreeItem() != dragged.get()) {
                e.acceptTransferModes(TransferMode.MOVE);
            }
            e.consume();
        });
        row.setOnDragDropped(e -> {
            editor.structure().drop(dragged.get(), row.getTreeItem(), this::select);
            e.setDropCompleted(true);
            dragged.set(null);
            e.consume();
        });
        row.setOnDragDone(e -> dragged.set(null));
        return row;
    }

    private void keys(KeyEvent e) {
        if (tree.getEditingCell() != null) {
            return;
        }
        TreeItem<EditorRow> selected = tree.getSelectionModel().getSelectedItem();
        boolean handled = true;
        if (e.getCode() == KeyCode.TAB) {
            if (e.isShiftDown()) {
                editor.structure().outdent(selectedRows(), moved -> select(moved, selected));
            } else {
                editor.structure().indent(selectedRows(), moved -> select(moved, selected));
            }
        } else if (e.getCode() == KeyCode.F2 || e.getCode() == KeyCode.ENTER && !e.isShortcutDown()) {
            editFocused();
        } else if ((e.getCode() == KeyCode.LEFT || e.getCode() == KeyCode.RIGHT) && !e.isAltDown() && !e.isShortcutDown()) {
            // The tree table would fold and unfold rows; walking across the columns is what a table needs.
            moveAcross(e.getCode() == KeyCode.RIGHT ? 1 : -1, e.isShiftDown());
        } else {
            handled = false;
        }
        if (handled) {
            e.consume();
        }
    }

    private void moveAcross(int step, boolean extend) {
        var focused = tree.getFocusModel().getFocusedCell();
        int row = focused == null ? -1 : focused.getRow();
        if (row < 0) {
            return;
        }
        int column = focused.getTableColumn() == null ? 0 : columns.indexOf(focused.getTableColumn());
        List<TreeTableColumn<EditorRow, EditorRow>> shown = columns.stream().filter(TreeTableColumn::isVisible).toList();
        int at = shown.indexOf(columns.get(Math.max(0, column)));
        TreeTableColumn<EditorRow, EditorRow> target = shown.get(Math.max(0, Math.min(shown.size() - 1, at + step)));
        if (!extend) {
            tree.getSelectionModel().clearSelection();
        }
        tree.getSelectionModel().select(row, target);
        tree.getFocusModel().focus(row, target);
        tree.scrollToColumn(target);
    }

    /** Insert: a new task below the selection, its content ready to type. */
    public void addTask() {
        editor.structure().addTask(selected(), this::editNew);
    }

    /** Ctrl+Insert: a new phase, its title ready to type. */
    public void addPhase() {
        editor.structure().addPhase(selected(), this::editNew);
    }

    public void deleteSelected() {
        editor.structure().delete(selectedRows(), this::select);
    }

    /** The rows with a selected cell, each once. */
    private List<TreeItem<EditorRow>> selectedRows() {
        return tree.getSelectionModel().getSelectedItems().stream().distinct().toList();
    }

    public void indent() {
        TreeItem<EditorRow> s = selected();
        editor.structure().indent(selectedRows(), moved -> select(moved, s));
    }

    public void outdent() {
        TreeItem<EditorRow> s = selected();
        editor.structure().outdent(selectedRows(), moved -> select(moved, s));
    }

    public void move(boolean up) {
        TreeItem<EditorRow> s = selected();
        editor.structure().move(selectedRows(), up, moved -> select(moved, s));
    }

    public void copy() {
        editor.structure().copy(selectedRows());
    }

    public void paste() {
        editor.structure().paste(selected(), this::select);
    }

    /** F2: edits the focused cell, the content when no cell has the focus. */
    public void editFocused() {
        var focused = tree.getFocusModel().getFocusedCell();
        int index = focused != null && focused.getRow() >= 0 ? focused.getRow() : tree.getSelectionModel().getSelectedIndex();
        if (index < 0) {
            return;
        }
        TreeTableColumn<EditorRow, ?> column = focused != null && focused.getTableColumn() != null ? focused.getTableColumn() : columns.get(0);
        tree.edit(index, column);
    }

    /** Starts editing a column of the selected row (the deadline, the lead units ...). */
    public void edit(Column column) {
        int index = tree.getSelectionModel().getSelectedIndex();
        if (index >= 0) {
            tree.scrollTo(index);
            tree.layout();
            tree.edit(index, columns.get(column.ordinal()));
        }
    }

    public TreeTableView<EditorRow> tree() {
        return tree;
    }

    public void focusTree() {
        tree.requestFocus();
        if (tree.getSelectionModel().isEmpty() && tree.getExpandedItemCount() > 0) {
            tree.getSelectionModel().select(0, columns.get(0));
            tree.getFocusModel().focus(0, columns.get(0));
        }
    }

    /** Index of the first row on screen, for a timeline that scrolls with the tree. */
    public ReadOnlyIntegerProperty firstVisibleRowProperty() {
        return firstVisibleRow.getReadOnlyProperty();
    }

    /** The rows on screen, top to bottom (phases and tasks as the tree shows them). */
    public ObservableList<TreeItem<EditorRow>> visibleRows() {
        return visibleRowsView;
    }

    /** Scrolls so that the row with this index is at the top (a timeline scrolled by the user). */
    public void scrollToRow(int index) {
        tree.scrollTo(index);
    }

    private TreeItem<EditorRow> selected() {
        return tree.getSelectionModel().getSelectedItem();
    }

    private void editNew(TreeItem<EditorRow> item) {
        if (item == null) {
            return;
        }
        select(item);
        int index = tree.getRow(item);
        tree.scrollTo(Math.max(0, index - 3));
        tree.layout();
        tree.edit(index, columns.get(0));
    }

    private void select(TreeItem<EditorRow> item, TreeItem<EditorRow> fallback) {
        select(item != null ? item : fallback);
    }

    private void select(TreeItem<EditorRow> item) {
        if (item == null) {
            return;
        }
        int index = tree.getRow(item);
        tree.getSelectionModel().clearSelection();
        tree.getSelectionModel().select(index, columns.get(0));
        if (index >= 0 && !isOnScreen(index)) {
            tree.scrollTo(Math.max(0, index - 3));
        }
        tree.getFocusModel().focus(index, columns.get(0));
    }

    private boolean isOnScreen(int index) {
        return !visibleRows.isEmpty() && index >= firstVisibleRow.get() && index < firstVisibleRow.get() + visibleRows.size() - 1;
    }

    private void followScrolling() {
        VirtualFlow<?> flow = (VirtualFlow<?>) tree.lookup(".virtual-flow");
        if (flow == null) {
            Platform.runLater(this::followScrolling);
            return;
        }
        flow.positionProperty().addListener(o -> updateVisibleRows(flow));
        tree.expandedItemCountProperty().addListener(o -> Platform.runLater(() -> updateVisibleRows(flow)));
        flow.heightProperty().addListener(o -> Platform.runLater(() -> updateVisibleRows(flow)));
        Platform.runLater(() -> updateVisibleRows(flow));
    }

    private void updateVisibleRows(VirtualFlow<?> flow) {
        var first = flow.getFirstVisibleCell();
        var last = flow.getLastVisibleCell();
        if (first == null || last == null) {
            firstVisibleRow.set(0);
            visibleRows.clear();
            return;
        }
        List<TreeItem<EditorRow>> rows = new ArrayList<>();
        for (int i = first.getIndex(); i <= last.getIndex(); i++) {
            TreeItem<EditorRow> item = tree.getTreeItem(i);
            if (item != null) {
                rows.add(item);
            }
        }
        firstVisibleRow.set(first.getIndex());
        visibleRows.setAll(rows);
    }
}

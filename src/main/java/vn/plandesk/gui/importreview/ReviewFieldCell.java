package vn.plandesk.gui.importreview;

import javafx.beans.value.ChangeListener;
import javafx.scene.control.ContentDisplay;
import javafx.scene.control.TextField;
import javafx.scene.control.Tooltip;
import javafx.scene.control.TreeTableCell;
import javafx.scene.input.KeyCode;
import javafx.scene.text.Text;

/**
 * A tree cell showing one {@link ReviewField}: its text, marked (style and tooltip with the
 * reason) while it is uncertain, edited in a text field that keeps what was typed when the user
 * clicks elsewhere.
 */
final class ReviewFieldCell extends TreeTableCell<ReviewRow, ReviewField<String>> {
    static final String UNCERTAIN = "uncertain";

    private final ChangeListener<Object> refresh = (o, before, now) -> show(getItem());
    // a Text wrapped at the column's width: a cell's own text does not make its row taller
    private final Text shown = new Text();
    private ReviewField<String> watched;
    private TextField editor;

    ReviewFieldCell() {
        getStyleClass().add("review-cell");
        shown.getStyleClass().add("review-cell-text");
        tableColumnProperty().addListener((o, before, column) -> {
            shown.wrappingWidthProperty().unbind();
            if (column != null) {
                shown.wrappingWidthProperty().bind(column.widthProperty().subtract(14));
            }
        });
    }

    @Override
    protected void updateItem(ReviewField<String> field, boolean empty) {
        super.updateItem(field, empty);
        if (watched != null) {
            watched.valueProperty().removeListener(refresh);
            watched.reasonProperty().removeListener(refresh);
        }
        watched = empty ? null : field;
        if (watched != null) {
            watched.valueProperty().addListener(refresh);
            watched.reasonProperty().addListener(refresh);
        }
        show(watched);
    }

    private void show(ReviewField<String> field) {
        getStyleClass().remove(UNCERTAIN);
        if (field == null) {
            setText(null);
            setTooltip(null);
            setGraphic(null);
            return;
        }
        // the first column also holds the tree's disclosure arrow and indent
        if (getTableColumn() != null && getTreeTableView() != null && getTableColumn() == getTreeTableView().getTreeColumn()) {
            shown.wrappingWidthProperty().unbind();
            shown.setWrappingWidth(0);
        }
        setText(null);
        shown.setText(field.value());
        if (field.isUncertain()) {
            getStyleClass().add(UNCERTAIN);
            Tooltip tip = new Tooltip(field.reason());
            tip.setWrapText(true);
            tip.setMaxWidth(480);
            setTooltip(tip);
        } else {
            setTooltip(null);
        }
        if (!isEditing()) {
            setGraphic(shown);
        }
        setContentDisplay(ContentDisplay.GRAPHIC_ONLY);
    }

    @Override
    public void startEdit() {
        ReviewField<String> field = getItem();
        if (field == null || !field.isEditable()) {
            return;
        }
        super.startEdit();
        if (!isEditing()) {
            return;
        }
        editor = new TextField(field.value());
        editor.setOnAction(event -> commitEdit(field));
        editor.setOnKeyPressed(event -> {
            if (event.getCode() == KeyCode.ESCAPE) {
                cancelEdit();
                event.consume();
            }
        });
        // leaving the cell keeps what was typed: losing an edit to a stray click is worse
        editor.focusedProperty().addListener((o, had, has) -> {
            if (!has && isEditing()) {
                commitEdit(field);
            }
        });
        setGraphic(editor);
        setContentDisplay(ContentDisplay.GRAPHIC_ONLY);
        editor.requestFocus();
        editor.selectAll();
    }

    @Override
    public void commitEdit(ReviewField<String> field) {
        String typed = editor == null ? field.value() : editor.getText();
        super.commitEdit(field);
        field.set(typed);
        editor = null;
        show(field);
    }

    @Override
    public void cancelEdit() {
        super.cancelEdit();
        editor = null;
        show(getItem());
    }
}

package vn.plandesk.gui.editor;

import java.time.LocalDate;
import java.util.List;
import javafx.application.Platform;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.ContentDisplay;
import javafx.scene.control.DatePicker;
import javafx.scene.control.Label;
import javafx.scene.control.OverrunStyle;
import javafx.scene.control.TextField;
import javafx.scene.control.TreeTableCell;
import javafx.scene.control.skin.DatePickerSkin;
import javafx.scene.input.KeyCode;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.stage.Popup;
import vn.plandesk.gui.Converters;
import vn.plandesk.gui.HoverTip;
import vn.plandesk.gui.editor.EditorRow.PhaseRow;
import vn.plandesk.gui.editor.EditorRow.TaskRow;
import vn.plandesk.logic.i18n.Messages;
import vn.plandesk.model.Phase;
import vn.plandesk.model.Task;
import vn.plandesk.model.TimeExpression;
import vn.plandesk.model.TimeKind;
import vn.plandesk.model.UnitRef;

/**
 * The cells of the plan tree. Each shows its row's field and, when edited, hands what was typed to
 * the view model, which stores it; the row then redraws from the stored value.
 */
final class EditorCells {
    private EditorCells() {
    }

    /** The text a column shows for a row ("" where a phase has nothing in that column). */
    static String text(EditorRow row, Column column) {
        if (row instanceof PhaseRow p) {
            Phase phase = p.phase();
            return switch (column) {
                case CONTENT -> phase.label() == null ? phase.title() : phase.label() + ". " + phase.title();
                case DEADLINE -> phase.span().raw();
                default -> "";
            };
        }
        Task task = ((TaskRow) row).task();
        return switch (column) {
            case CONTENT -> task.content();
            case DEADLINE -> task.deadline().raw();
            case DELIVERABLE -> nz(task.deliverable());
            case LEAD -> DeadlineText.units(task.lead());
            case SUPPORT -> DeadlineText.units(task.support());
            case PERCENT -> task.percentDone() + " %";
            case COMPLETED -> DeadlineText.date(task.completedOn());
            case NOTES -> nz(task.notes());
        };
    }

    /** What the text field starts with when editing: the words as stored, the percent without its sign. */
    static String editText(EditorRow row, Column column) {
        if (row instanceof PhaseRow p && column == Column.CONTENT) {
            return p.phase().title();
        }
        if (row instanceof TaskRow t && column == Column.PERCENT) {
            return String.valueOf(t.task().percentDone());
        }
        return text(row, column);
    }

    private static String nz(String s) {
        return s == null ? "" : s;
    }

    static boolean editable(EditorRow row, Column column) {
        return row instanceof TaskRow || column == Column.CONTENT || column == Column.DEADLINE;
    }

    /** A cell edited as one line of text; Enter or leaving the cell stores, Escape drops. */
    static class TextCell extends TreeTableCell<EditorRow, EditorRow> {
        final PlanEditorViewModel editor;
        final Column column;
        TextField field;
        /** A plan's first screen makes some two hundred cells: their tooltips are made when pointed at. */
        private final HoverTip tip = new HoverTip(this);

        TextCell(PlanEditorViewModel editor, Column column) {
            this.editor = editor;
            this.column = column;
            setTextOverrun(OverrunStyle.ELLIPSIS);
        }

        /** Says {@code text} in the cell's tooltip; null for none. */
        final void setTip(String text) {
            tip.set(text);
        }

        @Override
        public void startEdit() {
            EditorRow row = getItem();
            if (row == null || !editable(row, column)) {
                return;
            }
            super.startEdit();
            if (!isEditing()) {
                return;
            }
            field = new TextField(editText(row, column));
            field.setOnAction(e -> store());
            field.setOnKeyPressed(e -> {
                if (e.getCode() == KeyCode.ESCAPE) {
                    cancelEdit();
                    e.consume();
                }
            });
            field.focusedProperty().addListener((o, had, has) -> {
                if (!has && isEditing()) {
                    store();
                }
            });
            setText(null);
            setGraphic(editGraphic(field));
            setContentDisplay(ContentDisplay.GRAPHIC_ONLY);
            field.requestFocus();
            field.selectAll();
        }

        javafx.scene.Node editGraphic(TextField textField) {
            return textField;
        }

        void store() {
            EditorRow row = getItem();
            String typed = field.getText();
            cancelEdit();
            if (row != null && !typed.equals(editText(row, column))) {
                editor.editText(row, column, typed);
            }
            getTreeTableView().requestFocus();
        }

        @Override
        public void cancelEdit() {
            super.cancelEdit();
            show(getItem());
        }

        @Override
        protected void updateItem(EditorRow row, boolean empty) {
            super.updateItem(row, empty);
            if (!isEditing()) {
                show(empty ? null : row);
            }
        }

        void show(EditorRow row) {
            setContentDisplay(ContentDisplay.TEXT_ONLY);
            setGraphic(null);
            String text = row == null ? null : text(row, column);
            setText(text);
            setTip(text == null || text.length() < 25 ? null : text);
        }
    }

    /** The content column: also marks a row with problems and tells them in the tooltip. */
    static final class ContentCell extends TextCell {
        ContentCell(PlanEditorViewModel editor) {
            super(editor, Column.CONTENT);
        }

        /** Redraws the problem mark and tooltip after the checks changed, unless the cell is being edited. */
        void showMarks() {
            if (!isEditing()) {
                show(isEmpty() ? null : getItem());
            }
        }

        @Override
        void show(EditorRow row) {
            super.show(row);
            getStyleClass().remove("has-problem");
            if (row == null) {
                return;
            }
            List<vn.plandesk.logic.validation.Problem> problems = editor.problemsOf(row);
            if (!problems.isEmpty()) {
                getStyleClass().add("has-problem");
                String all = String.join("\n", problems.stream().map(vn.plandesk.logic.validation.Problem::message).toList());
                setTip(text(row, column) + "\n\n" + all);
            }
        }
    }

    /** Words as written, the dates understood beside them; a calendar button while editing. */
    static final class DeadlineCell extends TextCell {
        private final Label words = new Label();
        private final Label dates = new Label();
        private final HBox shown = new HBox(6, words, dates);

        DeadlineCell(PlanEditorViewModel editor) {
            super(editor, Column.DEADLINE);
            words.setTextOverrun(OverrunStyle.ELLIPSIS);
            words.setMinWidth(0);
            dates.getStyleClass().add("understood-dates");
            dates.setMinWidth(javafx.scene.layout.Region.USE_PREF_SIZE);
            HBox.setHgrow(words, Priority.SOMETIMES);
            shown.setAlignment(Pos.CENTER_LEFT);
        }

        @Override
        javafx.scene.Node editGraphic(TextField textField) {
            Button calendar = new Button(Messages.get("deadline.calendar"));
            calendar.setFocusTraversable(false);
            calendar.getStyleClass().add("calendar-button");
            calendar.setOnAction(e -> showCalendar(calendar));
            HBox box = new HBox(4, textField, calendar);
            HBox.setHgrow(textField, Priority.ALWAYS);
            box.setAlignment(Pos.CENTER_LEFT);
            return box;
        }

        private void showCalendar(Button anchor) {
            EditorRow row = getItem();
            TimeExpression current = row instanceof TaskRow t ? t.task().deadline() : ((PhaseRow) row).phase().span();
            DatePicker picker = new DatePicker(current.end());
            picker.setConverter(Converters.dates(() -> null));
            Popup popup = new Popup();
            popup.setAutoHide(true);
            popup.getContent().add(new DatePickerSkin(picker).getPopupContent());
            picker.valueProperty().addListener((o, before, chosen) -> {
                popup.hide();
                cancelEdit();
                editor.pickDeadline(row, chosen);
            });
            var b = anchor.localToScreen(anchor.getBoundsInLocal());
            popup.show(anchor, b.getMinX(), b.getMaxY());
        }

        @Override
        void show(EditorRow row) {
            setText(null);
            getStyleClass().remove("unreadable");
            if (row == null) {
                setGraphic(null);
                setTip(null);
                return;
            }
            TimeExpression e = row instanceof TaskRow t ? t.task().deadline() : ((PhaseRow) row).phase().span();
            words.setText(e.raw());
            String understood = DeadlineText.understood(e);
            dates.setText(understood.isEmpty() ? "" : understood);
            dates.setVisible(!understood.isEmpty());
            boolean unreadable = e.kind() == TimeKind.UNRESOLVED;
            if (unreadable) {
                getStyleClass().add("unreadable");
            }
            setTip(e.isNone() ? null : unreadable ? Messages.get("deadline.unreadable", e.raw())
                    : understood.isEmpty() ? e.raw() : Messages.get("deadline.understood", e.raw(), understood));
            setGraphic(shown);
            setContentDisplay(ContentDisplay.GRAPHIC_ONLY);
        }
    }

    /**
     * A cell of a field only a task has, edited through a control of its own that {@link #editTask}
     * opens once the cell is editing; a phase's row is not edited here.
     */
    abstract static class TaskFieldCell extends TextCell {
        TaskFieldCell(PlanEditorViewModel editor, Column column) {
            super(editor, column);
        }

        @Override
        public final void startEdit() {
            if (!(getItem() instanceof TaskRow row)) {
                return;
            }
            super.startEdit();
            if (isEditing()) {
                editTask(row);
            }
        }

        abstract void editTask(TaskRow row);
    }

    /** Lead or cooperating units: a searchable picker over the unit directory. */
    static final class UnitsCell extends TaskFieldCell {
        private final boolean lead;

        UnitsCell(PlanEditorViewModel editor, boolean lead) {
            super(editor, lead ? Column.LEAD : Column.SUPPORT);
            this.lead = lead;
        }

        @Override
        void editTask(TaskRow row) {
            List<UnitRef> current = lead ? row.task().lead() : row.task().support();
            UnitPicker picker = new UnitPicker(editor, current, chosen -> {
                if (!chosen.equals(current)) {
                    editor.setUnits(row, lead, chosen);
                }
            }, () -> {
                if (isEditing()) {
                    cancelEdit();
                }
                getTreeTableView().requestFocus();
            });
            // Let the cell finish its layout before the popup measures where to open.
            Platform.runLater(() -> picker.show(this));
        }
    }

    /** The completion date: a date picker that reads dd/MM/yyyy. */
    static final class DateCell extends TaskFieldCell {
        DateCell(PlanEditorViewModel editor) {
            super(editor, Column.COMPLETED);
        }

        @Override
        void editTask(TaskRow row) {
            DatePicker picker = new DatePicker(row.task().completedOn());
            picker.setConverter(Converters.dates(() -> null));
            picker.setEditable(true);
            picker.setOnAction(e -> {
                LocalDate chosen = picker.getValue();
                cancelEdit();
                if (!java.util.Objects.equals(chosen, row.task().completedOn())) {
                    editor.setCompletedOn(row, chosen);
                }
                getTreeTableView().requestFocus();
            });
            picker.getEditor().setOnKeyPressed(e -> {
                if (e.getCode() == KeyCode.ESCAPE) {
                    cancelEdit();
                }
            });
            setText(null);
            setGraphic(picker);
            setContentDisplay(ContentDisplay.GRAPHIC_ONLY);
            picker.requestFocus();
        }
    }
}

package vn.plandesk.gui;

import java.io.File;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Optional;
import javafx.application.Platform;
import javafx.event.ActionEvent;
import javafx.scene.Node;
import javafx.scene.control.Alert;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.DatePicker;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextField;
import javafx.scene.layout.ColumnConstraints;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.Priority;
import javafx.stage.FileChooser;
import javafx.stage.Modality;
import javafx.stage.Stage;
import javafx.stage.Window;
import vn.plandesk.logic.i18n.Messages;

/**
 * Dialogs as JavaFX alerts, forms and the system's file choosers over the given window (or
 * free-standing when there is none yet). The date field and the two-column form are shared with
 * the views' own forms.
 */
public final class FxDialogService implements DialogService {

    private final Window owner;

    public FxDialogService(Window owner) {
        this.owner = owner;
    }

    @Override
    public void showError(String title, String message) {
        show(Alert.AlertType.ERROR, title, null, message);
    }

    @Override
    public void showInformation(String title, String header, String message) {
        show(Alert.AlertType.INFORMATION, title, header, message);
    }

    private void show(Alert.AlertType type, String title, String header, String message) {
        // JavaFX has no Vietnamese button texts of its own, so the button is named from our bundle.
        Alert alert = new Alert(type, message, new ButtonType(Messages.get("dialog.close"), ButtonBar.ButtonData.OK_DONE));
        owned(alert);
        alert.setTitle(title);
        alert.setHeaderText(header);
        alert.showAndWait();
    }

    @Override
    public boolean confirm(String title, String header, String message, String details, String yes, String no) {
        ButtonType yesButton = new ButtonType(yes, ButtonBar.ButtonData.OK_DONE);
        ButtonType noButton = new ButtonType(no, ButtonBar.ButtonData.CANCEL_CLOSE);
        Alert alert = new Alert(Alert.AlertType.CONFIRMATION, message, yesButton, noButton);
        owned(alert);
        alert.setTitle(title);
        alert.setHeaderText(header);
        // a long list of what will change wraps instead of being cut
        alert.getDialogPane().setMinWidth(520);
        if (details != null) {
            TextArea text = new TextArea(details);
            text.setEditable(false);
            text.setWrapText(true);
            text.setPrefRowCount(3);
            alert.getDialogPane().setExpandableContent(text);
            alert.getDialogPane().setExpanded(true);
        }
        return alert.showAndWait().filter(yesButton::equals).isPresent();
    }

    @Override
    public Optional<Path> chooseFileToOpen(String title, FileFilter filter) {
        File chosen = chooser(title, filter).showOpenDialog(owner);
        return Optional.ofNullable(chosen).map(File::toPath);
    }

    @Override
    public Optional<Path> chooseFileToSave(String title, FileFilter filter, Path folder, String suggestedName) {
        FileChooser chooser = chooser(title, filter);
        // the caller looked at the folder on the background executor (LastExport); asking the file system
        // again here would hold the JavaFX thread when the folder is on a share that does not answer
        if (folder != null) {
            chooser.setInitialDirectory(folder.toFile());
        }
        chooser.setInitialFileName(suggestedName);
        File chosen;
        try {
            chosen = chooser.showSaveDialog(owner);
        } catch (IllegalArgumentException folderGone) {
            // the folder was removed since it was looked at: the toolkit refuses it, so open where the system likes
            chooser.setInitialDirectory(null);
            chosen = chooser.showSaveDialog(owner);
        }
        return Optional.ofNullable(chosen).map(File::toPath);
    }

    private static FileChooser chooser(String title, FileFilter filter) {
        FileChooser chooser = new FileChooser();
        chooser.setTitle(title);
        FileChooser.ExtensionFilter extensions = new FileChooser.ExtensionFilter(filter.description(), filter.patterns());
        chooser.getExtensionFilters().add(extensions);
        chooser.setSelectedExtensionFilter(extensions);
        return chooser;
    }

    @Override
    public Optional<LocalDate> askDate(String title, String header, String label, LocalDate suggested, String okText) {
        DatePicker date = datePicker("askedDate", suggested);
        Label problem = problemLabel();
        Dialog<LocalDate> dialog = dialog(title, header);
        ButtonType ok = new ButtonType(okText, ButtonBar.ButtonData.OK_DONE);
        dialog.getDialogPane().getButtonTypes().setAll(ok, cancel());
        dialog.getDialogPane().setContent(form(label, date, null, problem));
        guardDate(dialog, ok, date, problem);
        dialog.setResultConverter(button -> button == ok ? date.getValue() : null);
        Platform.runLater(date.getEditor()::requestFocus);
        return dialog.showAndWait();
    }

    @Override
    public Optional<String> askText(String title, String header, String label, String initial) {
        TextField text = new TextField(initial == null ? "" : initial);
        text.setId("askedText");
        text.setPrefColumnCount(36);
        Dialog<String> dialog = dialog(title, header);
        ButtonType ok = new ButtonType(Messages.get("dialog.ok"), ButtonBar.ButtonData.OK_DONE);
        dialog.getDialogPane().getButtonTypes().setAll(ok, cancel());
        dialog.getDialogPane().setContent(form(label, text));
        dialog.setResultConverter(button -> button == ok ? text.getText() : null);
        Platform.runLater(text::requestFocus);
        return dialog.showAndWait();
    }

    /** An empty dialog over the owner, resizable, for a form. */
    public <R> Dialog<R> dialog(String title, String header) {
        Dialog<R> dialog = new Dialog<>();
        owned(dialog);
        dialog.setTitle(title);
        dialog.setHeaderText(header);
        dialog.setResizable(true);
        dialog.getDialogPane().setMinWidth(560);
        return dialog;
    }

    private void owned(Dialog<?> dialog) {
        if (owner != null) {
            dialog.initOwner(owner);
        }
    }

    public static ButtonType cancel() {
        return new ButtonType(Messages.get("dialog.cancel"), ButtonBar.ButtonData.CANCEL_CLOSE);
    }

    /** A date field shown and typed dd/MM/yyyy (5/3/2026 is read too). */
    public static DatePicker datePicker(String id, LocalDate value) {
        DatePicker picker = new DatePicker(value);
        picker.setId(id);
        picker.setConverter(Converters.dates(picker::getValue));
        return picker;
    }

    /** Shows a window of PlanDesk's own over {@code owner}, which waits for it (null: on its own). */
    public static void showOver(Stage stage, Window owner) {
        if (owner != null) {
            stage.initOwner(owner);
            stage.initModality(Modality.WINDOW_MODAL);
        }
        stage.show();
    }

    /** A typed date that is not a date keeps the dialog open with a message instead of being dropped silently. */
    public static void guardDate(Dialog<?> dialog, ButtonType ok, DatePicker date, Label problem) {
        dialog.getDialogPane().lookupButton(ok).addEventFilter(ActionEvent.ACTION, event -> {
            String typed = date.getEditor().getText();
            date.setValue(Converters.typedDate(typed));
            if (date.getValue() == null) {
                problem.setText(Messages.get("dialog.date.invalid"));
                event.consume();
            }
        });
    }

    /** Where a form says what is wrong with what was typed. */
    public static Label problemLabel() {
        Label problem = new Label();
        problem.setStyle("-fx-text-fill: #b00020;");
        problem.setWrapText(true);
        problem.setMaxWidth(420);
        return problem;
    }

    /** Labels and fields in two columns, the fields taking the width; a null label leaves its cell empty. */
    public static GridPane form(Object... labelsAndFields) {
        GridPane grid = new GridPane();
        grid.setHgap(10);
        grid.setVgap(8);
        ColumnConstraints grow = new ColumnConstraints();
        grow.setHgrow(Priority.ALWAYS);
        grid.getColumnConstraints().setAll(new ColumnConstraints(), grow);
        for (int i = 0; i < labelsAndFields.length; i += 2) {
            if (labelsAndFields[i] != null) {
                Label label = new Label((String) labelsAndFields[i]);
                label.setMinWidth(Label.USE_PREF_SIZE);
                grid.add(label, 0, i / 2);
            }
            grid.add((Node) labelsAndFields[i + 1], 1, i / 2);
        }
        return grid;
    }
}

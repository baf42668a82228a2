package vn.plandesk.gui.followup;

import java.time.LocalDate;
import java.util.Optional;
import java.util.function.Function;
import javafx.application.Platform;
import javafx.scene.Node;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.DatePicker;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.layout.ColumnConstraints;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.Priority;
import javafx.stage.Window;
import vn.plandesk.gui.Converters;
import vn.plandesk.gui.DialogService;
import vn.plandesk.logic.i18n.Messages;

/** The follow-up view's dialogs as JavaFX dialogs over {@code owner}; errors and notices go to the shared service. */
public final class FxFollowUpDialogs implements FollowUpDialogs {
    private final DialogService shared;
    private final Window owner;

    public FxFollowUpDialogs(DialogService shared, Window owner) {
        this.shared = shared;
        this.owner = owner;
    }

    @Override
    public void showError(String title, String message) {
        shared.showError(title, message);
    }

    @Override
    public void showInformation(String title, String header, String message) {
        shared.showInformation(title, header, message);
    }

    @Override
    public Optional<LocalDate> askCompletionDate(String taskContent, LocalDate suggested) {
        DatePicker date = datePicker("completedOn", suggested);
        Label problem = problemLabel();
        Dialog<LocalDate> dialog = dialog(Messages.get("followup.done.title"), Messages.get("followup.done.header", taskContent));
        ButtonType ok = new ButtonType(Messages.get("followup.done.ok"), ButtonBar.ButtonData.OK_DONE);
        dialog.getDialogPane().getButtonTypes().setAll(ok, cancel());
        dialog.getDialogPane().setContent(form(Messages.get("followup.done.date"), date, null, problem));
        guardDate(dialog, ok, date, problem);
        dialog.setResultConverter(button -> button == ok ? date.getValue() : null);
        Platform.runLater(date.getEditor()::requestFocus);
        return dialog.showAndWait();
    }

    @Override
    public Optional<ExtensionRequest> askExtension(String taskContent, String deadlineInForce, LocalDate today,
                                                   Function<String, String> understood) {
        TextField words = new TextField();
        words.setId("extensionWords");
        words.setPromptText(Messages.get("followup.extend.words.prompt"));
        words.setPrefColumnCount(30);
        Label readAs = new Label();
        readAs.setId("extensionReadAs");
        readAs.setWrapText(true);
        readAs.setMaxWidth(420);
        words.textProperty().addListener((o, before, now) -> readAs.setText(understood.apply(now)));
        DatePicker grantedOn = datePicker("extensionGrantedOn", today);
        TextField reason = new TextField();
        reason.setId("extensionReason");
        Label problem = problemLabel();
        Dialog<ExtensionRequest> dialog = dialog(Messages.get("followup.extend.title"),
                Messages.get("followup.extend.header", taskContent, deadlineInForce));
        ButtonType ok = new ButtonType(Messages.get("followup.extend.ok"), ButtonBar.ButtonData.OK_DONE);
        dialog.getDialogPane().getButtonTypes().setAll(ok, cancel());
        dialog.getDialogPane().setContent(form(
                Messages.get("followup.extend.words"), words, null, readAs,
                Messages.get("followup.extend.grantedOn"), grantedOn, Messages.get("followup.extend.reason"), reason, null, problem));
        guardDate(dialog, ok, grantedOn, problem);
        dialog.getDialogPane().lookupButton(ok).disableProperty().bind(words.textProperty().isEmpty());
        dialog.setResultConverter(button -> button == ok ? new ExtensionRequest(words.getText(), grantedOn.getValue(), reason.getText()) : null);
        Platform.runLater(words::requestFocus);
        return dialog.showAndWait();
    }

    @Override
    public void openReportExport(ReportExportViewModel model) {
        DocumentDialogs.reportExport(model).show(owner);
    }

    @Override
    public void openUrgingLetters(UrgingLettersViewModel model) {
        DocumentDialogs.urgingLetters(model).show(owner);
    }

    private <R> Dialog<R> dialog(String title, String header) {
        Dialog<R> dialog = new Dialog<>();
        if (owner != null) {
            dialog.initOwner(owner);
        }
        dialog.setTitle(title);
        dialog.setHeaderText(header);
        dialog.setResizable(true);
        dialog.getDialogPane().setMinWidth(560);
        return dialog;
    }

    /** A typed date that is not a date keeps the dialog open with a message instead of being dropped silently. */
    private static void guardDate(Dialog<?> dialog, ButtonType ok, DatePicker date, Label problem) {
        dialog.getDialogPane().lookupButton(ok).addEventFilter(javafx.event.ActionEvent.ACTION, event -> {
            String typed = date.getEditor().getText();
            date.setValue(Converters.typedDate(typed));
            if (date.getValue() == null) {
                problem.setText(Messages.get("followup.date.invalid"));
                event.consume();
            }
        });
    }

    static DatePicker datePicker(String id, LocalDate value) {
        DatePicker picker = new DatePicker(value);
        picker.setId(id);
        picker.setConverter(Converters.dates(picker::getValue));
        return picker;
    }

    private static Label problemLabel() {
        Label problem = new Label();
        problem.setStyle("-fx-text-fill: #b00020;");
        problem.setWrapText(true);
        problem.setMaxWidth(420);
        return problem;
    }

    private static ButtonType cancel() {
        return new ButtonType(Messages.get("followup.dialog.cancel"), ButtonBar.ButtonData.CANCEL_CLOSE);
    }

    /** Labels and fields in two columns; a null label leaves its cell empty. */
    private static GridPane form(Object... labelsAndFields) {
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

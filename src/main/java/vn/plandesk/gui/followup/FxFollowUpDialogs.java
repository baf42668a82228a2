package vn.plandesk.gui.followup;

import java.time.LocalDate;
import java.util.Optional;
import java.util.function.Function;
import javafx.application.Platform;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.DatePicker;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.stage.Window;
import vn.plandesk.gui.DialogService;
import vn.plandesk.gui.FxDialogService;
import vn.plandesk.logic.i18n.Messages;

/** The follow-up view's questions as JavaFX dialogs over {@code owner}; errors go to the shared dialogs. */
public final class FxFollowUpDialogs implements FollowUpDialogs {
    private final DialogService shared;
    private final FxDialogService forms;
    private final Window owner;

    public FxFollowUpDialogs(DialogService shared, Window owner) {
        this.shared = shared;
        this.forms = new FxDialogService(owner);
        this.owner = owner;
    }

    @Override
    public void showError(String title, String message) {
        shared.showError(title, message);
    }

    @Override
    public Optional<LocalDate> askCompletionDate(String taskContent, LocalDate suggested) {
        return forms.askDate(Messages.get("followup.done.title"), Messages.get("followup.done.header", taskContent),
                Messages.get("followup.done.date"), suggested, Messages.get("followup.done.ok"));
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
        DatePicker grantedOn = FxDialogService.datePicker("extensionGrantedOn", today);
        TextField reason = new TextField();
        reason.setId("extensionReason");
        Label problem = FxDialogService.problemLabel();
        Dialog<ExtensionRequest> dialog = forms.dialog(Messages.get("followup.extend.title"),
                Messages.get("followup.extend.header", taskContent, deadlineInForce));
        ButtonType ok = new ButtonType(Messages.get("followup.extend.ok"), ButtonBar.ButtonData.OK_DONE);
        dialog.getDialogPane().getButtonTypes().setAll(ok, FxDialogService.cancel());
        dialog.getDialogPane().setContent(FxDialogService.form(
                Messages.get("followup.extend.words"), words, null, readAs,
                Messages.get("followup.extend.grantedOn"), grantedOn, Messages.get("followup.extend.reason"), reason, null, problem));
        FxDialogService.guardDate(dialog, ok, grantedOn, problem);
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
}

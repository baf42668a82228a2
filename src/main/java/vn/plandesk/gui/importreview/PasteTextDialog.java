package vn.plandesk.gui.importreview;

import java.util.Optional;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.TextArea;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import javafx.stage.Window;
import vn.plandesk.logic.i18n.Messages;

/** Asks for a plan's text copied from anywhere (a web page, a PDF viewer, an e-mail). */
final class PasteTextDialog {

    private PasteTextDialog() {
    }

    /** The text pasted, or empty when the user cancelled or pasted nothing. */
    static Optional<String> ask(Window owner) {
        Dialog<String> dialog = create(owner);
        return dialog.showAndWait().filter(text -> !text.isBlank());
    }

    static Dialog<String> create(Window owner) {
        Dialog<String> dialog = new Dialog<>();
        if (owner != null) {
            dialog.initOwner(owner);
        }
        dialog.setTitle(Messages.get("review.paste.title"));
        dialog.setHeaderText(Messages.get("review.paste.header"));
        TextArea text = new TextArea();
        text.setId("pasteText");
        text.setWrapText(true);
        text.setPrefSize(720, 420);
        text.setPromptText(Messages.get("review.paste.prompt"));
        VBox content = new VBox(6, new Label(Messages.get("review.paste.hint")), text);
        VBox.setVgrow(text, Priority.ALWAYS);
        dialog.getDialogPane().setContent(content);
        ButtonType read = new ButtonType(Messages.get("review.paste.read"), ButtonBar.ButtonData.OK_DONE);
        ButtonType cancel = new ButtonType(Messages.get("review.cancel"), ButtonBar.ButtonData.CANCEL_CLOSE);
        dialog.getDialogPane().getButtonTypes().setAll(read, cancel);
        dialog.getDialogPane().lookupButton(read).disableProperty().bind(text.textProperty().isEmpty());
        dialog.setResizable(true);
        dialog.setResultConverter(button -> button == read ? text.getText() : null);
        dialog.setOnShown(event -> text.requestFocus());
        return dialog;
    }
}

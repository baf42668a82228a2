package vn.plandesk.gui.editor;

import javafx.scene.control.Alert;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.TextArea;
import javafx.stage.Window;

/** The editor's questions as JavaFX alerts; the details go in a text box the user can copy from. */
public final class FxPrompts implements Prompts {
    private final Window owner;

    public FxPrompts(Window owner) {
        this.owner = owner;
    }

    @Override
    public boolean confirm(String title, String message, String details, String yes, String no) {
        ButtonType yesButton = new ButtonType(yes, ButtonBar.ButtonData.YES);
        ButtonType noButton = new ButtonType(no, ButtonBar.ButtonData.NO);
        Alert alert = new Alert(Alert.AlertType.CONFIRMATION, message, yesButton, noButton);
        alert.initOwner(owner);
        alert.setTitle(title);
        alert.setHeaderText(null);
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
}

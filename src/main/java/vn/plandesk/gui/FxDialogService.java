package vn.plandesk.gui;

import javafx.scene.control.Alert;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.stage.Window;
import vn.plandesk.logic.i18n.Messages;

/** Dialogs as JavaFX alerts over the given window (or free-standing when there is none yet). */
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
        if (owner != null) {
            alert.initOwner(owner);
        }
        alert.setTitle(title);
        alert.setHeaderText(header);
        alert.showAndWait();
    }
}

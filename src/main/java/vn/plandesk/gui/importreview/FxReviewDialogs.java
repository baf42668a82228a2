package vn.plandesk.gui.importreview;

import javafx.scene.control.Alert;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.stage.Window;
import vn.plandesk.gui.DialogService;
import vn.plandesk.logic.i18n.Messages;

/** The review's questions as JavaFX alerts over the review window; errors and notices go to the shared service. */
final class FxReviewDialogs implements ReviewDialogs {
    private final DialogService shared;
    private final Window owner;

    FxReviewDialogs(DialogService shared, Window owner) {
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
    public boolean confirm(String title, String header, String message, String confirmButton) {
        ButtonType yes = new ButtonType(confirmButton, ButtonBar.ButtonData.OK_DONE);
        ButtonType no = new ButtonType(Messages.get("review.confirm.no"), ButtonBar.ButtonData.CANCEL_CLOSE);
        Alert alert = new Alert(Alert.AlertType.CONFIRMATION, message, yes, no);
        alert.initOwner(owner);
        alert.setTitle(title);
        alert.setHeaderText(header);
        return alert.showAndWait().filter(yes::equals).isPresent();
    }
}

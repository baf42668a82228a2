package vn.plandesk.gui.connection;

import javafx.event.ActionEvent;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.RadioButton;
import javafx.scene.control.TextField;
import javafx.scene.control.ToggleGroup;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.VBox;
import vn.plandesk.gui.FxDialogService;
import vn.plandesk.logic.i18n.Messages;

/**
 * The form of {@link ConnectionViewModel}: this computer or a server (host, port, database, login),
 * a button that tries the server, the outcome in one line. Thin: what it does is the view model's.
 */
public final class ConnectionDialog {
    private ConnectionDialog() {
    }

    /** Shows the form and returns what choosing did (null when cancelled). */
    public static ConnectionViewModel.Outcome show(FxDialogService dialogs, ConnectionViewModel model) {
        Dialog<ButtonType> dialog = dialogs.dialog(Messages.get("connection.title"), Messages.get("connection.header"));
        ToggleGroup places = new ToggleGroup();
        RadioButton local = new RadioButton(Messages.get("connection.thisComputer"));
        RadioButton server = new RadioButton(Messages.get("connection.server"));
        local.setId("connectionLocal");
        server.setId("connectionServer");
        local.setToggleGroup(places);
        server.setToggleGroup(places);
        (model.placeProperty().get() == ConnectionViewModel.Place.SERVER ? server : local).setSelected(true);
        places.selectedToggleProperty().addListener((o, was, now) -> model.placeProperty().set(
                now == server ? ConnectionViewModel.Place.SERVER : ConnectionViewModel.Place.THIS_COMPUTER));

        GridPane form = FxDialogService.form(
                Messages.get("connection.host"), field("connectionHost", model.hostProperty()),
                Messages.get("connection.port"), field("connectionPort", model.portProperty()),
                Messages.get("connection.database"), field("connectionDatabase", model.databaseProperty()),
                Messages.get("connection.user"), field("connectionUser", model.userProperty()));
        Label hint = new Label(Messages.get("connection.passwordHint"));
        hint.setWrapText(true);
        Button check = new Button(Messages.get("connection.check"));
        check.setId("connectionCheck");
        check.setOnAction(e -> model.check());
        VBox serverPart = new VBox(8, form, hint, check);
        serverPart.disableProperty().bind(server.selectedProperty().not().or(model.checkingProperty()));
        Label result = new Label();
        result.setId("connectionResult");
        result.setWrapText(true);
        result.textProperty().bind(model.resultProperty());
        VBox content = new VBox(10, local, server, serverPart, result);
        content.setPrefWidth(560); // the password hint and the check's result wrap instead of widening the dialog
        dialog.getDialogPane().setContent(content);

        ButtonType choose = new ButtonType(Messages.get("connection.choose"), ButtonBar.ButtonData.OK_DONE);
        dialog.getDialogPane().getButtonTypes().setAll(choose, FxDialogService.cancel());
        ConnectionViewModel.Outcome[] outcome = {null};
        dialog.getDialogPane().lookupButton(choose).addEventFilter(ActionEvent.ACTION, event -> {
            outcome[0] = model.choose();
            if (outcome[0] == ConnectionViewModel.Outcome.REFUSED) {
                event.consume(); // the reason is under the form; the user corrects it
            }
        });
        dialog.showAndWait();
        return outcome[0];
    }

    private static TextField field(String id, javafx.beans.property.StringProperty value) {
        TextField field = new TextField();
        field.setId(id);
        field.textProperty().bindBidirectional(value);
        return field;
    }
}

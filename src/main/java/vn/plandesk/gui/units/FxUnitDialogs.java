package vn.plandesk.gui.units;

import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import javafx.application.Platform;
import javafx.scene.Node;
import javafx.scene.control.Alert;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.TextField;
import javafx.scene.layout.ColumnConstraints;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.Priority;
import javafx.stage.Window;
import javafx.util.StringConverter;
import vn.plandesk.gui.DialogService;
import vn.plandesk.logic.i18n.Messages;
import vn.plandesk.model.Unit;
import vn.plandesk.model.UnitKind;

/** The units directory's dialogs as JavaFX dialogs over {@code owner}; errors and notices go to the shared service. */
public final class FxUnitDialogs implements UnitDialogs {
    private final DialogService shared;
    private final Window owner;

    public FxUnitDialogs(DialogService shared, Window owner) {
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
    public Optional<UnitFields> askUnit(String title, Unit current) {
        TextField fullName = new TextField(current == null ? "" : current.fullName());
        fullName.setId("unitFullName");
        fullName.setPrefColumnCount(36);
        TextField shortName = new TextField(current == null || current.shortName() == null ? "" : current.shortName());
        shortName.setId("unitShortName");
        ComboBox<UnitKind> kind = new ComboBox<>();
        kind.getItems().setAll(Arrays.asList(UnitKind.values()));
        kind.setValue(current == null ? UnitKind.AGENCY : current.kind());
        kind.setConverter(new StringConverter<>() {
            @Override
            public String toString(UnitKind k) {
                return k == null ? "" : UnitsViewModel.kindText(k);
            }

            @Override
            public UnitKind fromString(String text) {
                return kind.getValue();
            }
        });
        Dialog<UnitFields> dialog = dialog(title);
        ButtonType save = new ButtonType(Messages.get("units.form.ok"), ButtonBar.ButtonData.OK_DONE);
        dialog.getDialogPane().getButtonTypes().setAll(save, cancel());
        dialog.getDialogPane().setContent(form(
                Messages.get("units.form.fullName"), fullName,
                Messages.get("units.form.shortName"), shortName,
                Messages.get("units.form.kind"), kind));
        dialog.setResultConverter(button -> button == save
                ? new UnitFields(fullName.getText(), shortName.getText(), kind.getValue()) : null);
        Platform.runLater(fullName::requestFocus);
        return dialog.showAndWait();
    }

    @Override
    public Optional<Unit> askMergeTarget(Unit from, List<Unit> candidates) {
        ComboBox<Unit> into = new ComboBox<>();
        into.setId("mergeInto");
        into.getItems().setAll(candidates);
        into.setMaxWidth(Double.MAX_VALUE);
        into.setVisibleRowCount(15);
        into.setCellFactory(list -> new ListCell<>() {
            @Override
            protected void updateItem(Unit unit, boolean empty) {
                super.updateItem(unit, empty);
                setText(empty || unit == null ? null : unit.fullName());
            }
        });
        into.setButtonCell(into.getCellFactory().call(null));
        Dialog<Unit> dialog = dialog(Messages.get("units.merge.title"));
        dialog.setHeaderText(Messages.get("units.merge.choose.header", from.fullName()));
        ButtonType next = new ButtonType(Messages.get("units.merge.choose.next"), ButtonBar.ButtonData.OK_DONE);
        dialog.getDialogPane().getButtonTypes().setAll(next, cancel());
        dialog.getDialogPane().lookupButton(next).disableProperty().bind(into.valueProperty().isNull());
        dialog.getDialogPane().setContent(form(Messages.get("units.merge.choose.label"), into));
        dialog.setResultConverter(button -> button == next ? into.getValue() : null);
        return dialog.showAndWait();
    }

    @Override
    public boolean confirm(String title, String header, String message, String confirmButton) {
        ButtonType yes = new ButtonType(confirmButton, ButtonBar.ButtonData.OK_DONE);
        Alert alert = new Alert(Alert.AlertType.CONFIRMATION, message, yes, cancel());
        if (owner != null) {
            alert.initOwner(owner);
        }
        alert.setTitle(title);
        alert.setHeaderText(header);
        // A long list of what moves wraps instead of being cut.
        alert.getDialogPane().setMinWidth(520);
        return alert.showAndWait().filter(yes::equals).isPresent();
    }

    private <R> Dialog<R> dialog(String title) {
        Dialog<R> dialog = new Dialog<>();
        if (owner != null) {
            dialog.initOwner(owner);
        }
        dialog.setTitle(title);
        dialog.setResizable(true);
        return dialog;
    }

    private static ButtonType cancel() {
        return new ButtonType(Messages.get("units.form.cancel"), ButtonBar.ButtonData.CANCEL_CLOSE);
    }

    /** Labels and fields in two columns, the fields taking the width. */
    private static GridPane form(Object... labelsAndFields) {
        GridPane grid = new GridPane();
        grid.setHgap(10);
        grid.setVgap(10);
        ColumnConstraints grow = new ColumnConstraints();
        grow.setHgrow(Priority.ALWAYS);
        grid.getColumnConstraints().setAll(new ColumnConstraints(), grow);
        for (int i = 0; i < labelsAndFields.length; i += 2) {
            Label label = new Label((String) labelsAndFields[i]);
            label.setMinWidth(Label.USE_PREF_SIZE);
            grid.addRow(i / 2, label, (Node) labelsAndFields[i + 1]);
        }
        return grid;
    }
}

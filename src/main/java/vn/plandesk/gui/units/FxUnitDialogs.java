package vn.plandesk.gui.units;

import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import javafx.application.Platform;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Dialog;
import javafx.scene.control.ListCell;
import javafx.scene.control.TextField;
import javafx.util.StringConverter;
import vn.plandesk.gui.FxDialogService;
import vn.plandesk.logic.i18n.Messages;
import vn.plandesk.model.Unit;
import vn.plandesk.model.UnitKind;

/** The units directory's forms as JavaFX dialogs over the window of {@code shared}. */
public final class FxUnitDialogs implements UnitDialogs {
    private final FxDialogService shared;

    public FxUnitDialogs(FxDialogService shared) {
        this.shared = shared;
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
        Dialog<UnitFields> dialog = shared.dialog(title, null);
        ButtonType save = new ButtonType(Messages.get("units.form.ok"), ButtonBar.ButtonData.OK_DONE);
        dialog.getDialogPane().getButtonTypes().setAll(save, FxDialogService.cancel());
        dialog.getDialogPane().setContent(FxDialogService.form(
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
        Dialog<Unit> dialog = shared.dialog(Messages.get("units.merge.title"), Messages.get("units.merge.choose.header", from.fullName()));
        ButtonType next = new ButtonType(Messages.get("units.merge.choose.next"), ButtonBar.ButtonData.OK_DONE);
        dialog.getDialogPane().getButtonTypes().setAll(next, FxDialogService.cancel());
        dialog.getDialogPane().lookupButton(next).disableProperty().bind(into.valueProperty().isNull());
        dialog.getDialogPane().setContent(FxDialogService.form(Messages.get("units.merge.choose.label"), into));
        dialog.setResultConverter(button -> button == next ? into.getValue() : null);
        return dialog.showAndWait();
    }
}

package vn.plandesk.gui.editor;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.collections.FXCollections;
import javafx.collections.transformation.FilteredList;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.control.TextField;
import javafx.scene.control.cell.CheckBoxListCell;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.stage.Popup;
import javafx.util.StringConverter;
import org.controlsfx.control.textfield.TextFields;
import vn.plandesk.logic.i18n.Messages;
import vn.plandesk.logic.text.VietnameseText;
import vn.plandesk.model.Unit;
import vn.plandesk.model.UnitRef;

/**
 * A searchable list of the unit directory with check boxes, under a unit cell. Typing filters
 * (accents optional); Enter ticks the first unit found, or adds the typed name to the directory
 * when nothing is found; Enter in an empty search box (or Ctrl+Enter) keeps the choice, Escape
 * drops it.
 */
final class UnitPicker {
    private final Popup popup = new Popup();
    private final TextField search = TextFields.createClearableTextField();
    private final Map<String, Unit> byName = new LinkedHashMap<>();
    private final Map<String, BooleanProperty> checked = new LinkedHashMap<>();
    private final List<String> order = new ArrayList<>();
    private final FilteredList<Unit> shown;
    private final Label chosenLabel = new Label();
    private final Button create = new Button();
    private final PlanEditorViewModel editor;
    private Consumer<List<UnitRef>> onChosen;
    private boolean done;

    UnitPicker(PlanEditorViewModel editor, List<UnitRef> current, Consumer<List<UnitRef>> onChosen, Runnable onClosed) {
        this.editor = editor;
        this.onChosen = onChosen;
        List<Unit> units = new ArrayList<>(editor.activeUnits());
        for (UnitRef ref : current) {
            if (units.stream().noneMatch(u -> u.fullName().equals(ref.name()))) {
                units.add(0, new Unit(ref.id(), ref.name(), null, null, null, true));
            }
        }
        units.forEach(u -> byName.put(u.fullName(), u));
        current.forEach(ref -> order.add(ref.name()));
        shown = new FilteredList<>(FXCollections.observableArrayList(units));

        search.setId("unitSearch");
        search.setPromptText(Messages.get("unitPicker.prompt"));
        search.textProperty().addListener((o, a, text) -> filter(text));
        ListView<Unit> list = new ListView<>(shown);
        list.setId("unitList");
        list.setPrefSize(440, 300);
        list.setCellFactory(CheckBoxListCell.forListView(this::checkedProperty, new StringConverter<>() {
            @Override
            public String toString(Unit unit) {
                return unit == null ? "" : unit.fullName();
            }

            @Override
            public Unit fromString(String s) {
                return null;
            }
        }));
        list.addEventFilter(KeyEvent.KEY_PRESSED, e -> {
            if (e.getCode() == KeyCode.SPACE && list.getSelectionModel().getSelectedItem() != null) {
                toggle(list.getSelectionModel().getSelectedItem());
                e.consume();
            }
        });
        create.setId("createUnit");
        create.setOnAction(e -> createTyped());
        create.setMaxWidth(Double.MAX_VALUE);
        create.managedProperty().bind(create.visibleProperty());
        chosenLabel.setWrapText(true);
        chosenLabel.setId("chosenUnits");
        chosenLabel.getStyleClass().add("unit-picker-chosen");

        Button ok = new Button(Messages.get("unitPicker.ok"));
        ok.setDefaultButton(false);
        ok.setOnAction(e -> finish(true));
        Button cancel = new Button(Messages.get("unitPicker.cancel"));
        cancel.setOnAction(e -> finish(false));
        Label hint = new Label(Messages.get("unitPicker.hint"));
        hint.getStyleClass().add("hint");
        hint.setWrapText(true);
        Region spring = new Region();
        HBox.setHgrow(spring, Priority.ALWAYS);
        HBox buttons = new HBox(8, spring, cancel, ok);
        buttons.setAlignment(Pos.CENTER_RIGHT);
        VBox box = new VBox(8, search, create, list, chosenLabel, hint, buttons);
        box.setPadding(new Insets(10));
        box.setPrefWidth(460);
        box.getStyleClass().add("unit-picker");
        box.addEventFilter(KeyEvent.KEY_PRESSED, this::keys);

        popup.getContent().add(box);
        popup.setAutoHide(true);
        popup.setOnHidden(e -> {
            finish(true);
            onClosed.run();
        });
        filter("");
        updateChosen();
    }

    void show(Node anchor) {
        var bounds = anchor.localToScreen(anchor.getBoundsInLocal());
        popup.show(anchor, bounds.getMinX(), bounds.getMaxY());
        search.requestFocus();
    }

    private void keys(KeyEvent e) {
        if (e.getCode() == KeyCode.ESCAPE) {
            finish(false);
            e.consume();
        } else if (e.getCode() == KeyCode.ENTER && (e.isShortcutDown() || search.getText().isBlank())) {
            finish(true);
            e.consume();
        } else if (e.getCode() == KeyCode.ENTER && search.isFocused()) {
            if (shown.isEmpty()) {
                createTyped();
            } else {
                toggle(shown.get(0));
                search.clear();
            }
            e.consume();
        }
    }

    private void filter(String text) {
        shown.setPredicate(unit -> VietnameseText.matches(unit.fullName() + " " + (unit.shortName() == null ? "" : unit.shortName()), text));
        String typed = text == null ? "" : text.strip();
        boolean exact = byName.keySet().stream().anyMatch(n -> VietnameseText.searchKey(n).equals(VietnameseText.searchKey(typed)));
        create.setVisible(!typed.isEmpty() && !exact);
        create.setText(Messages.get("unitPicker.create", typed));
    }

    /** Stores the typed name as a new unit (in the background; the button waits meanwhile) and ticks it. */
    private void createTyped() {
        if (create.isDisabled()) {
            return;
        }
        create.setDisable(true);
        editor.createUnit(search.getText(), unit -> {
            create.setDisable(false);
            if (unit != null) {
                byName.putIfAbsent(unit.fullName(), unit);
                if (!shown.getSource().contains(unit)) {
                    ((javafx.collections.ObservableList<Unit>) shown.getSource()).add(0, unit);
                }
                checkedProperty(unit).set(true);
                search.clear();
            }
        });
    }

    private BooleanProperty checkedProperty(Unit unit) {
        return checked.computeIfAbsent(unit.fullName(), name -> {
            BooleanProperty p = new SimpleBooleanProperty(order.contains(name));
            p.addListener((o, was, now) -> {
                if (now && !order.contains(name)) {
                    order.add(name);
                } else if (!now) {
                    order.remove(name);
                }
                updateChosen();
            });
            return p;
        });
    }

    private void toggle(Unit unit) {
        BooleanProperty p = checkedProperty(unit);
        p.set(!p.get());
    }

    private void updateChosen() {
        chosenLabel.setText(order.isEmpty() ? Messages.get("unitPicker.none") : Messages.get("unitPicker.chosen", String.join("; ", order)));
    }

    /** The chosen units in the order they were ticked. */
    List<UnitRef> chosen() {
        return order.stream().map(name -> {
            Unit u = byName.get(name);
            return u == null ? UnitRef.named(name) : new UnitRef(u.id(), u.fullName());
        }).toList();
    }

    private void finish(boolean keep) {
        if (done) {
            return;
        }
        done = true;
        if (keep) {
            onChosen.accept(chosen());
        }
        popup.hide();
    }
}

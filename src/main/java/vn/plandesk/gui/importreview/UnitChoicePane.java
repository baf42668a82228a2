package vn.plandesk.gui.importreview;

import javafx.beans.value.ChangeListener;
import javafx.geometry.Insets;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.RadioButton;
import javafx.scene.control.SplitPane;
import javafx.scene.control.TextField;
import javafx.scene.control.ToggleGroup;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import vn.plandesk.logic.i18n.Messages;
import vn.plandesk.model.Unit;

/**
 * The units the directory does not know, each with its choice: add it as a new unit, read it as a
 * unit the directory has (searched without accents), or leave it out of the plan.
 */
final class UnitChoicePane extends SplitPane {
    private final ImportReviewViewModel review;
    private final ListView<UnitChoice> choices = new ListView<>();
    private final ToggleGroup actions = new ToggleGroup();
    private final RadioButton create = new RadioButton(Messages.get("review.unit.create"));
    private final RadioButton map = new RadioButton(Messages.get("review.unit.map"));
    private final RadioButton leaveOut = new RadioButton(Messages.get("review.unit.leaveOut"));
    private final TextField search = new TextField();
    private final ListView<Unit> directory = new ListView<>();
    private final Label heading = new Label();
    private boolean showing;

    UnitChoicePane(ImportReviewViewModel review) {
        this.review = review;
        setId("unitChoices");
        choices.setId("unitChoiceList");
        choices.setItems(review.unitChoices());
        choices.setPlaceholder(new Label(Messages.get("review.unit.none")));
        choices.setCellFactory(list -> new ChoiceCell());

        create.setToggleGroup(actions);
        map.setToggleGroup(actions);
        leaveOut.setToggleGroup(actions);
        create.setId("unitCreate");
        map.setId("unitMap");
        leaveOut.setId("unitLeaveOut");
        search.setId("unitSearch");
        search.setPromptText(Messages.get("review.unit.search"));
        directory.setId("unitDirectory");
        directory.setPlaceholder(new Label(Messages.get("review.unit.noDirectoryMatch")));
        directory.setCellFactory(list -> new ListCell<>() {
            @Override
            protected void updateItem(Unit unit, boolean empty) {
                super.updateItem(unit, empty);
                setText(empty || unit == null ? null
                        : unit.shortName() == null ? unit.fullName() : Messages.get("review.unit.withShortName", unit.fullName(), unit.shortName()));
            }
        });
        heading.getStyleClass().add("unit-heading");
        heading.setWrapText(true);

        // side by side, so the choices and the directory search fit the low pane under the tree
        VBox actionsBox = new VBox(6, create, map, leaveOut);
        VBox searchBox = new VBox(4, search, directory);
        VBox.setVgrow(directory, Priority.ALWAYS);
        HBox.setHgrow(searchBox, Priority.ALWAYS);
        directory.setPrefHeight(90);
        HBox choicesAndSearch = new HBox(10, actionsBox, searchBox);
        VBox detail = new VBox(6, heading, choicesAndSearch);
        VBox.setVgrow(choicesAndSearch, Priority.ALWAYS);
        detail.setPadding(new Insets(6));
        getItems().setAll(choices, detail);
        setDividerPositions(0.38);

        choices.getSelectionModel().selectedItemProperty().addListener((o, before, now) -> showChoice(now));
        search.textProperty().addListener((o, before, now) -> directory.getItems().setAll(review.directoryMatching(now)));
        actions.selectedToggleProperty().addListener((o, before, now) -> applyAction());
        directory.getSelectionModel().selectedItemProperty().addListener(mapToSelected());
        showChoice(null);
    }

    /** Selects a unit's line (going to a finding about it). */
    void select(UnitChoice choice) {
        choices.getSelectionModel().select(choice);
        choices.scrollTo(choice);
    }

    private void showChoice(UnitChoice choice) {
        showing = true;
        try {
            boolean none = choice == null;
            create.setDisable(none);
            map.setDisable(none);
            leaveOut.setDisable(none);
            search.setDisable(none);
            directory.setDisable(none);
            heading.setText(none ? Messages.get("review.unit.pick") : Messages.get("review.unit.heading", choice.name()));
            if (none) {
                actions.selectToggle(null);
                return;
            }
            actions.selectToggle(switch (choice.action()) {
                case CREATE -> create;
                case MAP -> map;
                case LEAVE_OUT -> leaveOut;
            });
            // the directory list starts on names like this one, so the likely unit is near the top
            String firstWords = String.join(" ", java.util.Arrays.stream(choice.name().split("\\s+")).limit(2).toList());
            search.setText(choice.mappedTo() != null ? choice.mappedTo().fullName() : firstWords);
            directory.getItems().setAll(review.directoryMatching(search.getText()));
            if (choice.mappedTo() != null) {
                directory.getSelectionModel().select(choice.mappedTo());
            }
        } finally {
            showing = false;
        }
    }

    private void applyAction() {
        UnitChoice choice = choices.getSelectionModel().getSelectedItem();
        if (showing || choice == null || actions.getSelectedToggle() == null) {
            return;
        }
        UnitChoice.Action action = actions.getSelectedToggle() == map ? UnitChoice.Action.MAP
                : actions.getSelectedToggle() == leaveOut ? UnitChoice.Action.LEAVE_OUT : UnitChoice.Action.CREATE;
        review.choose(choice, action, action == UnitChoice.Action.MAP ? directory.getSelectionModel().getSelectedItem() : null);
        choices.refresh();
    }

    private ChangeListener<Unit> mapToSelected() {
        return (o, before, unit) -> {
            UnitChoice choice = choices.getSelectionModel().getSelectedItem();
            if (showing || choice == null || unit == null) {
                return;
            }
            review.choose(choice, UnitChoice.Action.MAP, unit);
            showing = true;
            actions.selectToggle(map);
            showing = false;
            choices.refresh();
        };
    }

    /** A unit's name and, below it, what will happen to it. */
    private static final class ChoiceCell extends ListCell<UnitChoice> {
        @Override
        protected void updateItem(UnitChoice choice, boolean empty) {
            super.updateItem(choice, empty);
            if (empty || choice == null) {
                setText(null);
                return;
            }
            String what = switch (choice.action()) {
                case CREATE -> Messages.get("review.unit.willCreate");
                case MAP -> choice.mappedTo() == null ? Messages.get("review.unit.mapPending")
                        : Messages.get("review.unit.willMap", choice.mappedTo().fullName());
                case LEAVE_OUT -> Messages.get("review.unit.willLeaveOut");
            };
            setText(Messages.get("review.unit.line", choice.name(), what));
        }
    }
}

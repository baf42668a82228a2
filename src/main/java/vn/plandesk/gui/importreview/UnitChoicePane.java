package vn.plandesk.gui.importreview;

import javafx.beans.value.ChangeListener;
import javafx.geometry.Insets;
import javafx.scene.control.Button;
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
 * unit the directory has or a public body (searched without accents, the office's units first), or
 * leave it out of the plan. A name recognised as a public body says so, and offers its present name.
 */
final class UnitChoicePane extends SplitPane {
    private final ImportReviewViewModel review;
    private final ListView<UnitChoice> choices = new ListView<>();
    private final ToggleGroup actions = new ToggleGroup();
    private final RadioButton create = new RadioButton(Messages.get("review.unit.create"));
    private final RadioButton map = new RadioButton(Messages.get("review.unit.map"));
    private final RadioButton leaveOut = new RadioButton(Messages.get("review.unit.leaveOut"));
    private final TextField search = new TextField();
    private final ListView<UnitOption> directory = new ListView<>();
    private final Label heading = new Label();
    private final Label recognised = new Label();
    private final Button useSuggestion = new Button();
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
        directory.setCellFactory(list -> new OptionCell());
        heading.getStyleClass().add("unit-heading");
        heading.setWrapText(true);
        recognised.setId("unitRecognised");
        recognised.setWrapText(true);
        useSuggestion.setId("unitUseSuggestion");
        useSuggestion.setOnAction(event -> {
            UnitChoice choice = choices.getSelectionModel().getSelectedItem();
            if (choice != null) {
                review.useSuggestion(choice);
                showChoice(choice);
                choices.refresh();
            }
        });

        // side by side, so the choices and the directory search fit the low pane under the tree
        VBox actionsBox = new VBox(6, create, map, leaveOut);
        VBox searchBox = new VBox(4, search, directory);
        VBox.setVgrow(directory, Priority.ALWAYS);
        HBox.setHgrow(searchBox, Priority.ALWAYS);
        directory.setPrefHeight(90);
        HBox choicesAndSearch = new HBox(10, actionsBox, searchBox);
        VBox detail = new VBox(6, heading, recognised, useSuggestion, choicesAndSearch);
        VBox.setVgrow(choicesAndSearch, Priority.ALWAYS);
        detail.setPadding(new Insets(6));
        getItems().setAll(choices, detail);
        setDividerPositions(0.38);

        choices.getSelectionModel().selectedItemProperty().addListener((o, before, now) -> showChoice(now));
        search.textProperty().addListener((o, before, now) -> directory.getItems().setAll(review.unitOptions(now)));
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
            showRecognised(choice);
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
            search.setText(choice.mappedTo() != null ? choice.mappedTo().fullName()
                    : choice.suggestion() != null ? choice.suggestion().fullName() : firstWords);
            directory.getItems().setAll(review.unitOptions(search.getText()));
            if (choice.mappedTo() != null) {
                directory.getItems().stream().filter(option -> option.unit().equals(choice.mappedTo())).findFirst()
                        .ifPresent(option -> directory.getSelectionModel().select(option));
            }
        } finally {
            showing = false;
        }
    }

    /** What the name was recognised as among the public bodies, and the present name offered for it. */
    private void showRecognised(UnitChoice choice) {
        boolean known = choice != null && choice.body() != null;
        recognised.setVisible(known);
        recognised.setManaged(known);
        boolean suggested = known && choice.suggestion() != null;
        useSuggestion.setVisible(suggested);
        useSuggestion.setManaged(suggested);
        if (!known) {
            return;
        }
        recognised.setText(choice.body().isFormer()
                ? Messages.get("review.unit.recognisedFormer", choice.body().name(), choice.suggestion().fullName())
                : Messages.get("review.unit.recognised", choice.body().name()));
        if (suggested) {
            useSuggestion.setText(Messages.get("review.unit.useSuggestion", choice.suggestion().fullName()));
        }
    }

    private void applyAction() {
        UnitChoice choice = choices.getSelectionModel().getSelectedItem();
        if (showing || choice == null || actions.getSelectedToggle() == null) {
            return;
        }
        UnitChoice.Action action = actions.getSelectedToggle() == map ? UnitChoice.Action.MAP
                : actions.getSelectedToggle() == leaveOut ? UnitChoice.Action.LEAVE_OUT : UnitChoice.Action.CREATE;
        UnitOption picked = directory.getSelectionModel().getSelectedItem();
        review.choose(choice, action, action == UnitChoice.Action.MAP && picked != null ? picked.unit() : null);
        choices.refresh();
    }

    private ChangeListener<UnitOption> mapToSelected() {
        return (o, before, option) -> {
            UnitChoice choice = choices.getSelectionModel().getSelectedItem();
            if (showing || choice == null || option == null) {
                return;
            }
            review.choose(choice, UnitChoice.Action.MAP, option.unit());
            showing = true;
            actions.selectToggle(map);
            showing = false;
            choices.refresh();
        };
    }

    /** A unit of the office, or a public body marked as such (with what a former one is now). */
    private static final class OptionCell extends ListCell<UnitOption> {
        @Override
        protected void updateItem(UnitOption option, boolean empty) {
            super.updateItem(option, empty);
            if (empty || option == null) {
                setText(null);
                return;
            }
            Unit unit = option.unit();
            String name = unit.shortName() == null ? unit.fullName()
                    : Messages.get("review.unit.withShortName", unit.fullName(), unit.shortName());
            setText(!option.isPublicBody() ? name
                    : option.body().isFormer() ? Messages.get("review.unit.publicBodyFormer", name, option.body().nowCalled())
                    : Messages.get("review.unit.publicBody", name));
        }
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

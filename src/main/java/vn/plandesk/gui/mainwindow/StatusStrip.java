package vn.plandesk.gui.mainwindow;

import javafx.beans.property.StringProperty;
import javafx.collections.ObservableList;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;

/**
 * The window's status bar: what the editor last said, items such as the plan list's figures on the right.
 * Labels in a box, styled in plandesk.css: ControlsFX's status bar carries a progress bar PlanDesk never
 * filled (long actions show their own), and its skin and style sheet cost the window's first frame
 * nearly a tenth of a second.
 */
final class StatusStrip extends HBox {
    private final Label text = new Label();
    private final HBox left = new HBox(8);
    private final HBox right = new HBox(8);

    StatusStrip() {
        getStyleClass().add("status-strip");
        setId("statusBar");
        setAlignment(Pos.CENTER_LEFT);
        setSpacing(8);
        text.setId("statusText");
        text.setMaxWidth(Double.MAX_VALUE);
        text.setMinWidth(0);
        HBox.setHgrow(text, Priority.ALWAYS);
        left.setAlignment(Pos.CENTER_LEFT);
        right.setAlignment(Pos.CENTER_RIGHT);
        getChildren().setAll(left, text, right);
    }

    StringProperty textProperty() {
        return text.textProperty();
    }

    ObservableList<Node> getLeftItems() {
        return left.getChildren();
    }

    ObservableList<Node> getRightItems() {
        return right.getChildren();
    }
}

package vn.plandesk.gui.editor;

import javafx.beans.binding.Bindings;
import javafx.beans.value.ObservableBooleanValue;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.control.ButtonBase;
import javafx.scene.control.ComboBoxBase;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;
import javafx.scene.control.TextInputControl;
import javafx.scene.control.TitledPane;

/**
 * Makes a form read-only while editing is not allowed (a read-only login on the office server): its
 * text boxes stop taking typing but stay readable and copyable, its pickers and buttons are disabled.
 * A button whose disabling already follows something else keeps it; what it would store is refused
 * by the view model.
 */
final class ReadOnlyForm {
    private ReadOnlyForm() {
    }

    static void follow(Node node, ObservableBooleanValue editingAllowed) {
        if (node instanceof TextInputControl text) {
            text.editableProperty().bind(editingAllowed);
        } else if ((node instanceof ComboBoxBase<?> || node instanceof ButtonBase) && !node.disableProperty().isBound()) {
            node.disableProperty().bind(Bindings.not(editingAllowed));
        }
        // Contents that are not among a control's children until it is skinned.
        if (node instanceof TabPane tabs) {
            for (Tab tab : tabs.getTabs()) {
                if (tab.getContent() != null) {
                    follow(tab.getContent(), editingAllowed);
                }
            }
        } else if (node instanceof ScrollPane scroll && scroll.getContent() != null) {
            follow(scroll.getContent(), editingAllowed);
        } else if (node instanceof TitledPane titled && titled.getContent() != null) {
            follow(titled.getContent(), editingAllowed);
        } else if (node instanceof Parent parent) {
            parent.getChildrenUnmodifiable().forEach(child -> follow(child, editingAllowed));
        }
    }
}

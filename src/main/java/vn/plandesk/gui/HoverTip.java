package vn.plandesk.gui;

import javafx.scene.control.Control;
import javafx.scene.control.Tooltip;
import javafx.scene.input.MouseEvent;

/**
 * A control's tooltip, made only when the pointer comes over the control. A tooltip is a popup window of its own:
 * the cells of a table or tree that made one at every redraw spent a good part of laying out their rows on them.
 */
public final class HoverTip {
    private final Control control;
    /** What the tooltip says; null for no tooltip. */
    private String text;

    public HoverTip(Control control) {
        this.control = control;
        control.addEventHandler(MouseEvent.MOUSE_ENTERED, e -> show());
    }

    /** Says {@code said} in the tooltip from now on; null for none. */
    public void set(String said) {
        text = said;
        if (control.isHover()) {
            show();
        } else if (control.getTooltip() != null) {
            control.setTooltip(null);
        }
    }

    private void show() {
        if (text == null) {
            control.setTooltip(null);
        } else if (control.getTooltip() == null) {
            control.setTooltip(new Tooltip(text));
        } else {
            control.getTooltip().setText(text);
        }
    }
}

package vn.plandesk.gui.editor;

import vn.plandesk.logic.i18n.Messages;

/** The columns of the plan tree, with their headings and the names of their edits. */
public enum Column {
    CONTENT, DEADLINE, DELIVERABLE, LEAD, SUPPORT, PERCENT, COMPLETED, NOTES;

    private String key() {
        return name().toLowerCase(java.util.Locale.ROOT);
    }

    /** The column heading: "Thời hạn". */
    public String title() {
        return Messages.get("column." + key());
    }

    /** The key settings remember the column's width under. */
    public String settingsKey() {
        return "tree." + key();
    }

    /** The edit's name in the Edit menu: "sửa thời hạn". */
    String editName(boolean phase) {
        return Messages.get((phase ? "edit.phase." : "edit.task.") + key());
    }
}

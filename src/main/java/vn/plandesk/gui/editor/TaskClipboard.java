package vn.plandesk.gui.editor;

import java.util.List;

/** Copied tasks, shared by every plan the window opens, so tasks can be pasted into another plan. */
public final class TaskClipboard {
    private List<vn.plandesk.model.Task> tasks = List.of();

    public void put(List<vn.plandesk.model.Task> copied) {
        tasks = List.copyOf(copied);
    }

    public List<vn.plandesk.model.Task> tasks() {
        return tasks;
    }

    public boolean isEmpty() {
        return tasks.isEmpty();
    }
}

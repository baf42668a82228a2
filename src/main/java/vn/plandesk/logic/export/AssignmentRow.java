package vn.plandesk.logic.export;

import java.time.LocalDate;
import java.util.List;
import vn.plandesk.model.Task;

/**
 * One row of the assignment table (the appendix of a plan, the first sheet of the workbook): either
 * a phase written as a bold group row ({@code task} null, {@code content} the phase title) or a task.
 * {@code deadlineWords} are the deadline as the plan writes them, never reformatted; {@code start}
 * and {@code end} are what those words mean, for a spreadsheet to sort and filter on.
 */
public record AssignmentRow(Task task, int level, String number, String content, List<String> lead, List<String> support,
                            String deadlineWords, LocalDate start, LocalDate end, String deliverable, String notes) {

    public AssignmentRow {
        lead = List.copyOf(lead);
        support = List.copyOf(support);
    }

    /** A phase (level 0) or sub-phase (level 1) heading its tasks. */
    public boolean isGroup() {
        return task == null;
    }
}

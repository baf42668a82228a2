package vn.plandesk.logic.timeline;

import java.time.LocalDate;
import vn.plandesk.model.TaskStatus;

/**
 * One line of the chart: a phase, a sub-phase or a task, with what is drawn for it. {@code id} is
 * the stored id of the phase or task it draws (null for a plan not stored), so a view beside the
 * chart finds the row of an item.
 * {@code start}/{@code end} are inclusive days (null when nothing is drawn); {@code timeWords} are
 * the deadline words as written, shown for tasks whose words were not understood.
 */
public record TimelineRow(Long id, Level level, String label, String text, String leadUnit, Mark mark, LocalDate start,
                          LocalDate end, TaskStatus status, int percentDone, String timeWords) {

    public enum Level {
        PHASE, SUB_PHASE, TASK;

        public int indent() {
            return ordinal();
        }
    }

    /** What the chart draws on the row. */
    public enum Mark {
        /** A phase's span: a summary bar. */
        SUMMARY,
        /** A task from start to end. */
        BAR,
        /** A task with a due date and no start: a marker on the date. */
        DEADLINE,
        /** A one-day item: a diamond. */
        MILESTONE,
        /** Continuous or recurring work: a light bar over the plan's period. */
        ONGOING,
        /** Deadline words that were not understood: no bar, the words shown and marked. */
        UNREADABLE,
        /** No time at all. */
        NONE
    }

    /** The label and text as the name column shows them: "1.2. Xây dựng ...". */
    public String title() {
        if (label == null || label.isEmpty() || label.equals("-")) {
            return text;
        }
        return label.endsWith(".") || label.endsWith(")") ? label + " " + text : label + ". " + text;
    }

    public boolean isPhase() {
        return level != Level.TASK;
    }
}

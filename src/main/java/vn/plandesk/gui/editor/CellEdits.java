package vn.plandesk.gui.editor;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import vn.plandesk.gui.undo.Command;
import vn.plandesk.logic.time.TimeExpressionParser;
import vn.plandesk.model.Phase;
import vn.plandesk.model.PlanHeader;
import vn.plandesk.model.Task;
import vn.plandesk.model.TimeExpression;
import vn.plandesk.model.UnitRef;

/**
 * The command an edit of one cell makes of what was typed or picked. Built in the edit's turn from the
 * plan as the edits before left it, so a row is found by the id it was first seen with; null when the
 * row is gone or nothing would change.
 */
final class CellEdits {
    private final TimeExpressionParser parser = new TimeExpressionParser();
    private final Clock clock;

    CellEdits(Clock clock) {
        this.clock = clock;
    }

    /** Text typed in a task's cell: content, deadline words, deliverable, percent or notes. */
    Command task(PlanSession session, long id, Column column, String text) {
        Task before = session.document.task(session.taskIds.current(id));
        if (before == null) {
            return null;
        }
        Task after = switch (column) {
            case CONTENT -> text.isEmpty() ? before : TaskFields.content(before, text);
            case DEADLINE -> before.withDeadline(parse(session, text));
            case DELIVERABLE -> TaskFields.deliverable(before, text);
            case NOTES -> TaskFields.notes(before, text);
            case PERCENT -> percent(before, parsePercent(text));
            default -> before;
        };
        return PlanSession.sameTask(before, after) ? null : TaskCommands.edit(session, column.editName(false), before, after);
    }

    /** Text typed in a phase's row: its title, or its time span in deadline words. */
    Command phase(PlanSession session, long id, Column column, String text) {
        Phase before = session.document.phase(session.phaseIds.current(id));
        if (before == null) {
            return null;
        }
        Phase after = switch (column) {
            case CONTENT -> text.isEmpty() ? before : TaskFields.title(before, text);
            case DEADLINE -> TaskFields.span(before, parse(session, text));
            default -> before;
        };
        return after.equals(before) ? null : PhaseCommands.edit(session, column.editName(true), before, after);
    }

    /** The day a task was completed, or none. */
    Command completedOn(PlanSession session, long id, LocalDate date) {
        Task before = session.document.task(session.taskIds.current(id));
        return before == null ? null : TaskCommands.edit(session, Column.COMPLETED.editName(false), before,
                TaskFields.completed(before, date));
    }

    /** The lead ({@code lead} true) or cooperating units of a task. */
    Command units(PlanSession session, long id, boolean lead, List<UnitRef> chosen) {
        Task before = session.document.task(session.taskIds.current(id));
        if (before == null) {
            return null;
        }
        Task after = lead ? TaskFields.lead(before, chosen) : TaskFields.support(before, chosen);
        return TaskCommands.edit(session, (lead ? Column.LEAD : Column.SUPPORT).editName(false), before, after);
    }

    private Task percent(Task task, int value) {
        return value == 100 && task.completedOn() == null ? TaskFields.completed(task, LocalDate.now(clock)) : TaskFields.percent(task, value);
    }

    /** Reads deadline words in the plan's year (this year for a draft without a date); never refuses. */
    private TimeExpression parse(PlanSession session, String words) {
        PlanHeader h = session.document.header();
        Integer year = h.issuedOn() != null ? h.issuedOn().getYear() : LocalDate.now(clock).getYear();
        return parser.parse(words, h.issuedOn(), year);
    }

    /** A percent typed with or without "%" (empty: 0); null when it is no whole number from 0 to 100. */
    static Integer parsePercent(String text) {
        String digits = text.replace("%", "").strip();
        if (digits.isEmpty()) {
            return 0;
        }
        try {
            int value = Integer.parseInt(digits);
            return value >= 0 && value <= 100 ? value : null;
        } catch (NumberFormatException e) {
            return null;
        }
    }
}

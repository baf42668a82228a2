package vn.plandesk.logic.timeline;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import vn.plandesk.model.Phase;
import vn.plandesk.model.Plan;
import vn.plandesk.model.Task;
import vn.plandesk.model.TaskStatus;
import vn.plandesk.model.TimeExpression;
import vn.plandesk.model.TimeKind;

/** Turns a plan into the rows of its chart, in document order: each phase, its tasks, its sub-phases. */
public final class TimelineRows {
    /** Days before the due date a task counts as due soon (the follow-up default). */
    public static final int DUE_SOON_DAYS = 7;

    private TimelineRows() {
    }

    public static List<TimelineRow> of(Plan plan, LocalDate today) {
        LocalDate[] planSpan = planSpan(plan);
        List<TimelineRow> rows = new ArrayList<>(plan.taskCount() + plan.phases().size() * 2);
        for (Phase phase : plan.phases()) {
            addPhase(rows, phase, TimelineRow.Level.PHASE, today, planSpan);
            phase.tasks().forEach(t -> rows.add(taskRow(t, today, planSpan)));
            for (Phase sub : phase.subPhases()) {
                addPhase(rows, sub, TimelineRow.Level.SUB_PHASE, today, planSpan);
                sub.tasks().forEach(t -> rows.add(taskRow(t, today, planSpan)));
            }
        }
        return rows;
    }

    private static void addPhase(List<TimelineRow> rows, Phase phase, TimelineRow.Level level, LocalDate today,
                                 LocalDate[] planSpan) {
        LocalDate start = phase.span().start();
        LocalDate end = phase.span().end();
        if (start == null || end == null) {
            // A phase without its own dates spans its tasks.
            for (Task task : phase.allTasks()) {
                LocalDate[] span = taskSpan(task, planSpan);
                if (span != null) {
                    start = start == null || span[0].isBefore(start) ? span[0] : start;
                    end = end == null || span[1].isAfter(end) ? span[1] : end;
                }
            }
        }
        String unit = phase.focalUnit() == null ? null : phase.focalUnit().name();
        boolean dated = start != null && end != null;
        rows.add(new TimelineRow(phase.id(), level, phase.label(), phase.title(), unit,
                dated ? TimelineRow.Mark.SUMMARY : TimelineRow.Mark.NONE, dated ? start : null, dated ? end : null,
                null, 0, phase.span().raw()));
    }

    private static TimelineRow taskRow(Task task, LocalDate today, LocalDate[] planSpan) {
        TimeExpression deadline = task.deadlineInForce();
        TimelineRow.Mark mark = markOf(task, deadline);
        LocalDate[] span = taskSpan(task, planSpan);
        String lead = task.lead().isEmpty() ? null : task.lead().get(0).name();
        TaskStatus status = task.status(today, DUE_SOON_DAYS);
        return new TimelineRow(task.id(), TimelineRow.Level.TASK, task.label(), task.content(), lead, mark,
                span == null ? null : span[0], span == null ? null : span[1], status, task.percentDone(), deadline.raw());
    }

    private static TimelineRow.Mark markOf(Task task, TimeExpression deadline) {
        return switch (deadline.kind()) {
            case UNRESOLVED -> TimelineRow.Mark.UNREADABLE;
            case NONE -> task.start() != null ? TimelineRow.Mark.MILESTONE : TimelineRow.Mark.NONE;
            case CONTINUOUS, RECURRING -> TimelineRow.Mark.ONGOING;
            case BEFORE, BY -> task.start() != null && task.start().isBefore(deadline.end())
                    ? TimelineRow.Mark.BAR : TimelineRow.Mark.DEADLINE;
            case DAY -> TimelineRow.Mark.MILESTONE;
            default -> {
                LocalDate start = task.start() != null ? task.start() : deadline.start();
                yield start != null && deadline.end() != null && start.equals(deadline.end())
                        ? TimelineRow.Mark.MILESTONE : TimelineRow.Mark.BAR;
            }
        };
    }

    /** The inclusive days a task's mark covers, or null when it has none. */
    private static LocalDate[] taskSpan(Task task, LocalDate[] planSpan) {
        TimeExpression deadline = task.deadlineInForce();
        TimeKind kind = deadline.kind();
        if (kind == TimeKind.UNRESOLVED) {
            return null;
        }
        if (kind == TimeKind.NONE) {
            return task.start() == null ? null : new LocalDate[] {task.start(), task.start()};
        }
        if (kind == TimeKind.CONTINUOUS || kind == TimeKind.RECURRING) {
            LocalDate start = deadline.start() != null ? deadline.start() : planSpan[0];
            LocalDate end = deadline.end() != null ? deadline.end() : planSpan[1];
            return start == null || end == null || end.isBefore(start) ? null : new LocalDate[] {start, end};
        }
        if (kind == TimeKind.OPEN) {
            LocalDate start = deadline.start();
            LocalDate end = planSpan[1] != null && start != null && planSpan[1].isAfter(start) ? planSpan[1] : start;
            return start == null ? null : new LocalDate[] {start, end};
        }
        LocalDate end = deadline.end();
        if (end == null) {
            return null;
        }
        LocalDate start = task.start() != null && !task.start().isAfter(end) ? task.start() : deadline.start();
        if (kind == TimeKind.BEFORE || kind == TimeKind.BY) {
            start = task.start() != null && !task.start().isAfter(end) ? task.start() : end;
        }
        return new LocalDate[] {start == null ? end : start, end};
    }

    /** The first and last dated day of the plan's phases and tasks (either may be null). */
    private static LocalDate[] planSpan(Plan plan) {
        LocalDate first = null;
        LocalDate last = null;
        List<TimeExpression> times = new ArrayList<>();
        for (Phase phase : plan.phases()) {
            times.add(phase.span());
            phase.subPhases().forEach(s -> times.add(s.span()));
        }
        plan.allTasks().forEach(t -> times.add(t.deadlineInForce()));
        for (TimeExpression time : times) {
            for (LocalDate d : new LocalDate[] {time.start(), time.end()}) {
                if (d != null) {
                    first = first == null || d.isBefore(first) ? d : first;
                    last = last == null || d.isAfter(last) ? d : last;
                }
            }
        }
        return new LocalDate[] {first, last};
    }
}

package vn.plandesk.logic.followup;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import vn.plandesk.model.Plan;
import vn.plandesk.model.Task;
import vn.plandesk.model.TaskStatus;
import vn.plandesk.model.UnitRef;

/**
 * The follow-up report for a period, per lead unit and for all: the counts offices report
 * (shared/reference/follow-up.md), as things stood on {@code asOf}, the period's last day (or today
 * while the period runs).
 *
 * <p>Which tasks count: those of plans issued by {@code asOf} (or not dated) that were still open
 * when the period began, i.e. not completed before its first day. So a task done in an earlier
 * period was reported then, a task carried over still unfinished is reported again, and a task
 * whose deadline lies after the period is "not done, within deadline". A task with two lead units
 * counts for each; the row for all units counts it once.
 */
public record UnitReport(ReportPeriod period, LocalDate asOf, List<Row> rows, StateCounts allUnits) {

    /** One unit's counts; {@code unit} null for tasks that name no lead unit. */
    public record Row(UnitRef unit, String name, StateCounts counts) {

        /** Whether this row counts {@code task}: one of its lead units, or no lead unit for the row of those. */
        public boolean counts(Task task) {
            if (unit == null) {
                return task.lead().isEmpty();
            }
            UnitKey key = UnitKey.of(unit);
            return task.lead().stream().anyMatch(lead -> UnitKey.of(lead).equals(key));
        }
    }

    public UnitReport {
        rows = List.copyOf(rows);
    }

    /**
     * A task the report counts, as it stood on the report's day ({@code task} without a completion
     * or extension dated later), with its report state; {@code state} null: no dated deadline.
     */
    public record Counted(Plan plan, Task task, TaskStatus state) {
    }

    /** The day a report for {@code period} counts as of: its last day, or today while it runs. */
    public static LocalDate asOf(ReportPeriod period, LocalDate today) {
        return today.isBefore(period.to()) ? today : period.to();
    }

    /** The tasks a report for {@code period} counts, in plan and document order (the rule above). */
    public static List<Counted> counted(List<Plan> plans, ReportPeriod period, LocalDate today) {
        LocalDate asOf = asOf(period, today);
        List<Counted> counted = new ArrayList<>();
        for (Plan plan : plans) {
            if (plan.issuedOn() != null && plan.issuedOn().isAfter(asOf)) {
                continue;
            }
            for (Task task : plan.allTasks()) {
                if (task.completedOn() != null && task.completedOn().isBefore(period.from())) {
                    continue;
                }
                Task then = TaskOnDate.asOf(task, asOf);
                counted.add(new Counted(plan, then, TaskOnDate.reportState(then, asOf)));
            }
        }
        return counted;
    }

    public static UnitReport build(List<Plan> plans, ReportPeriod period, LocalDate today) {
        LocalDate asOf = asOf(period, today);
        Map<UnitKey, StateCounts> byUnit = new LinkedHashMap<>();
        Map<UnitKey, UnitRef> units = new HashMap<>();
        StateCounts all = StateCounts.NONE;
        for (Counted c : counted(plans, period, today)) {
            TaskStatus state = c.state();
            all = all.plus(state);
            if (c.task().lead().isEmpty()) {
                byUnit.merge(null, StateCounts.NONE.plus(state), StateCounts::plus);
            }
            for (UnitRef lead : c.task().lead()) {
                UnitKey key = UnitKey.of(lead);
                units.putIfAbsent(key, lead);
                byUnit.merge(key, StateCounts.NONE.plus(state), StateCounts::plus);
            }
        }
        List<Row> rows = new ArrayList<>();
        byUnit.forEach((key, counts) -> {
            UnitRef unit = key == null ? null : units.get(key);
            rows.add(new Row(unit, unit == null ? UnitKey.noLeadName() : unit.name(), counts));
        });
        rows.sort(UnitKey.byUnitName(Row::unit, Row::name));
        return new UnitReport(period, asOf, rows, all);
    }
}

package vn.plandesk.logic.report;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Collectors;
import vn.plandesk.logic.followup.ReportPeriod;
import vn.plandesk.logic.followup.StateCounts;
import vn.plandesk.logic.followup.UnitReport;
import vn.plandesk.logic.text.VietnameseText;
import vn.plandesk.model.Plan;
import vn.plandesk.model.Task;
import vn.plandesk.model.TaskStatus;

/**
 * The report on tasks carried out ("Báo cáo kết quả thực hiện nhiệm vụ") for a period and a scope.
 * Its figures are those of the follow-up view's report ({@link UnitReport}), computed by the same
 * code over the same tasks, so the document and the screen cannot disagree; the lists of overdue and
 * undated tasks are drawn from the very tasks those figures count.
 *
 * @param rows      one row per lead unit (only the unit's own for a unit scope)
 * @param total     every counted task once (a task with two lead units counts once here, once in each row)
 * @param sender    the plan whose issuing body, place and signer the report is written as: the most
 *                  recently issued plan with a counted task; null when none counts
 * @param plan      the plan of a one-plan scope, else null
 * @param unitName  the unit of a one-unit scope, else null
 */
public record ProgressReport(ReportPeriod period, LocalDate asOf, List<UnitReport.Row> rows, StateCounts total,
                             List<OverdueTask> overdue, List<UndatedTask> undated, Plan sender, Plan plan, String unitName) {

    /** A task not done and past its deadline in force; {@code originalDue} is set when the deadline was extended. */
    public record OverdueTask(Plan plan, Task task, LocalDate due, LocalDate originalDue, long daysLate) {
    }

    /** A task without a dated deadline ("thường xuyên"), counted apart. */
    public record UndatedTask(Plan plan, Task task) {
    }

    public ProgressReport {
        rows = List.copyOf(rows);
        overdue = List.copyOf(overdue);
        undated = List.copyOf(undated);
    }

    /** The report over {@code plans} (every stored plan) as {@code scope} narrows them, counted as of today. */
    public static ProgressReport build(List<Plan> plans, ReportPeriod period, ReportScope scope, LocalDate today)
            throws ReportRefusal {
        Plan onePlan = null;
        List<Plan> scoped = plans;
        if (scope.planId() != null) {
            onePlan = plans.stream().filter(p -> p.id() != null && p.id().equals(scope.planId())).findFirst()
                    .orElseThrow(() -> new ReportRefusal("report.planUnknown", String.valueOf(scope.planId())));
            scoped = List.of(onePlan);
        }
        UnitReport figures = UnitReport.build(scoped, period, today);
        List<UnitReport.Row> rows = figures.rows();
        StateCounts total = figures.allUnits();
        String unitName = null;
        List<UnitReport.Counted> counted = UnitReport.counted(scoped, period, today);
        if (scope.unitName() != null) {
            UnitReport.Row row = unitRow(rows, scope.unitName());
            rows = List.of(row);
            total = row.counts();
            unitName = row.name();
            counted = counted.stream().filter(c -> row.counts(c.task())).toList();
        }
        List<OverdueTask> overdue = new ArrayList<>();
        List<UndatedTask> undated = new ArrayList<>();
        Plan sender = null;
        for (UnitReport.Counted c : counted) {
            Task task = c.task();
            if (c.state() == TaskStatus.NOT_DONE_OVERDUE) {
                LocalDate original = task.extensions().isEmpty() ? null : task.deadline().due();
                overdue.add(new OverdueTask(c.plan(), task, task.deadlineInForce().due(), original, task.daysLate(figures.asOf())));
            } else if (c.state() == null) {
                undated.add(new UndatedTask(c.plan(), task));
            }
            if (sender == null || later(c.plan(), sender)) {
                sender = c.plan();
            }
        }
        overdue.sort(Comparator.comparingLong(OverdueTask::daysLate).reversed());
        return new ProgressReport(period, figures.asOf(), rows, total, overdue, undated, sender, onePlan, unitName);
    }

    /** Whether the rows add up to more than the total: some tasks have several lead units. */
    public boolean countsSharedTasksPerUnit() {
        return !rows.stream().map(UnitReport.Row::counts).reduce(StateCounts.NONE, StateCounts::plus).equals(total);
    }

    private static UnitReport.Row unitRow(List<UnitReport.Row> rows, String name) throws ReportRefusal {
        String key = VietnameseText.searchKey(name);
        List<UnitReport.Row> exact = rows.stream().filter(r -> r.unit() != null && VietnameseText.searchKey(r.name()).equals(key)).toList();
        List<UnitReport.Row> matching = exact.isEmpty()
                ? rows.stream().filter(r -> r.unit() != null && VietnameseText.matches(r.name(), name)).toList() : exact;
        if (matching.isEmpty()) {
            throw new ReportRefusal("report.unitUnknown", name);
        }
        if (matching.size() > 1) {
            throw new ReportRefusal("report.unitAmbiguous", name, matching.size(),
                    matching.stream().map(UnitReport.Row::name).collect(Collectors.joining("; ")));
        }
        return matching.get(0);
    }

    static boolean later(Plan a, Plan b) {
        if (a.issuedOn() == null) {
            return false;
        }
        return b.issuedOn() == null || a.issuedOn().isAfter(b.issuedOn());
    }
}

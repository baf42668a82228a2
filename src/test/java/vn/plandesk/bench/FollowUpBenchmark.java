package vn.plandesk.bench;

import static vn.plandesk.bench.Timing.median;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import vn.plandesk.logic.followup.DueList;
import vn.plandesk.logic.followup.PlanRef;
import vn.plandesk.logic.followup.PlanSnapshots;
import vn.plandesk.logic.followup.ReportPeriod;
import vn.plandesk.logic.followup.TaskActions;
import vn.plandesk.logic.followup.UnitReport;
import vn.plandesk.logic.store.Store;
import vn.plandesk.logic.store.StoreException;
import vn.plandesk.model.Plan;
import vn.plandesk.model.PlanSummary;
import vn.plandesk.model.Task;
import vn.plandesk.testing.PlanGenerator;

/**
 * How long the follow-up view's work takes over stores of 1,000 and 10,000 tasks (in plans of 50, and
 * one plan of 10,000), as ratios against reading every plan from the store in the same run (the
 * baseline: the least the view must do once). Run with
 * {@code java -cp target/classes:target/test-classes:$(cat cp.txt) vn.plandesk.bench.FollowUpBenchmark}.
 */
public final class FollowUpBenchmark {
    private static final LocalDate TODAY = LocalDate.of(2026, 9, 20);
    private static final int RUNS = 5;

    private FollowUpBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        System.out.printf("Follow-up benchmark, %d cores, Java %s; median of %d runs after one warm-up%n",
                Runtime.getRuntime().availableProcessors(), System.getProperty("java.version"), RUNS);
        measure("1,000 tasks in 20 plans of 50", 20, 50);
        measure("10,000 tasks in 200 plans of 50", 200, 50);
        measure("10,000 tasks in one plan", 1, 10_000);
    }

    private static void measure(String title, int planCount, int tasksPerPlan) throws Exception {
        Path folder = Files.createTempDirectory("plandesk-bench");
        try (Store store = Store.open(folder)) {
            for (int i = 0; i < planCount; i++) {
                store.plans().create(PlanGenerator.plan(tasksPerPlan, 1000 + i));
            }
            List<Plan> plans = readAll(store);
            double baseline = median(1, RUNS, () -> readAll(store));
            PlanSnapshots snapshots = new PlanSnapshots(store.plans());
            double firstRead = median(1, RUNS, () -> new PlanSnapshots(store.plans()).current());
            snapshots.current();
            double dueList = median(1, RUNS, () -> DueList.build(plans, TODAY, 7));
            ReportPeriod quarter = ReportPeriod.quarter(2026, 3, ReportPeriod.DEFAULT_CUT_OFF_DAY);
            double report = median(1, RUNS, () -> UnitReport.build(plans, quarter, TODAY));
            TaskActions actions = new TaskActions(store.plans());
            double markDoneAndRefresh = median(1, RUNS, () -> {
                Plan plan = snapshots.current().get(0);
                Task open = plan.allTasks().stream().filter(t -> !t.isDone()).findFirst().orElseThrow();
                snapshots.taskStored(actions.markDone(
                        new PlanRef(plan.id(), plan.version(), plan.numberAndSymbol(), plan.subject(), plan.issuedOn()), open, TODAY, TODAY));
                DueList.build(snapshots.current(), TODAY, 7);
            });
            System.out.printf("%n%s%n", title);
            row("read every plan (baseline)", baseline, baseline);
            row("first reading by the view (list + load all)", firstRead, baseline);
            row("overdue / due-in-7-days list by lead unit", dueList, baseline);
            row("per-unit report for a quarter", report, baseline);
            row("mark one task done, refresh the view's plans, re-list", markDoneAndRefresh, baseline);
        }
    }

    private static List<Plan> readAll(Store store) throws StoreException {
        List<Plan> plans = new ArrayList<>();
        for (PlanSummary summary : store.plans().list()) {
            plans.add(store.plans().load(summary.id()));
        }
        return plans;
    }

    private static void row(String what, double ms, double baseline) {
        System.out.printf("  %-52s %9.1f ms  %6.3f x baseline%n", what, ms, ms / baseline);
    }
}

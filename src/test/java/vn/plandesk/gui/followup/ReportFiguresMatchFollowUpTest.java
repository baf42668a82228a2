package vn.plandesk.gui.followup;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.plandesk.gui.StoreChanges;
import vn.plandesk.gui.background.ImmediateTaskExecutor;
import vn.plandesk.logic.followup.PlanSnapshots;
import vn.plandesk.logic.followup.ReportPeriod;
import vn.plandesk.logic.followup.StateCounts;
import vn.plandesk.logic.followup.UnitReport;
import vn.plandesk.logic.i18n.Messages;
import vn.plandesk.logic.report.ProgressReport;
import vn.plandesk.logic.report.ReportScope;
import vn.plandesk.logic.samples.SamplePlans;
import vn.plandesk.logic.store.Store;
import vn.plandesk.model.Plan;
import vn.plandesk.model.TaskStatus;
import vn.plandesk.testing.PlanGenerator;

/**
 * The report document's figures and the Theo dõi tab's, computed from one store holding both sample
 * plans and 200 generated plans, for periods with extended deadlines and with tasks done late.
 */
class ReportFiguresMatchFollowUpTest {
    private static final LocalDate TODAY = LocalDate.of(2026, 12, 20);

    @TempDir
    static Path folder;
    private static Store store;
    private static FollowUpViewModel viewModel;
    private static List<Plan> plans;

    @BeforeAll
    static void fill() throws Exception {
        Messages.setLocale(Messages.VIETNAMESE);
        store = Store.open(folder);
        for (Plan sample : SamplePlans.plans()) {
            store.plans().create(sample);
        }
        for (int i = 0; i < 200; i++) {
            store.plans().create(PlanGenerator.plan(12, 500 + i));
        }
        plans = new PlanSnapshots(store.plans()).current();
        viewModel = new FollowUpViewModel(store.plans(), new ScriptedFollowUpDialogs(), new StoreChanges(), () -> TODAY,
                new ImmediateTaskExecutor());
    }

    @AfterAll
    static void close() {
        viewModel.dispose();
        store.close();
    }

    @Test
    void aQuarterWithExtendedDeadlinesShowsTheSameFiguresAsTheTab() throws Exception {
        ReportPeriod q2 = ReportPeriod.quarter(2026, 2, ReportPeriod.DEFAULT_CUT_OFF_DAY);
        ProgressReport report = sameFigures(q2);
        assertTrue(countedWithExtension(q2) > 0, "the period counts tasks whose deadline was extended");
        assertTrue(report.overdue().stream().anyMatch(o -> o.originalDue() != null), "an overdue task shows its original deadline");
    }

    @Test
    void aMonthWithTasksDoneLateShowsTheSameFiguresAsTheTab() throws Exception {
        ProgressReport report = sameFigures(ReportPeriod.month(2026, 11, ReportPeriod.DEFAULT_CUT_OFF_DAY));
        assertTrue(report.total().doneLate() > 0, report.total().toString());
    }

    @Test
    void aYearOfCalendarMonthsWithTheSamplesUndatedTasksShowsTheSameFiguresAsTheTab() throws Exception {
        ProgressReport report = sameFigures(ReportPeriod.wholeYear(2026, 1));
        assertTrue(report.total().withoutDatedDeadline() > 0, "the samples' recurring tasks are counted apart");
        assertEquals(report.total().withoutDatedDeadline(), report.undated().size());
    }

    /** Sets the tab to {@code period}, compares every row, and checks the unit and plan scopes against it. */
    private static ProgressReport sameFigures(ReportPeriod period) throws Exception {
        ReportSettings tab = viewModel.report();
        tab.cutOffDayProperty().set(period.from().getDayOfMonth());
        tab.kindProperty().set(period.kind());
        tab.yearProperty().set(period.year());
        tab.indexProperty().set(period.index());
        assertEquals(period, tab.period());

        ProgressReport report = ProgressReport.build(plans, period, ReportScope.ALL, TODAY);
        List<ReportSettings.Row> shown = tab.rows();
        List<String> reportNames = new ArrayList<>(report.rows().stream().map(UnitReport.Row::name).toList());
        reportNames.add(Messages.get("followup.report.allUnits"));
        assertEquals(shown.stream().map(ReportSettings.Row::unitName).toList(), reportNames);
        List<StateCounts> reportCounts = new ArrayList<>(report.rows().stream().map(UnitReport.Row::counts).toList());
        reportCounts.add(report.total());
        assertEquals(shown.stream().map(ReportSettings.Row::counts).toList(), reportCounts);
        assertEquals(report.total().notDoneOverdue(), report.overdue().size());
        assertTrue(report.overdue().stream().allMatch(o -> o.daysLate() > 0 && o.due().isBefore(report.asOf())));

        for (ReportSettings.Row row : shown.subList(0, shown.size() - 1)) {
            if (row.unitName().equals(Messages.get("followup.noLeadUnit"))) {
                continue;
            }
            ProgressReport unit = ProgressReport.build(plans, period, new ReportScope(null, row.unitName()), TODAY);
            assertEquals(row.counts(), unit.total(), row.unitName());
            assertEquals(row.counts().notDoneOverdue(), unit.overdue().size(), row.unitName());
        }
        StateCounts byPlan = StateCounts.NONE;
        for (Plan plan : plans) {
            byPlan = byPlan.plus(ProgressReport.build(plans, period, new ReportScope(plan.id(), null), TODAY).total());
        }
        assertEquals(report.total(), byPlan, "every task belongs to one plan");
        return report;
    }

    private static long countedWithExtension(ReportPeriod period) {
        return UnitReport.counted(plans, period, TODAY).stream()
                .filter(c -> !c.task().extensions().isEmpty() && c.state() != null && c.state() != TaskStatus.NO_DATED_DEADLINE).count();
    }
}

package vn.plandesk.bench;

import static vn.plandesk.bench.Timing.median;

import java.io.OutputStream;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import vn.plandesk.logic.export.ExportProgress;
import vn.plandesk.logic.export.docx.DocxOptions;
import vn.plandesk.logic.export.docx.PlanDocxWriter;
import vn.plandesk.logic.export.docx.ProgressReportDocxWriter;
import vn.plandesk.logic.export.xlsx.PlanXlsxWriter;
import vn.plandesk.logic.export.xlsx.ProgressReportXlsxWriter;
import vn.plandesk.logic.followup.ReportPeriod;
import vn.plandesk.logic.report.ProgressReport;
import vn.plandesk.logic.report.ReportScope;
import vn.plandesk.model.Plan;
import vn.plandesk.testing.PlanGenerator;

/**
 * How long the follow-up report takes over 200 plans of 50 tasks (10,000 tasks), counted and written as
 * .docx and .xlsx, as ratios against exporting one plan of 10,000 tasks in the same format (the same
 * number of task rows). Run with
 * {@code java -cp target/classes:target/test-classes:$(cat cp.txt) vn.plandesk.bench.ReportBenchmark}.
 */
public final class ReportBenchmark {
    private static final LocalDate TODAY = LocalDate.of(2026, 12, 20);
    private static final int RUNS = 5;

    private ReportBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        System.out.printf("Report benchmark, %d cores, Java %s; median of %d runs after one warm-up%n",
                Runtime.getRuntime().availableProcessors(), System.getProperty("java.version"), RUNS);
        List<Plan> plans = new ArrayList<>();
        for (int i = 0; i < 200; i++) {
            Plan p = PlanGenerator.plan(50, 1000 + i);
            plans.add(p.withIdentity((long) i + 1, 1));
        }
        Plan onePlan = PlanGenerator.plan(10_000, 7);
        ReportPeriod year = ReportPeriod.wholeYear(2026, ReportPeriod.DEFAULT_CUT_OFF_DAY);
        ProgressReport sample = ProgressReport.build(plans, year, ReportScope.ALL, TODAY);
        System.out.printf("  report: %d tasks counted, %d unit rows, %d overdue rows%n", sample.total().total(), sample.rows().size(),
                sample.overdue().size());

        double count = median(1, RUNS, () -> ProgressReport.build(plans, year, ReportScope.ALL, TODAY));
        double planDocx = median(1, RUNS, () -> new PlanDocxWriter().write(onePlan, DocxOptions.standard(), OutputStream.nullOutputStream(),
                ExportProgress.NONE));
        double reportDocx = median(1, RUNS, () -> new ProgressReportDocxWriter().write(ProgressReport.build(plans, year, ReportScope.ALL, TODAY),
                OutputStream.nullOutputStream(), ExportProgress.NONE));
        double planXlsx = median(1, RUNS, () -> new PlanXlsxWriter().write(onePlan, TODAY, OutputStream.nullOutputStream(), ExportProgress.NONE));
        double reportXlsx = median(1, RUNS, () -> new ProgressReportXlsxWriter().write(ProgressReport.build(plans, year, ReportScope.ALL, TODAY),
                OutputStream.nullOutputStream()));
        System.out.printf("  %-44s %9.1f ms%n", "counting the report (10,000 tasks)", count);
        System.out.printf("  %-44s %9.1f ms  %6.3f x plan .docx (%.1f ms)%n", "report .docx, counted and written", reportDocx,
                reportDocx / planDocx, planDocx);
        System.out.printf("  %-44s %9.1f ms  %6.3f x plan .xlsx (%.1f ms)%n", "report .xlsx, counted and written", reportXlsx,
                reportXlsx / planXlsx, planXlsx);
    }
}

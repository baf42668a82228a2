package vn.plandesk.cli;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import vn.plandesk.logic.export.ExportDestination;
import vn.plandesk.logic.export.ExportFormat;
import vn.plandesk.logic.export.ExportOptions;
import vn.plandesk.logic.export.ExportRequest;
import vn.plandesk.logic.export.ExportService;
import vn.plandesk.logic.export.ExportSubject;
import vn.plandesk.logic.files.FileWriteException;
import vn.plandesk.logic.followup.PlanSnapshots;
import vn.plandesk.logic.followup.ReportPeriod;
import vn.plandesk.logic.i18n.Messages;
import vn.plandesk.logic.report.PeriodText;
import vn.plandesk.logic.report.ProgressReport;
import vn.plandesk.logic.report.ReportRefusal;
import vn.plandesk.logic.report.ReportScope;
import vn.plandesk.logic.report.ReportWords;
import vn.plandesk.logic.store.Store;
import vn.plandesk.logic.store.StoreException;
import vn.plandesk.model.Plan;

/**
 * {@code plandesk report --period 2026-Q4 [--cutoff N] [--plan ID] [--unit NAME] --format docx|xlsx -o OUT}
 * (or {@code --from D --to D}): the report on tasks carried out for a period, with the figures the
 * follow-up view shows for it.
 */
@Command(name = "report", mixinStandardHelpOptions = true)
final class ReportCommand extends StoreCommand {

    @Option(names = "--period", paramLabel = "PERIOD", descriptionKey = "report.period")
    String period;

    @Option(names = "--from", paramLabel = "D", descriptionKey = "report.from")
    String from;

    @Option(names = "--to", paramLabel = "D", descriptionKey = "report.to")
    String to;

    @Option(names = "--cutoff", paramLabel = "N", descriptionKey = "report.cutoff")
    int cutOffDay = ReportPeriod.DEFAULT_CUT_OFF_DAY;

    @Option(names = "--plan", paramLabel = "ID", descriptionKey = "report.plan")
    Long planId;

    @Option(names = "--unit", paramLabel = "NAME", descriptionKey = "report.unit")
    String unit;

    @Option(names = "--format", required = true, paramLabel = "FORMAT", descriptionKey = "report.format",
            converter = FormatChoice.OfReport.class, completionCandidates = FormatChoice.OfReport.class)
    ExportFormat format;

    @Option(names = {"-o", "--output"}, required = true, paramLabel = "OUT", descriptionKey = "report.output")
    Path output;

    private ReportPeriod chosen;

    @Override
    void checkArguments() throws Refusal {
        boolean dates = from != null || to != null;
        if ((period == null) == !dates || dates && (from == null || to == null)) {
            throw new Refusal(Messages.get("report.periodAndDates"));
        }
        try {
            if (period != null) {
                chosen = PeriodText.parse(period, cutOffDay);
                return;
            }
        } catch (ReportRefusal e) {
            throw new Refusal(e.getMessage());
        }
        LocalDate start = ReportDates.parse(from);
        LocalDate end = ReportDates.parse(to);
        if (end.isBefore(start)) {
            throw new Refusal(Messages.get("report.datesReversed", ReportWords.day(start), ReportWords.day(end)));
        }
        chosen = ReportPeriod.custom(start, end);
    }

    @Override
    void run(Store store) throws StoreException, Refusal {
        List<Plan> plans = new PlanSnapshots(store.plans()).current();
        ProgressReport report;
        try {
            report = ProgressReport.build(plans, chosen, new ReportScope(planId, unit), LocalDate.now());
        } catch (ReportRefusal e) {
            throw new Refusal(e.getMessage());
        }
        if (report.total().total() == 0) {
            throw new Refusal(Messages.get("report.nothing", ReportWords.period(chosen)));
        }
        ExportRequest request = new ExportRequest(ExportSubject.report(report), format, ExportOptions.standard(report.asOf()),
                ExportDestination.file(output));
        try {
            new ExportService().export(request, null, null);
        } catch (FileWriteException e) {
            throw new Refusal(e.getMessage());
        }
        err().println(Messages.get("report.written", ReportWords.period(chosen), report.total().total(), output.toAbsolutePath()));
    }
}

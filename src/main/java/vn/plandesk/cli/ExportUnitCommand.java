package vn.plandesk.cli;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import vn.plandesk.logic.export.ExportFormat;
import vn.plandesk.logic.export.ExportService;
import vn.plandesk.logic.export.unitreport.UnitReport;
import vn.plandesk.logic.files.FileWriteException;
import vn.plandesk.logic.files.SafeFiles;
import vn.plandesk.logic.i18n.Messages;
import vn.plandesk.logic.export.ical.IcsWriter;
import vn.plandesk.logic.store.Store;
import vn.plandesk.logic.store.StoreException;
import vn.plandesk.model.Plan;
import vn.plandesk.model.PlanSummary;
import vn.plandesk.model.Unit;

/**
 * {@code plandesk export-unit NAME --format docx|xlsx|ics -o OUT}: every task one unit leads or
 * cooperates on, across all plans, as a letter, a sheet, or calendar deadlines. NAME is matched without accents; a name that fits no unit or
 * several says so in one line, listing the candidates.
 */
@Command(name = "export-unit", mixinStandardHelpOptions = true)
final class ExportUnitCommand extends StoreCommand {

    /** A unit report is a letter, a sheet, or its deadlines for a calendar. */
    enum Format { docx, xlsx, ics }

    @Parameters(paramLabel = "NAME", descriptionKey = "export-unit.name")
    String name;

    @Option(names = "--format", required = true, paramLabel = "FORMAT", descriptionKey = "export-unit.format")
    Format format;

    @Option(names = {"-o", "--output"}, required = true, paramLabel = "OUT", descriptionKey = "export-unit.output")
    Path output;

    @Override
    void run(Store store) throws StoreException, Refusal {
        List<Unit> candidates = UnitReport.unitsNamed(store.units().list(), name);
        if (candidates.isEmpty()) {
            throw new Refusal(Messages.get("export.unitUnknown", name));
        }
        if (candidates.size() > 1) {
            String names = candidates.stream().map(Unit::fullName).collect(Collectors.joining("; "));
            throw new Refusal(Messages.get("export.unitAmbiguous", name, candidates.size(), names));
        }
        Unit unit = candidates.get(0);
        if (format == Format.ics) {
            writeCalendar(store, unit);
            return;
        }
        UnitReport report = UnitReport.collect(store, unit, LocalDate.now());
        try {
            new ExportService().exportUnitReport(report, ExportFormat.valueOf(format.name().toUpperCase(Locale.ROOT)), output, null);
        } catch (FileWriteException e) {
            throw new Refusal(e.getMessage());
        }
        err().println(Messages.get("export.unitExported", report.assignments().size(), unit.fullName(), output.toAbsolutePath()));
    }

    private void writeCalendar(Store store, Unit unit) throws StoreException, Refusal {
        List<Plan> plans = new ArrayList<>();
        for (PlanSummary summary : store.plans().list()) {
            plans.add(store.plans().load(summary.id()));
        }
        try {
            SafeFiles.write(output, out -> new IcsWriter().writeUnit(unit.fullName(), plans, out));
        } catch (FileWriteException e) {
            throw new Refusal(e.getMessage());
        }
        err().println(Messages.get("cli.exportedUnitCalendar", unit.fullName(), output.toAbsolutePath()));
    }
}

package vn.plandesk.cli;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.stream.Collectors;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import vn.plandesk.logic.export.ExportDestination;
import vn.plandesk.logic.export.ExportFormat;
import vn.plandesk.logic.export.ExportOptions;
import vn.plandesk.logic.export.ExportRequest;
import vn.plandesk.logic.export.ExportService;
import vn.plandesk.logic.export.ExportSubject;
import vn.plandesk.logic.export.unitreport.UnitReport;
import vn.plandesk.logic.files.FileWriteException;
import vn.plandesk.logic.i18n.Messages;
import vn.plandesk.logic.store.Store;
import vn.plandesk.logic.store.StoreException;
import vn.plandesk.model.Unit;

/**
 * {@code plandesk export-unit NAME --format docx|xlsx|ics -o OUT}: every task one unit leads or
 * cooperates on, across all plans, as a letter, a sheet, or calendar deadlines. NAME is matched
 * without accents; a name that fits no unit or several says so in one line, listing the candidates.
 */
@Command(name = "export-unit", mixinStandardHelpOptions = true)
final class ExportUnitCommand extends StoreCommand {

    @Parameters(paramLabel = "NAME", descriptionKey = "export-unit.name")
    String name;

    @Option(names = "--format", required = true, paramLabel = "FORMAT", descriptionKey = "export-unit.format",
            converter = FormatChoice.OfUnit.class, completionCandidates = FormatChoice.OfUnit.class)
    ExportFormat format;

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
        UnitReport report = UnitReport.collect(store, unit, LocalDate.now());
        ExportRequest request = new ExportRequest(ExportSubject.unit(report), format, ExportOptions.standard(report.asOf()),
                ExportDestination.file(output));
        try {
            new ExportService().export(request, null, null);
        } catch (FileWriteException e) {
            throw new Refusal(e.getMessage());
        }
        err().println(format == ExportFormat.ICS
                ? Messages.get("cli.exportedUnitCalendar", unit.fullName(), output.toAbsolutePath())
                : Messages.get("export.unitExported", report.assignments().size(), unit.fullName(), output.toAbsolutePath()));
    }
}

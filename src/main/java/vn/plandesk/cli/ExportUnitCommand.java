package vn.plandesk.cli;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import vn.plandesk.logic.export.ExportFormat;
import vn.plandesk.logic.export.ExportMessages;
import vn.plandesk.logic.export.ExportService;
import vn.plandesk.logic.export.unitreport.UnitReport;
import vn.plandesk.logic.files.FileWriteException;
import vn.plandesk.logic.store.Store;
import vn.plandesk.logic.store.StoreException;
import vn.plandesk.model.Unit;

/**
 * {@code plandesk export-unit NAME --format docx|xlsx -o OUT}: every task one unit leads or
 * cooperates on, across all plans. NAME is matched without accents; a name that fits no unit or
 * several says so in one line, listing the candidates.
 */
@Command(name = "export-unit", mixinStandardHelpOptions = true)
final class ExportUnitCommand extends StoreCommand {

    /** A unit report is a letter or a sheet. */
    enum Format { docx, xlsx }

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
            throw new Refusal(ExportMessages.get("export.unitUnknown", name));
        }
        if (candidates.size() > 1) {
            String names = candidates.stream().map(Unit::fullName).collect(Collectors.joining("; "));
            throw new Refusal(ExportMessages.get("export.unitAmbiguous", name, candidates.size(), names));
        }
        Unit unit = candidates.get(0);
        UnitReport report = UnitReport.collect(store, unit, LocalDate.now());
        try {
            new ExportService().exportUnitReport(report, ExportFormat.valueOf(format.name().toUpperCase(Locale.ROOT)), output, null);
        } catch (FileWriteException e) {
            throw new Refusal(e.getMessage());
        }
        err().println(ExportMessages.get("export.unitExported", report.assignments().size(), unit.fullName(), output.toAbsolutePath()));
    }
}

package vn.plandesk.cli;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import vn.plandesk.logic.export.ExportDestination;
import vn.plandesk.logic.export.ExportFormat;
import vn.plandesk.logic.export.ExportOptions;
import vn.plandesk.logic.export.ExportRequest;
import vn.plandesk.logic.export.ExportResult;
import vn.plandesk.logic.export.ExportService;
import vn.plandesk.logic.export.ExportSubject;
import vn.plandesk.logic.files.FileWriteException;
import vn.plandesk.logic.followup.PlanSnapshots;
import vn.plandesk.logic.i18n.Messages;
import vn.plandesk.logic.report.ReportRefusal;
import vn.plandesk.logic.report.UrgingLetters;
import vn.plandesk.logic.store.Store;
import vn.plandesk.logic.store.StoreException;

/**
 * {@code plandesk urge --as-of D [--within N] [--unit NAME] [--report-by D] --format docx -o FOLDER}:
 * an urging letter for every unit with tasks overdue or due within N days, one file per unit.
 */
@Command(name = "urge", mixinStandardHelpOptions = true)
final class UrgeCommand extends StoreCommand {

    @Option(names = "--as-of", required = true, paramLabel = "D", descriptionKey = "urge.asOf")
    String asOf;

    @Option(names = "--within", paramLabel = "N", descriptionKey = "urge.within")
    int within = 7;

    @Option(names = "--unit", paramLabel = "NAME", descriptionKey = "urge.unit")
    String unit;

    @Option(names = "--report-by", paramLabel = "D", descriptionKey = "urge.reportBy")
    String reportBy;

    @Option(names = "--format", required = true, paramLabel = "FORMAT", descriptionKey = "urge.format",
            converter = FormatChoice.OfLetters.class, completionCandidates = FormatChoice.OfLetters.class)
    ExportFormat format;

    @Option(names = {"-o", "--output"}, required = true, paramLabel = "FOLDER", descriptionKey = "urge.output")
    Path folder;

    private LocalDate day;
    private LocalDate by;

    @Override
    void checkArguments() throws Refusal {
        day = ReportDates.parse(asOf);
        // A week to answer unless the user picks the day.
        by = reportBy == null ? day.plusDays(7) : ReportDates.parse(reportBy);
        if (Files.exists(folder) && !Files.isDirectory(folder)) {
            throw new Refusal(Messages.get("urge.notFolder", folder));
        }
    }

    @Override
    void run(Store store) throws StoreException, Refusal {
        UrgingLetters letters;
        try {
            letters = UrgingLetters.build(new PlanSnapshots(store.plans()).current(), day, within, by, unit);
        } catch (ReportRefusal e) {
            throw new Refusal(e.getMessage());
        }
        if (letters.letters().isEmpty()) {
            throw new Refusal(Messages.get("urge.nothing", within));
        }
        ExportRequest request = new ExportRequest(ExportSubject.letters(letters), format, ExportOptions.standard(day),
                ExportDestination.folder(folder));
        ExportResult written;
        try {
            written = new ExportService().export(request, null, null);
        } catch (FileWriteException e) {
            throw new Refusal(e.getMessage());
        }
        err().println(Messages.get("urge.written", written.files().size(), folder.toAbsolutePath()));
    }
}

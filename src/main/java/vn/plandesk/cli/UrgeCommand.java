package vn.plandesk.cli;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import vn.plandesk.logic.export.docx.UrgingLetterDocxWriter;
import vn.plandesk.logic.files.FileWriteException;
import vn.plandesk.logic.files.SafeFiles;
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

    enum Format { docx }

    @Option(names = "--as-of", required = true, paramLabel = "D", descriptionKey = "urge.asOf")
    String asOf;

    @Option(names = "--within", paramLabel = "N", descriptionKey = "urge.within")
    int within = 7;

    @Option(names = "--unit", paramLabel = "NAME", descriptionKey = "urge.unit")
    String unit;

    @Option(names = "--report-by", paramLabel = "D", descriptionKey = "urge.reportBy")
    String reportBy;

    @Option(names = "--format", required = true, paramLabel = "FORMAT", descriptionKey = "urge.format")
    Format format;

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
        List<String> names = letters.fileNames(format.name());
        try {
            Files.createDirectories(folder);
            for (int i = 0; i < names.size(); i++) {
                UrgingLetters.Letter letter = letters.letters().get(i);
                SafeFiles.write(folder.resolve(names.get(i)), out -> new UrgingLetterDocxWriter().write(letters, letter, out));
            }
        } catch (FileWriteException e) {
            throw new Refusal(e.getMessage());
        } catch (IOException e) {
            throw new Refusal(Messages.get("urge.notFolder", folder));
        }
        err().println(Messages.get("urge.written", names.size(), folder.toAbsolutePath()));
    }
}

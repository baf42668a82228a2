package vn.plandesk.cli;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.LocalDate;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import vn.plandesk.logic.export.ExportDestination;
import vn.plandesk.logic.export.ExportFormat;
import vn.plandesk.logic.export.ExportOptions;
import vn.plandesk.logic.export.ExportRequest;
import vn.plandesk.logic.export.ExportResult;
import vn.plandesk.logic.export.ExportService;
import vn.plandesk.logic.export.ExportSubject;
import vn.plandesk.logic.export.docx.DocxOptions;
import vn.plandesk.logic.files.FileWriteException;
import vn.plandesk.logic.i18n.Messages;
import vn.plandesk.logic.store.Store;
import vn.plandesk.logic.store.StoreException;

/**
 * {@code plandesk export ID --format FORMAT -o OUT [options]}: writes one plan to a file; the text
 * formats (json, mspdi, ics) also to the console with {@code -o -}. pdf and png are its timeline,
 * with the page options of {@link TimelineExportOptions}; docx takes {@code --appendix-only} and
 * {@code --draft}.
 */
@Command(name = "export", mixinStandardHelpOptions = true)
final class ExportCommand extends StoreCommand {

    @Parameters(paramLabel = "ID", descriptionKey = "export.id")
    long planId;

    @Option(names = "--format", required = true, paramLabel = "FORMAT", descriptionKey = "export.format",
            converter = FormatChoice.OfPlan.class, completionCandidates = FormatChoice.OfPlan.class)
    ExportFormat format;

    @Option(names = {"-o", "--output"}, required = true, paramLabel = "OUT", descriptionKey = "export.output")
    String output;

    @Option(names = "--appendix-only", descriptionKey = "export.appendixOnly")
    boolean appendixOnly;

    @Option(names = "--draft", descriptionKey = "export.draft")
    boolean draft;

    @Mixin
    TimelineExportOptions timeline;

    @Override
    void checkArguments() throws Refusal {
        if (toConsole() && !format.isText()) {
            throw new Refusal(Messages.get("export.stdoutTextOnly", FormatChoice.typed(format)));
        }
        if (format != ExportFormat.DOCX && (appendixOnly || draft)) {
            throw new Refusal(Messages.get("export.optionsDocxOnly", appendixOnly ? "--appendix-only" : "--draft"));
        }
        if (format.isTimeline()) {
            timeline.check();
        }
    }

    private boolean toConsole() {
        return output.equals("-");
    }

    @Override
    void run(Store store) throws StoreException, Refusal {
        ExportSubject plan = ExportSubject.plan(store.plans().load(planId));
        ExportOptions options = ExportOptions.standard(LocalDate.now())
                .withDocx(DocxOptions.standard().withAppendixOnly(appendixOnly).withDraft(draft))
                .withPages(timeline.setup())
                .withCalendar(store.calendar().calendar());
        if (toConsole()) {
            ByteArrayOutputStream console = new ByteArrayOutputStream();
            export(plan, options, ExportDestination.stream(console));
            out().print(console.toString(StandardCharsets.UTF_8));
            out().flush();
            return;
        }
        Path target = Path.of(output);
        ExportResult result = export(plan, options, ExportDestination.file(target));
        err().println(done(result, target));
    }

    private ExportResult export(ExportSubject plan, ExportOptions options, ExportDestination destination) throws Refusal {
        try {
            return new ExportService().export(new ExportRequest(plan, format, options, destination), null, null);
        } catch (FileWriteException e) {
            throw new Refusal(e.getMessage());
        }
    }

    private String done(ExportResult result, Path target) {
        return switch (format) {
            case PDF -> Messages.get("cli.exportedPdf", target.toAbsolutePath(), result.pages());
            case PNG -> Messages.get("cli.exportedPng", result.files().size(), result.files().get(0).toAbsolutePath());
            default -> Messages.get("cli.exported", planId, target.toAbsolutePath());
        };
    }
}

package vn.plandesk.cli;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Locale;
import java.util.Set;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import vn.plandesk.logic.export.ExportFormat;
import vn.plandesk.logic.export.ExportService;
import vn.plandesk.logic.export.docx.DocxOptions;
import vn.plandesk.logic.files.FileWriteException;
import vn.plandesk.logic.files.SafeFiles;
import vn.plandesk.logic.i18n.Messages;
import vn.plandesk.logic.export.ical.IcsWriter;
import vn.plandesk.logic.export.mspdi.MspdiWriter;
import vn.plandesk.logic.json.PlanJson;
import vn.plandesk.logic.store.Store;
import vn.plandesk.logic.store.StoreException;
import vn.plandesk.model.Plan;

/**
 * {@code plandesk export ID --format FORMAT -o OUT [options]}: writes one plan to a file; the text
 * formats (json, mspdi, ics) also to the console with {@code -o -}. pdf and png are its timeline,
 * with the page options of {@link TimelineExportOptions}; docx takes {@code --appendix-only} and
 * {@code --draft}.
 */
@Command(name = "export", mixinStandardHelpOptions = true)
final class ExportCommand extends StoreCommand {

    /** The formats a plan can be written in. */
    enum Format { json, docx, xlsx, pdf, png, mspdi, ics }

    private static final Set<Format> TEXT_FORMATS = Set.of(Format.json, Format.mspdi, Format.ics);

    @Parameters(paramLabel = "ID", descriptionKey = "export.id")
    long planId;

    @Option(names = "--format", required = true, paramLabel = "FORMAT", descriptionKey = "export.format")
    Format format;

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
        if (output.equals("-") && !TEXT_FORMATS.contains(format)) {
            throw new Refusal(Messages.get("export.stdoutTextOnly", format.name()));
        }
        if (format != Format.docx && (appendixOnly || draft)) {
            throw new Refusal(Messages.get("export.optionsDocxOnly", appendixOnly ? "--appendix-only" : "--draft"));
        }
        if (isTimeline()) {
            timeline.check(output);
        }
    }

    private boolean isTimeline() {
        return format == Format.pdf || format == Format.png;
    }

    @Override
    void run(Store store) throws StoreException, Refusal {
        Plan plan = store.plans().load(planId);
        try {
            if (output.equals("-")) {
                ByteArrayOutputStream bytes = new ByteArrayOutputStream();
                textContent(plan).writeTo(bytes);
                out().print(bytes.toString(StandardCharsets.UTF_8));
                out().flush();
                return;
            }
            Path target = Path.of(output);
            if (isTimeline()) {
                timeline.export(plan, store.calendar().calendar(), format == Format.pdf, target, err());
                return;
            }
            if (TEXT_FORMATS.contains(format)) {
                SafeFiles.write(target, textContent(plan));
            } else {
                DocxOptions options = DocxOptions.standard().withAppendixOnly(appendixOnly).withDraft(draft);
                new ExportService().exportPlan(plan, ExportFormat.valueOf(format.name().toUpperCase(Locale.ROOT)), options,
                        LocalDate.now(), target, null);
            }
            err().println(Messages.get("cli.exported", planId, target.toAbsolutePath()));
        } catch (FileWriteException | IOException e) {
            throw new Refusal(e.getMessage());
        }
    }

    private SafeFiles.Content textContent(Plan plan) {
        return switch (format) {
            case mspdi -> stream -> new MspdiWriter().write(plan, stream);
            case ics -> stream -> new IcsWriter().writePlan(plan, stream);
            default -> stream -> stream.write(new PlanJson().write(plan).getBytes(StandardCharsets.UTF_8));
        };
    }
}

package vn.plandesk.cli;

import java.nio.file.Path;
import java.time.LocalDate;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import vn.plandesk.logic.export.ExportFormat;
import vn.plandesk.logic.export.ExportMessages;
import vn.plandesk.logic.export.ExportService;
import vn.plandesk.logic.export.docx.DocxOptions;
import vn.plandesk.logic.files.FileWriteException;
import vn.plandesk.logic.i18n.Messages;
import vn.plandesk.logic.json.PlanJson;
import vn.plandesk.logic.store.Store;
import vn.plandesk.logic.store.StoreException;
import vn.plandesk.model.Plan;

/**
 * {@code plandesk export ID --format json|docx|xlsx -o OUT [--appendix-only] [--draft]}: writes one plan
 * to a file, or (json only) to the console with {@code -o -}.
 */
@Command(name = "export", mixinStandardHelpOptions = true)
final class ExportCommand extends StoreCommand {

    /** The formats a plan can be written in. */
    enum Format { json, docx, xlsx }

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

    @Override
    void checkArguments() throws Refusal {
        if (output.equals("-") && format != Format.json) {
            throw new Refusal(ExportMessages.get("export.stdoutJsonOnly", format.name()));
        }
        if (format != Format.docx && (appendixOnly || draft)) {
            throw new Refusal(ExportMessages.get("export.optionsDocxOnly", appendixOnly ? "--appendix-only" : "--draft"));
        }
    }

    @Override
    void run(Store store) throws StoreException, Refusal {
        Plan plan = store.plans().load(planId);
        if (output.equals("-")) {
            out().print(new PlanJson().write(plan));
            out().flush();
            return;
        }
        Path target = Path.of(output);
        DocxOptions options = DocxOptions.standard().withAppendixOnly(appendixOnly).withDraft(draft);
        try {
            new ExportService().exportPlan(plan, ExportFormat.valueOf(format.name().toUpperCase(java.util.Locale.ROOT)), options,
                    LocalDate.now(), target, null);
        } catch (FileWriteException e) {
            throw new Refusal(e.getMessage());
        }
        err().println(Messages.get("cli.exported", planId, target.toAbsolutePath()));
    }
}

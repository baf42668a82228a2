package vn.plandesk.cli;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import vn.plandesk.logic.files.FileWriteException;
import vn.plandesk.logic.files.SafeFiles;
import vn.plandesk.logic.i18n.Messages;
import vn.plandesk.logic.json.PlanJson;
import vn.plandesk.logic.store.Store;
import vn.plandesk.logic.store.StoreException;
import vn.plandesk.model.Plan;

/**
 * {@code plandesk export ID --format json|pdf|png -o OUT}: writes one plan to a file, or JSON to the console
 * with {@code -o -}; pdf and png are its timeline, with the page options of {@link TimelineExportOptions}.
 */
@Command(name = "export", mixinStandardHelpOptions = true)
final class ExportCommand extends StoreCommand {

    /** The formats a plan can be written in. */
    enum Format { json, pdf, png }

    @Parameters(paramLabel = "ID", descriptionKey = "export.id")
    long planId;

    @Option(names = "--format", required = true, paramLabel = "FORMAT", descriptionKey = "export.format")
    Format format;

    @Option(names = {"-o", "--output"}, required = true, paramLabel = "OUT", descriptionKey = "export.output")
    String output;

    @Mixin
    TimelineExportOptions timeline;

    @Override
    void checkArguments() throws Refusal {
        if (format != Format.json) {
            timeline.check(output);
        }
    }

    @Override
    void run(Store store) throws StoreException, Refusal {
        Plan plan = store.plans().load(planId);
        if (format != Format.json) {
            timeline.export(plan, format == Format.pdf, Path.of(output), err());
            return;
        }
        PlanJson json = new PlanJson();
        if (output.equals("-")) {
            out().print(json.write(plan));
            out().flush();
            return;
        }
        Path target = Path.of(output);
        try {
            SafeFiles.write(target, stream -> stream.write(json.write(plan).getBytes(StandardCharsets.UTF_8)));
        } catch (FileWriteException e) {
            throw new Refusal(e.getMessage());
        }
        err().println(Messages.get("cli.exported", planId, target.toAbsolutePath()));
    }
}

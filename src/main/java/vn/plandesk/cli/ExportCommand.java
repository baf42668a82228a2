package vn.plandesk.cli;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import vn.plandesk.logic.files.FileWriteException;
import vn.plandesk.logic.files.SafeFiles;
import vn.plandesk.logic.i18n.Messages;
import vn.plandesk.logic.importer.ical.IcsWriter;
import vn.plandesk.logic.importer.mspdi.MspdiWriter;
import vn.plandesk.logic.json.PlanJson;
import vn.plandesk.logic.store.Store;
import vn.plandesk.logic.store.StoreException;
import vn.plandesk.model.Plan;

/** {@code plandesk export ID --format json|mspdi|ics -o OUT}: writes one plan to a file, or to the console with {@code -o -}. */
@Command(name = "export", mixinStandardHelpOptions = true)
final class ExportCommand extends StoreCommand {

    /** The formats a plan can be written in. */
    enum Format { json, mspdi, ics }

    @Parameters(paramLabel = "ID", descriptionKey = "export.id")
    long planId;

    @Option(names = "--format", required = true, paramLabel = "FORMAT", descriptionKey = "export.format")
    Format format;

    @Option(names = {"-o", "--output"}, required = true, paramLabel = "OUT", descriptionKey = "export.output")
    String output;

    @Override
    void run(Store store) throws StoreException, Refusal {
        Plan plan = store.plans().load(planId);
        SafeFiles.Content content = switch (format) {
            case json -> stream -> stream.write(new PlanJson().write(plan).getBytes(StandardCharsets.UTF_8));
            case mspdi -> stream -> new MspdiWriter().write(plan, stream);
            case ics -> stream -> new IcsWriter().writePlan(plan, stream);
        };
        if (output.equals("-")) {
            java.io.ByteArrayOutputStream bytes = new java.io.ByteArrayOutputStream();
            try {
                content.writeTo(bytes);
            } catch (java.io.IOException e) {
                throw new Refusal(e.getMessage());
            }
            out().print(bytes.toString(StandardCharsets.UTF_8));
            out().flush();
            return;
        }
        Path target = Path.of(output);
        try {
            SafeFiles.write(target, content);
        } catch (FileWriteException e) {
            throw new Refusal(e.getMessage());
        }
        err().println(Messages.get("cli.exported", planId, target.toAbsolutePath()));
    }
}

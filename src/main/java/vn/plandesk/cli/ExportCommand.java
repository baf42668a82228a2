package vn.plandesk.cli;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import vn.plandesk.logic.files.FileWriteException;
import vn.plandesk.logic.files.SafeFiles;
import vn.plandesk.logic.i18n.Messages;
import vn.plandesk.logic.json.PlanJson;
import vn.plandesk.logic.store.Store;
import vn.plandesk.logic.store.StoreException;
import vn.plandesk.model.Plan;

/** {@code plandesk export ID --format json -o OUT}: writes one plan to a file, or to the console with {@code -o -}. */
@Command(name = "export", mixinStandardHelpOptions = true)
final class ExportCommand extends StoreCommand {

    /** The formats a plan can be written in. */
    enum Format { json }

    @Parameters(paramLabel = "ID", descriptionKey = "export.id")
    long planId;

    @Option(names = "--format", required = true, paramLabel = "FORMAT", descriptionKey = "export.format")
    Format format;

    @Option(names = {"-o", "--output"}, required = true, paramLabel = "OUT", descriptionKey = "export.output")
    String output;

    @Override
    void run(Store store) throws StoreException, Refusal {
        Plan plan = store.plans().load(planId);
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

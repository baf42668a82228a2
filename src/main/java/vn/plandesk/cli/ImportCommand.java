package vn.plandesk.cli;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;
import vn.plandesk.logic.i18n.Messages;
import vn.plandesk.logic.json.PlanJson;
import vn.plandesk.logic.json.PlanJsonException;
import vn.plandesk.logic.store.Store;
import vn.plandesk.logic.store.StoreException;
import vn.plandesk.model.Plan;

/** {@code plandesk import FILE}: stores a plan read from a plan JSON file and prints its id. */
@Command(name = "import", mixinStandardHelpOptions = true)
final class ImportCommand extends StoreCommand {

    @Parameters(paramLabel = "FILE", descriptionKey = "import.file")
    Path file;

    private Plan plan;

    @Override
    void checkArguments() throws Refusal {
        if (!Files.isRegularFile(file)) {
            throw new Refusal(Messages.get("cli.fileMissing", file));
        }
        String name = file.getFileName().toString().toLowerCase(Locale.ROOT);
        if (!name.endsWith(".json")) {
            throw new Refusal(Messages.get("cli.importJsonOnly", file.getFileName()));
        }
        try {
            plan = new PlanJson().read(file);
        } catch (PlanJsonException e) {
            throw new Refusal(Messages.get("cli.notAPlan", file.getFileName(), Messages.get(e.key(), e.args().toArray())));
        }
    }

    @Override
    void run(Store store) throws StoreException {
        out().println(store.plans().create(plan));
    }
}

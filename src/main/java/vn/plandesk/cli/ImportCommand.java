package vn.plandesk.cli;

import java.nio.file.Files;
import java.nio.file.Path;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import vn.plandesk.logic.i18n.Messages;
import vn.plandesk.logic.importer.ImportException;
import vn.plandesk.logic.importer.ImportResult;
import vn.plandesk.logic.importer.PlanImporter;
import vn.plandesk.logic.importer.PublicBodies;
import vn.plandesk.logic.store.Store;
import vn.plandesk.logic.store.StoreException;

/**
 * {@code plandesk import FILE [--json]}: reads a plan from a Word document (.docx, .doc), a text
 * file, an MS Project XML file or a plan JSON file. With {@code --json} it prints the plan read
 * (the samples' JSON, keys deadlines and units included) and stores nothing; without, it stores
 * the plan and prints its id.
 */
@Command(name = "import", mixinStandardHelpOptions = true)
final class ImportCommand extends StoreCommand {

    @Parameters(paramLabel = "FILE", descriptionKey = "import.file")
    Path file;

    @Option(names = "--json", descriptionKey = "import.json")
    boolean json;

    @Override
    void checkArguments() throws Refusal {
        if (Files.isDirectory(file)) {
            throw new Refusal(Messages.get("cli.fileIsFolder", file));
        }
        if (!Files.isRegularFile(file)) {
            throw new Refusal(Messages.get("cli.fileMissing", file));
        }
    }

    @Override
    void run(Store store) throws StoreException, Refusal {
        ImportResult result;
        try {
            result = new PlanImporter(store.units().list(), PublicBodies.withAdditions(store.folder())).read(file);
        } catch (ImportException e) {
            throw new Refusal(e.getMessage());
        }
        if (json) {
            out().print(PlanImporter.toJson(result));
            out().flush();
            return;
        }
        out().println(store.plans().create(result.plan()));
    }
}

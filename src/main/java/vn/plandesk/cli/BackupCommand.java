package vn.plandesk.cli;

import java.nio.file.Path;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import vn.plandesk.logic.store.Store;
import vn.plandesk.logic.store.StoreException;

/** {@code plandesk backup [-o FILE]}: a consistent dated copy of the store; prints where it went. */
@Command(name = "backup", mixinStandardHelpOptions = true)
final class BackupCommand extends StoreCommand {

    @Option(names = {"-o", "--output"}, paramLabel = "FILE", descriptionKey = "backup.output")
    Path output;

    @Override
    void run(Store store) throws StoreException {
        out().println(store.backups().backup(output).toAbsolutePath());
    }
}

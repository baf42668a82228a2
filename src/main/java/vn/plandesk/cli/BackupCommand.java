package vn.plandesk.cli;

import java.nio.file.Path;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import vn.plandesk.logic.store.Store;
import vn.plandesk.logic.store.StoreException;

/**
 * {@code plandesk backup [-o FILE] [--portable]}: a consistent dated copy of the store; prints where
 * it went. A server store's copy, and a data folder's with {@code --portable}, is a portable archive.
 */
@Command(name = "backup", mixinStandardHelpOptions = true)
final class BackupCommand extends StoreCommand {

    @Option(names = {"-o", "--output"}, paramLabel = "FILE", descriptionKey = "backup.output")
    Path output;

    @Option(names = "--portable", descriptionKey = "backup.portable")
    boolean portable;

    @Override
    void run(Store store) throws StoreException {
        out().println(store.backups().backup(output, portable).toAbsolutePath());
    }
}

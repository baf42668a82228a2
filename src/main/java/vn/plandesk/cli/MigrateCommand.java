package vn.plandesk.cli;

import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import vn.plandesk.logic.i18n.Messages;
import vn.plandesk.logic.store.Store;
import vn.plandesk.logic.store.StoreException;
import vn.plandesk.logic.store.StoreLocation;
import vn.plandesk.logic.store.StoreMigration;

/**
 * {@code plandesk migrate --from FOLDER --to postgresql://... [--append]}: moves an office's data to
 * its server (or back) in one transaction on the target and prints what each side holds.
 */
@Command(name = "migrate", mixinStandardHelpOptions = true)
final class MigrateCommand extends StoreCommand {

    @Option(names = "--from", required = true, paramLabel = "PATH|postgresql://...", descriptionKey = "migrate.from")
    String from;

    @Option(names = "--to", required = true, paramLabel = "postgresql://...|PATH", descriptionKey = "migrate.to")
    String to;

    @Option(names = "--append", descriptionKey = "migrate.append")
    boolean append;

    /** The source is the store this command opens; the target is opened beside it. */
    @Override
    StoreLocation storeLocation() throws StoreException {
        return StoreLocation.parse(from);
    }

    @Override
    void run(Store source) throws StoreException, Refusal {
        try (Store destination = Store.open(StoreLocation.parse(to))) {
            if (destination.location().equals(source.location())) {
                throw new Refusal(Messages.get("cli.migrate.sameStore"));
            }
            StoreMigration.Result result = StoreMigration.copy(source, destination, append);
            print(source.location(), result.source());
            print(destination.location(), result.target());
        }
    }

    private void print(StoreLocation where, StoreMigration.Counts counts) {
        out().println(Messages.get("cli.migrate.counts", where, counts.plans(), counts.phases(), counts.tasks(), counts.units(),
                counts.calendarEdits()));
    }
}

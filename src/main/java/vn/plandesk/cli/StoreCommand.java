package vn.plandesk.cli;

import java.io.PrintWriter;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import vn.plandesk.logic.i18n.Messages;
import vn.plandesk.logic.store.Store;
import vn.plandesk.logic.store.StoreException;
import vn.plandesk.logic.store.StoreLocation;

/**
 * A subcommand that works on the store: opens it, runs, closes it, and turns any refusal into the
 * one-line message and exit code of the command line.
 */
abstract class StoreCommand implements Callable<Integer> {

    /** A refusal whose message is already a sentence for the user. */
    static final class Refusal extends Exception {
        Refusal(String message) {
            super(message);
        }
    }

    @CommandLine.ParentCommand
    PlanDeskCommand root;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public final Integer call() {
        try {
            checkArguments();
            try (Store store = Store.open(storeLocation())) {
                run(store);
            }
            return CommandLine.ExitCode.OK;
        } catch (StoreException | Refusal e) {
            err().println(Messages.get("cli.error", PlanDeskCommand.oneLine(e)));
            return PlanDeskCommand.FAILED;
        } catch (RuntimeException e) {
            StoreException told = StoreException.fromEngine(e);
            if (told == null) {
                throw e;
            }
            err().println(Messages.get("cli.error", PlanDeskCommand.oneLine(told)));
            return PlanDeskCommand.FAILED;
        }
    }

    /** The store the command works on: --db's, or the user's data folder. */
    StoreLocation storeLocation() throws StoreException {
        return root.location();
    }

    /** Checks what can be checked before the store is opened (a missing input file ...). */
    void checkArguments() throws Refusal {
    }

    abstract void run(Store store) throws StoreException, Refusal;

    PrintWriter out() {
        return spec.commandLine().getOut();
    }

    PrintWriter err() {
        return spec.commandLine().getErr();
    }
}

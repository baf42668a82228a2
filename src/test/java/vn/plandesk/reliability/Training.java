package vn.plandesk.reliability;

import java.nio.file.Path;
import vn.plandesk.cli.PlanDeskCommand;
import vn.plandesk.logic.store.Store;

/**
 * Once per test run, what the suite's child processes do (a Worker's rounds, a command's import and
 * list), so that the JVM can keep the classes it loaded for all of them (see {@link Child}).
 */
public final class Training {
    private Training() {
    }

    public static void main(String[] args) throws Exception {
        Path dir = Path.of(args[0]);
        Path store = dir.resolve("store");
        Path backup = dir.resolve("backup.zip");
        Worker.cycle(store, null, 1);
        try (Store s = Store.open(store)) {
            s.backups().backup(backup);
        }
        Worker.cycle(store, backup, 2);
        int imported = PlanDeskCommand.run("--db", store.toString(), "import", args[1]);
        int listed = PlanDeskCommand.run("--db", store.toString(), "list");
        System.exit(imported == 0 && listed == 0 ? 0 : 1);
    }
}

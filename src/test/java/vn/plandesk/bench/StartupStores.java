package vn.plandesk.bench;

import java.nio.file.Path;
import vn.plandesk.logic.store.Store;
import vn.plandesk.testing.PlanGenerator;

/**
 * Fills a store for {@code src/test/scripts/startup-bench.sh}: {@code StartupStores FOLDER PLANS TASKS}
 * stores PLANS generated plans of TASKS tasks each and prints the id of the last one.
 */
public final class StartupStores {
    /** The seed of the first plan stored; the plans after it take the next seeds. */
    static final int FIRST_SEED = 1000;

    private StartupStores() {
    }

    public static void main(String[] args) throws Exception {
        int plans = Integer.parseInt(args[1]);
        int tasks = Integer.parseInt(args[2]);
        long last = 0;
        try (Store store = Store.open(Path.of(args[0]))) {
            for (int i = 0; i < plans; i++) {
                last = store.plans().create(PlanGenerator.plan(tasks, FIRST_SEED + i));
            }
        }
        System.out.println(last);
    }
}

package vn.plandesk.reliability;

import java.nio.file.Path;
import java.time.LocalDate;
import vn.plandesk.logic.store.Backups;
import vn.plandesk.logic.store.Store;
import vn.plandesk.model.Plan;
import vn.plandesk.model.Task;
import vn.plandesk.testing.PlanGenerator;

/** Imports, edits and restores on a store until killed, telling each step once it is committed. */
public final class Worker {
    static final int TASKS = 200;

    private Worker() {
    }

    public static void main(String[] args) throws Exception {
        Path dir = Path.of(args[0]);
        boolean restores = args[1].equals("restore");
        Path backup = restores ? Path.of(args[2]) : null;
        System.out.println("ready");
        System.out.flush();
        for (int seed = 1; ; seed++) {
            cycle(dir, backup, seed);
        }
    }

    /** One round: the restore of {@code backup} (when given), then a new plan stored and one of its tasks edited. */
    static void cycle(Path dir, Path backup, int seed) throws Exception {
        if (backup != null) {
            Backups.restore(dir, backup);
            System.out.println("restored");
        }
        try (Store store = Store.open(dir)) {
            long id = store.plans().create(PlanGenerator.plan(TASKS, seed));
            System.out.println("created " + id);
            Plan plan = store.plans().load(id);
            Task t = plan.allTasks().get(0);
            store.plans().updateTask(id, plan.version(), t.withCompletion(LocalDate.of(2026, 5, 4), 100));
            System.out.println("edited " + id);
        }
        System.out.flush();
    }
}

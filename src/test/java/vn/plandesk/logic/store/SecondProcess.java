package vn.plandesk.logic.store;

import java.nio.file.Path;
import vn.plandesk.model.Plan;
import vn.plandesk.model.Task;
import vn.plandesk.testing.PlanGenerator;

/** What another PlanDesk process does to a shared store, driven by {@link ProcessesTest}. */
public final class SecondProcess {
    private SecondProcess() {
    }

    public static void main(String[] args) throws Exception {
        Path dir = Path.of(args[1]);
        try (Store store = Store.open(dir)) {
            switch (args[0]) {
                case "import-slowly" -> {
                    int tasks = Integer.parseInt(args[2]);
                    store.plans().create(PlanGenerator.plan(tasks, 99), (written, total) -> {
                        if (written % 500 == 0) {
                            System.out.println("written " + written);
                            System.out.flush();
                        }
                        if (written > 1000) {
                            pause(); // keeps the transaction open long enough for the test to kill the process inside it
                        }
                    });
                    System.out.println("done");
                }
                case "create" -> System.out.println("created " + store.plans().create(PlanGenerator.plan(3, 5)));
                case "edit-then-wait" -> {
                    long planId = store.plans().create(PlanGenerator.plan(3, 5));
                    Plan plan = store.plans().load(planId);
                    Task t = plan.allTasks().get(0);
                    store.plans().updateTask(planId, plan.version(), t.withCompletion(java.time.LocalDate.of(2026, 5, 4), 100));
                    System.out.println("stored " + planId);
                    System.out.flush();
                    Thread.sleep(60_000); // the window stays open until the test kills it
                }
                case "rename-first-task" -> {
                    long planId = Long.parseLong(args[2]);
                    Plan plan = store.plans().load(planId);
                    Task t = plan.allTasks().get(0);
                    Task renamed = new Task(t.id(), t.label(), args[3], t.deadline(), t.start(), t.deliverable(), t.lead(), t.support(),
                            t.percentDone(), t.completedOn(), t.notes(), t.extensions());
                    System.out.println("version " + store.plans().updateTask(planId, plan.version(), renamed));
                }
                default -> throw new IllegalArgumentException(args[0]);
            }
        }
    }

    private static void pause() {
        try {
            Thread.sleep(2);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}

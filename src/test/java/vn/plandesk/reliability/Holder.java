package vn.plandesk.reliability;

import java.nio.file.Path;
import vn.plandesk.logic.store.Store;
import vn.plandesk.testing.PlanGenerator;

/** Holds a store open the way the window does (stores a plan, then waits) until killed or 60 s pass. */
public final class Holder {
    private Holder() {
    }

    public static void main(String[] args) throws Exception {
        try (Store store = Store.open(Path.of(args[0]))) {
            long id = store.plans().create(PlanGenerator.plan(5, 7));
            System.out.println("holding " + id);
            System.out.flush();
            Thread.sleep(Long.parseLong(args.length > 1 ? args[1] : "60000"));
        }
    }
}

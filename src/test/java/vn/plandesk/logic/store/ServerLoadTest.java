package vn.plandesk.logic.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.LongStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.plandesk.model.Plan;
import vn.plandesk.model.Task;
import vn.plandesk.testing.DeskLoad;
import vn.plandesk.testing.DeskLoad.Attempt;
import vn.plandesk.testing.TestServer;

/**
 * Eight desks, each with its own connections, make 500 edits each to the same eight plans on one
 * server at once (half of them on a plan of the desk's own, half on any). Afterwards every edit stored is in the store (replaying them in the order of the
 * versions they got gives exactly what the store holds), every edit refused was refused to its desk
 * as stale and left nothing, and no desk ever saw a plan's version go back.
 */
class ServerLoadTest {
    private static final int DESKS = 8;
    private static final int EDITS = 500;
    /** Every plan is edited by several desks at once. */
    private static final int PLANS = 8;

    @TempDir
    Path dir;

    @Test
    void eightDesksOnOverlappingPlansLoseNoStoredEditAndKeepNoRefusedOne() throws Exception {
        ServerAddress office = TestServer.addressFor(dir);
        Map<Long, Plan> before = new HashMap<>();
        try (Store store = Store.open(office)) {
            for (long id : DeskLoad.plans(office, PLANS)) {
                before.put(id, store.plans().load(id));
            }
        }

        List<DeskLoad.Desk> desks = DeskLoad.run(office, List.copyOf(before.keySet()), DESKS, EDITS, 7).desks();

        List<Attempt> stored = new ArrayList<>();
        List<Attempt> refused = new ArrayList<>();
        for (DeskLoad.Desk desk : desks) {
            assertEquals(EDITS, desk.attempts().size());
            for (Attempt a : desk.attempts()) {
                if (a.stored() != null) {
                    assertEquals(a.fromVersion() + 1, a.stored(), "a stored edit moves the version it was made on by one");
                    stored.add(a);
                } else {
                    assertEquals(StoreException.Reason.STALE, a.refusal().reason(), a.refusal().getMessage());
                    assertEquals(new StoreException(StoreException.Reason.STALE, "store.stale", a.planId()).getMessage(),
                            a.refusal().getMessage(), "the desk is told what it is told today");
                    refused.add(a);
                }
            }
            desk.versionsSeen().forEach((plan, versions) -> {
                for (int i = 1; i < versions.size(); i++) {
                    assertTrue(versions.get(i) >= versions.get(i - 1), "plan " + plan + " went back: " + versions);
                }
            });
        }
        assertTrue(!stored.isEmpty() && !refused.isEmpty(), "the desks overlapped: " + stored.size() + " stored, " + refused.size() + " refused");

        try (Store store = Store.open(office)) {
            for (Plan initial : before.values()) {
                Plan after = store.plans().load(initial.id());
                List<Attempt> chain = stored.stream().filter(a -> a.planId() == initial.id())
                        .sorted(Comparator.comparingLong(Attempt::stored)).toList();
                assertEquals(LongStream.rangeClosed(initial.version() + 1, after.version()).boxed().toList(),
                        chain.stream().map(Attempt::stored).toList(), "one stored edit for each version, none lost, none twice");
                assertEquals(replay(initial, chain), shape(after), "every stored edit is in the store");
                String everything = shape(after).toString();
                refused.stream().filter(a -> a.planId() == initial.id())
                        .forEach(a -> assertTrue(!everything.contains(a.mark()), "refused edit " + a.mark() + " was stored"));
            }
        }
    }

    /** What the plan holds that the edits change: its subject, and each task's content, notes and progress by id. */
    private static Map<String, String> shape(Plan plan) {
        Map<String, String> shape = new HashMap<>();
        shape.put("subject", plan.subject());
        for (Task t : plan.allTasks()) {
            shape.put("task " + t.id(), describe(t));
        }
        return shape;
    }

    private static String describe(Task t) {
        return t.content() + " | " + t.notes() + " | " + t.percentDone();
    }

    /** The plan as the stored edits leave it, applied in the order of the versions they got. */
    private static Map<String, String> replay(Plan initial, List<Attempt> chain) {
        Map<String, String> shape = shape(initial);
        for (Attempt a : chain) {
            switch (a.kind()) {
                case EDIT_TASK, ADD_TASK -> shape.put("task " + a.task().id(), describe(a.task()));
                case RENAME -> shape.put("subject", a.subject());
                case DELETE_TASK -> shape.remove("task " + a.taskId());
            }
        }
        return shape;
    }
}

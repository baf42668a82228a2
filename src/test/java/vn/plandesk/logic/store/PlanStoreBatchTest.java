package vn.plandesk.logic.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.plandesk.logic.i18n.Messages;
import vn.plandesk.model.Plan;
import vn.plandesk.model.Task;
import vn.plandesk.model.TimeExpression;
import vn.plandesk.testing.PlanGenerator;
import vn.plandesk.testing.StoreFaults;

/** Several changes of one user action are stored together or not at all. */
class PlanStoreBatchTest {
    @TempDir
    Path dir;
    Store store;
    PlanStore plans;
    long planId;

    @BeforeEach
    void open() throws StoreException {
        Messages.setLocale(Messages.VIETNAMESE);
        store = Store.open(dir);
        plans = store.plans();
        planId = plans.create(PlanGenerator.plan(12, 3));
    }

    @AfterEach
    void close() {
        store.close();
    }

    /** Moves the first task to the end of the last phase, deletes the second, then adds two new tasks first. */
    private void moveDeleteAndAddTwo(PlanStore changes) throws StoreException {
        Plan plan = changes.load(planId);
        long version = plan.version();
        long lastPhase = plan.phases().get(plan.phases().size() - 1).id();
        long firstPhase = plan.phases().get(0).id();
        version = changes.moveTask(planId, version, plan.allTasks().get(0).id(), lastPhase, Integer.MAX_VALUE);
        version = changes.deleteTask(planId, version, plan.allTasks().get(1).id());
        version = changes.addTask(planId, version, firstPhase, 0, Task.of("Việc mới một", TimeExpression.none())).version();
        changes.addTask(planId, version, firstPhase, 0, Task.of("Việc mới hai", TimeExpression.none()));
    }

    @Test
    void aBatchBrokenInItsMiddleLeavesThePlanExactlyAsItWas() throws Exception {
        Plan before = plans.load(planId);

        StoreException refused;
        try (StoreFaults faults = StoreFaults.failTaskInsertsAfter(store, 1)) {
            refused = assertThrows(StoreException.class, () -> plans.inOneTransaction(this::moveDeleteAndAddTwo));
        }

        assertEquals(before, plans.load(planId), "the move, the delete and the first insert were taken back with the failed one");
        assertEquals(before.version(), plans.version(planId));
        assertEquals("Ổ đĩa đã đầy, không lưu được thay đổi. Dữ liệu trong kho vẫn như trước.", refused.getMessage());
    }

    @Test
    void aWholeBatchIsStoredWithEveryChange() throws StoreException {
        Plan before = plans.load(planId);

        plans.inOneTransaction(this::moveDeleteAndAddTwo);

        Plan after = plans.load(planId);
        assertEquals(before.taskCount() + 1, after.taskCount());
        assertEquals(List.of("Việc mới hai", "Việc mới một"),
                after.phases().get(0).tasks().stream().limit(2).map(Task::content).toList());
        List<Task> lastTasks = after.phases().get(after.phases().size() - 1).tasks();
        assertEquals(before.allTasks().get(0).content(), lastTasks.get(lastTasks.size() - 1).content());
    }
}

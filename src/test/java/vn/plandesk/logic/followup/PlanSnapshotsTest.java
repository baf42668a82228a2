package vn.plandesk.logic.followup;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static vn.plandesk.logic.followup.FollowUpPlans.day;
import static vn.plandesk.logic.followup.FollowUpPlans.plan;
import static vn.plandesk.logic.followup.FollowUpPlans.task;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.plandesk.logic.store.Store;
import vn.plandesk.logic.store.StoreException;
import vn.plandesk.model.Plan;
import vn.plandesk.model.Task;

/** The plans the follow-up view keeps: re-read only when their version changed, and always what the store holds. */
class PlanSnapshotsTest {
    @TempDir
    Path folder;
    private Store store;
    private long first;
    private long second;

    @BeforeEach
    void open() throws StoreException {
        store = Store.open(folder);
        first = store.plans().create(plan(0, "15/KH-UBND", day(2026, 1, 15), task(0, "Trình dự thảo", day(2026, 3, 1), null, "Sở Tư pháp")));
        second = store.plans().create(plan(0, "40/KH-UBND", day(2026, 2, 1), task(0, "Báo cáo", day(2026, 3, 5), null, "Sở Y tế")));
    }

    @AfterEach
    void close() {
        store.close();
    }

    @Test
    void keepsUnchangedPlansAndReadsChangedOnesAgain() throws StoreException {
        PlanSnapshots snapshots = new PlanSnapshots(store.plans());
        List<Plan> before = snapshots.current();
        Plan changed = store.plans().load(second);
        store.plans().updateTask(second, changed.version(), changed.allTasks().get(0).withCompletion(day(2026, 3, 4), 100));

        List<Plan> after = snapshots.current();

        assertSame(find(before, first), find(after, first), "not read again");
        assertEquals(store.plans().load(second), find(after, second));
    }

    @Test
    void aTaskStoredHereIsTakenInAndMatchesTheStore() throws StoreException {
        PlanSnapshots snapshots = new PlanSnapshots(store.plans());
        Plan kept = find(snapshots.current(), first);
        Task task = kept.allTasks().get(0);

        snapshots.taskStored(new TaskActions(store.plans()).extend(PlanRef.of(kept), task, "trước ngày 30/4", day(2026, 3, 20), "Chờ ý kiến"));
        snapshots.taskStored(new TaskActions(store.plans()).markDone(PlanRef.of(store.plans().load(first)),
                store.plans().load(first).allTasks().get(0), day(2026, 3, 21), day(2026, 3, 21)));

        assertEquals(store.plans().load(first), find(snapshots.current(), first));
    }

    @Test
    void aDeletedPlanLeaves() throws StoreException {
        PlanSnapshots snapshots = new PlanSnapshots(store.plans());
        snapshots.current();
        store.plans().delete(first, store.plans().version(first));
        assertEquals(List.of(second), snapshots.current().stream().map(Plan::id).toList());
    }

    private static Plan find(List<Plan> plans, long id) {
        return plans.stream().filter(p -> p.id() == id).findFirst().orElseThrow();
    }
}

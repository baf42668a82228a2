package vn.plandesk.logic.followup;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static vn.plandesk.logic.followup.FollowUpPlans.FINANCE;
import static vn.plandesk.logic.followup.FollowUpPlans.HOME_AFFAIRS;
import static vn.plandesk.logic.followup.FollowUpPlans.day;
import static vn.plandesk.logic.followup.FollowUpPlans.plan;
import static vn.plandesk.logic.followup.FollowUpPlans.task;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.plandesk.logic.i18n.Messages;
import vn.plandesk.logic.store.PlanStore;
import vn.plandesk.logic.store.Store;
import vn.plandesk.logic.store.StoreException;
import vn.plandesk.model.Plan;
import vn.plandesk.model.Task;
import vn.plandesk.model.TaskStatus;
import vn.plandesk.model.TimeKind;

/** Marking done and extending against a real store, including a plan changed meanwhile by someone else. */
class TaskActionsTest {
    private static final LocalDate TODAY = day(2026, 3, 20);

    @TempDir
    Path folder;
    private Store store;
    private PlanStore plans;
    private TaskActions actions;
    private Plan stored;

    @BeforeEach
    void open() throws StoreException {
        Messages.setLocale(Messages.VIETNAMESE);
        store = Store.open(folder);
        plans = store.plans();
        actions = new TaskActions(plans);
        long id = plans.create(plan(0, "15/KH-UBND", day(2026, 1, 15),
                task(0, "Trình dự thảo Quyết định", day(2026, 3, 1), null, FINANCE),
                task(0, "Tổng hợp báo cáo", day(2026, 3, 10), null, HOME_AFFAIRS)));
        stored = plans.load(id);
    }

    @AfterEach
    void close() {
        store.close();
    }

    @Test
    void aTaskMarkedDoneIsStoredWithItsDateAndFull() throws StoreException {
        Task late = stored.allTasks().get(0);
        long version = actions.markDone(PlanRef.of(stored), late, day(2026, 3, 18), TODAY).version();

        Task now = plans.load(stored.id()).allTasks().get(0);
        assertEquals(stored.version() + 1, version);
        assertEquals(day(2026, 3, 18), now.completedOn());
        assertEquals(100, now.percentDone());
        assertEquals(TaskStatus.DONE_LATE, now.status(TODAY, 7));
    }

    @Test
    void aCompletionDateStillToComeIsRefused() {
        StoreException e = assertThrows(StoreException.class,
                () -> actions.markDone(PlanRef.of(stored), stored.allTasks().get(0), day(2026, 3, 21), TODAY));
        assertEquals("Ngày hoàn thành 21/03/2026 là ngày chưa tới (hôm nay là 20/03/2026).", e.getMessage());
    }

    @Test
    void anExtensionReadsTheWordsInThePlansYearAndKeepsTheOriginal() throws StoreException {
        Task late = stored.allTasks().get(0);
        actions.extend(PlanRef.of(stored), late, "trước ngày 30/4", TODAY, "Chờ ý kiến Bộ Tài chính");

        Task now = plans.load(stored.id()).allTasks().get(0);
        assertEquals(day(2026, 3, 1), now.deadline().due(), "the original deadline stays");
        assertEquals(day(2026, 4, 30), now.deadlineInForce().due());
        assertEquals("trước ngày 30/4", now.deadlineInForce().raw());
        assertEquals(TODAY, now.extensions().get(0).grantedOn());
        assertEquals("Chờ ý kiến Bộ Tài chính", now.extensions().get(0).reason());
        assertEquals(TaskStatus.NOT_DONE_WITHIN_DEADLINE, now.status(TODAY, 7));
    }

    @Test
    void anExtensionNeedsWordsThatNameALaterDay() {
        Task late = stored.allTasks().get(0);
        PlanRef plan = PlanRef.of(stored);
        assertEquals("Không hiểu thời hạn “khi nào xong”. Hãy ghi như “trước ngày 30/6/2026” hoặc “Quý III/2026”.",
                assertThrows(StoreException.class, () -> actions.extend(plan, late, "khi nào xong", TODAY, null)).getMessage());
        assertEquals("“thường xuyên” không chỉ ra một ngày hết hạn. Gia hạn cần một thời hạn cụ thể, ví dụ “trước ngày 30/6/2026”.",
                assertThrows(StoreException.class, () -> actions.extend(plan, late, "thường xuyên", TODAY, null)).getMessage());
        assertEquals("Thời hạn mới (28/02/2026) phải sau thời hạn đang áp dụng (01/03/2026).",
                assertThrows(StoreException.class, () -> actions.extend(plan, late, "trước ngày 28/02/2026", TODAY, null)).getMessage());
        assertThrows(StoreException.class, () -> actions.extend(plan, late, "  ", TODAY, null));
        assertEquals(TimeKind.QUARTER, assertDoesNotThrow(plan, late, "Quý III/2026").kind());
    }

    @Test
    void anotherTaskChangedMeanwhileDoesNotStopTheChange() throws StoreException {
        Task other = stored.allTasks().get(1);
        plans.updateTask(stored.id(), stored.version(), other.withCompletion(day(2026, 3, 9), 100));

        long version = actions.markDone(PlanRef.of(stored), stored.allTasks().get(0), TODAY, TODAY).version();

        Plan now = plans.load(stored.id());
        assertEquals(stored.version() + 2, version);
        assertEquals(List.of(TODAY, day(2026, 3, 9)), now.allTasks().stream().map(Task::completedOn).toList(), "both changes kept");
    }

    @Test
    void theSameTaskChangedMeanwhileIsReportedAndNotOverwritten() throws StoreException {
        Task seen = stored.allTasks().get(0);
        plans.updateTask(stored.id(), stored.version(), seen.withCompletion(day(2026, 3, 5), 100));

        StoreException e = assertThrows(StoreException.class, () -> actions.markDone(PlanRef.of(stored), seen, TODAY, TODAY));

        assertEquals(StoreException.Reason.STALE, e.reason());
        assertEquals(day(2026, 3, 5), plans.load(stored.id()).allTasks().get(0).completedOn(), "the other change stays");
    }

    @Test
    void aRenamedLeadUnitIsNotAChangeToTheTask() throws StoreException {
        Task seen = stored.allTasks().get(0);
        store.units().rename(seen.lead().get(0).id(), "Sở Tài chính tỉnh Lạng Sơn", null);

        actions.markDone(PlanRef.of(stored), seen, TODAY, TODAY);

        Task now = plans.load(stored.id()).allTasks().get(0);
        assertEquals(TODAY, now.completedOn());
        assertEquals("Sở Tài chính tỉnh Lạng Sơn", now.lead().get(0).name());
        assertEquals(1, store.units().list().stream().filter(u -> u.fullName().startsWith("Sở Tài chính")).count(), "no unit made again");
    }

    private vn.plandesk.model.TimeExpression assertDoesNotThrow(PlanRef plan, Task task, String words) {
        try {
            return actions.readNewDeadline(plan, task, words);
        } catch (StoreException e) {
            throw new AssertionError(words + ": " + e.getMessage(), e);
        }
    }
}

package vn.plandesk.logic.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.plandesk.model.DocumentType;
import vn.plandesk.model.Extension;
import vn.plandesk.model.Phase;
import vn.plandesk.model.Plan;
import vn.plandesk.model.PlanHeader;
import vn.plandesk.model.PlanStatus;
import vn.plandesk.model.PlanSummary;
import vn.plandesk.model.Task;
import vn.plandesk.model.TimeExpression;
import vn.plandesk.model.TimeKind;
import vn.plandesk.model.UnitRef;
import vn.plandesk.testing.PlanGenerator;
import vn.plandesk.testing.Plans;

class PlanStoreTest {
    /** The store in {@code folder}: H2 here, a database on a real PostgreSQL server in {@code PlanStoreOnServerTest}. */
    Store openStore(Path folder) throws StoreException {
        return Store.open(folder);
    }

    @TempDir
    Path dir;
    Store store;
    PlanStore plans;

    @BeforeEach
    void open() throws StoreException {
        store = openStore(dir);
        plans = store.plans();
    }

    @AfterEach
    void close() {
        store.close();
    }

    @Test
    void aStoredPlanReadsBackEqual() throws StoreException {
        Plan plan = PlanGenerator.plan(120, 7);
        long id = plans.create(plan);
        Plan loaded = plans.load(id);
        assertEquals(id, loaded.id());
        assertEquals(1, loaded.version());
        assertEquals(Plans.withoutIds(plan), Plans.withoutIds(loaded));
        assertTrue(loaded.allTasks().stream().allMatch(t -> t.id() != null && t.lead().get(0).id() != null));
    }

    @Test
    void subPhasesWithARepeatedNumberAreKeptAsWritten() throws StoreException {
        Task a = Task.of("Hoàn thành dự thảo Đề án lần 1", TimeExpression.of("Trong tháng 4/2019", TimeKind.MONTH,
                LocalDate.of(2019, 4, 1), LocalDate.of(2019, 4, 30)));
        Task b = Task.of("Trình UBND tỉnh dự thảo lần 1", TimeExpression.unresolved("theo chỉ đạo"));
        Phase step3 = new Phase(null, "3", "Xây dựng dự thảo", null, null, null, List.of(),
                List.of(new Phase(null, "3.2", "Tháng 4", null, null, null, List.of(a), List.of()),
                        new Phase(null, "3.2", "Tháng 5", null, null, null, List.of(b), List.of())));
        Plan plan = Plan.draft(DocumentType.KE_HOACH, "Đề án phát triển doanh nghiệp").withPhases(List.of(step3));
        Plan loaded = plans.load(plans.create(plan));
        assertEquals(List.of("3.2", "3.2"), loaded.phases().get(0).subPhases().stream().map(Phase::label).toList());
        assertEquals(TimeKind.UNRESOLVED, loaded.allTasks().get(1).deadline().kind());
        assertEquals("theo chỉ đạo", loaded.allTasks().get(1).deadline().raw());
        assertEquals(Plans.withoutIds(plan), Plans.withoutIds(loaded));
    }

    @Test
    void everyEditIsStoredAndBumpsTheVersion() throws StoreException {
        long id = plans.create(PlanGenerator.plan(30, 1));
        Plan plan = plans.load(id);
        Task first = plan.allTasks().get(0);
        LocalDate due = LocalDate.of(2026, 7, 15);
        Task edited = first.withDeadline(TimeExpression.of("trước ngày 15/7/2026", TimeKind.BEFORE, null, due))
                .withUnits(List.of(UnitRef.named("Sở Nội vụ")), List.of(UnitRef.named("Sở Tài chính"), UnitRef.named("Công an tỉnh")))
                .withExtension(new Extension(TimeExpression.of("trước ngày 30/7/2026", TimeKind.BEFORE, null, LocalDate.of(2026, 7, 30)),
                        LocalDate.of(2026, 7, 10), "Chờ số liệu"));
        long v2 = plans.updateTask(id, plan.version(), edited);
        assertEquals(plan.version() + 1, v2);

        Task reloaded = plans.load(id).allTasks().get(0);
        assertEquals(due, reloaded.deadline().end());
        assertEquals(LocalDate.of(2026, 7, 30), reloaded.deadlineInForce().end());
        assertEquals(List.of("Sở Nội vụ"), reloaded.lead().stream().map(UnitRef::name).toList());
        assertEquals(List.of("Sở Tài chính", "Công an tỉnh"), reloaded.support().stream().map(UnitRef::name).toList());
    }

    @Test
    void aWriteBasedOnAnOldVersionIsRefusedAndChangesNothing() throws StoreException {
        long id = plans.create(PlanGenerator.plan(10, 2));
        Plan seenByWindowA = plans.load(id);
        Plan seenByWindowB = plans.load(id);
        Task taskA = seenByWindowA.allTasks().get(0);
        plans.updateTask(id, seenByWindowA.version(), withContent(taskA, "Sửa ở cửa sổ A"));

        Task taskB = seenByWindowB.allTasks().get(0);
        StoreException e = assertThrows(StoreException.class,
                () -> plans.updateTask(id, seenByWindowB.version(), withContent(taskB, "Sửa ở cửa sổ B")));
        assertEquals(StoreException.Reason.STALE, e.reason());
        assertTrue(e.getMessage().contains("tải lại"), e.getMessage());
        assertEquals("Sửa ở cửa sổ A", plans.load(id).allTasks().get(0).content());
        assertEquals(seenByWindowA.version() + 1, plans.version(id));
    }

    @Test
    void aFailureHalfWayThroughAWriteLeavesNothingBehind() throws StoreException {
        Plan plan = PlanGenerator.plan(50, 3);
        Phase last = plan.phases().get(plan.phases().size() - 1);
        // content longer than its column: the database refuses the last task, after all the others were written
        Task tooLong = Task.of("x".repeat(100_001), null);
        List<Phase> phases = new java.util.ArrayList<>(plan.phases());
        phases.set(phases.size() - 1, last.withTasks(append(last.tasks(), tooLong)));
        int unitsBefore = store.units().list().size();

        StoreException e = assertThrows(StoreException.class, () -> plans.create(plan.withPhases(phases)));
        assertEquals(StoreException.Reason.FAILED, e.reason());
        assertTrue(plans.isEmpty());
        assertEquals(unitsBefore, store.units().list().size());
    }

    @Test
    void tasksAreAddedMovedAndDeletedInOrder() throws StoreException {
        Phase p1 = Phase.of("Một", null, List.of(Task.of("A", null), Task.of("B", null), Task.of("C", null)));
        Phase p2 = Phase.of("Hai", null, List.of(Task.of("D", null)));
        long id = plans.create(Plan.draft(DocumentType.KE_HOACH, "Thứ tự").withPhases(List.of(p1, p2)));
        Plan plan = plans.load(id);
        long phase1 = plan.phases().get(0).id();
        long phase2 = plan.phases().get(1).id();

        PlanStore.Edit<Task> added = plans.addTask(id, plan.version(), phase1, 1, Task.of("A2", null));
        assertNotNull(added.value().id());
        long v = plans.moveTask(id, added.version(), plan.allTasks().get(2).id(), phase2, 0);
        v = plans.deleteTask(id, v, plan.allTasks().get(0).id());
        Plan after = plans.load(id);
        assertEquals(List.of("A2", "B"), contents(after.phases().get(0)));
        assertEquals(List.of("C", "D"), contents(after.phases().get(1)));
        assertEquals(v, after.version());

        v = plans.movePhase(id, v, phase2, 0);
        assertEquals(List.of("Hai", "Một"), plans.load(id).phases().stream().map(Phase::title).toList());
        PlanStore.Edit<Phase> sub = plans.addPhase(id, v, phase1, 0, Phase.of("Một.1", null, List.of(Task.of("E", null))));
        StoreException tooDeep = assertThrows(StoreException.class,
                () -> plans.addPhase(id, sub.version(), sub.value().id(), 0, Phase.of("quá sâu", null, List.of())));
        assertEquals(StoreException.Reason.INVALID, tooDeep.reason());
        long v2 = plans.deletePhase(id, sub.version(), phase1);
        Plan end = plans.load(id);
        assertEquals(List.of("Hai"), end.phases().stream().map(Phase::title).toList());
        assertEquals(2, end.taskCount());
        assertEquals(v2, end.version());
    }

    @Test
    void headerEditsAndWholePlanReplaceKeepTheId() throws StoreException {
        long id = plans.create(PlanGenerator.plan(20, 4));
        Plan plan = plans.load(id);
        PlanHeader h = plan.header();
        PlanHeader issued = new PlanHeader(h.type(), "25/KH-UBND", h.governingBody(), h.issuer(), h.place(), LocalDate.of(2026, 2, 5),
                "Chuyển đổi số", h.legalBases(), h.sections(), h.signer(), h.recipients(), PlanStatus.ISSUED, h.source(), h.notes());
        long v = plans.updateHeader(id, plan.version(), issued);
        Plan reloaded = plans.load(id);
        assertEquals("25/KH-UBND", reloaded.numberAndSymbol());
        assertEquals(20, reloaded.taskCount());

        Plan replaced = plans.replace(PlanGenerator.plan(5, 9).withIdentity(id, v));
        assertEquals(id, replaced.id());
        assertEquals(5, plans.load(id).taskCount());
        assertEquals(1, plans.count());
    }

    @Test
    void searchIgnoresAccentsAndListsSortTheVietnameseWay() throws StoreException {
        for (String subject : List.of("Đề án phát triển doanh nghiệp", "Chuyển đổi số", "Ứng phó thiên tai", "Dân vận khéo", "Ân xá")) {
            plans.create(Plan.draft(DocumentType.KE_HOACH, subject));
        }
        assertEquals(List.of("Ân xá", "Chuyển đổi số", "Dân vận khéo", "Đề án phát triển doanh nghiệp", "Ứng phó thiên tai"),
                plans.list().stream().map(PlanSummary::subject).toList());
        assertEquals(List.of("Chuyển đổi số"), plans.search("chuyen doi").stream().map(PlanSummary::subject).toList());
        assertEquals(List.of("Đề án phát triển doanh nghiệp"), plans.search("DE AN doanh").stream().map(PlanSummary::subject).toList());
        assertEquals(5, plans.search("ke hoach").size());
        assertTrue(plans.search("100%_").isEmpty());
    }

    @Test
    void summariesCountPhasesAndTasks() throws StoreException {
        plans.create(PlanGenerator.plan(64, 5));
        PlanSummary s = plans.list().get(0);
        assertEquals(64, s.taskCount());
        assertEquals(plans.load(s.id()).phases().size(), s.phaseCount());
        assertFalse(plans.isEmpty());
    }

    @Test
    void phasesAreIndentedUnderThePhaseAboveAndOutdentedAgain() throws StoreException {
        long id = plans.create(Plan.draft(DocumentType.KE_HOACH, "Thụt lề").withPhases(List.of(
                Phase.of("1", null, List.of(Task.of("a", null))), Phase.of("2", null, List.of(Task.of("b", null))),
                Phase.of("3", null, List.of()))));
        Plan plan = plans.load(id);
        long one = plan.phases().get(0).id();
        long two = plan.phases().get(1).id();
        long v = plans.reparentPhase(id, plan.version(), two, one, 0);
        Plan indented = plans.load(id);
        assertEquals(List.of("1", "3"), indented.phases().stream().map(Phase::title).toList());
        assertEquals(List.of("2"), indented.phases().get(0).subPhases().stream().map(Phase::title).toList());
        assertEquals(List.of("a", "b"), indented.allTasks().stream().map(Task::content).toList());
        StoreException tooDeep = assertThrows(StoreException.class, () -> plans.reparentPhase(id, v, one, indented.phases().get(1).id(), 0));
        assertEquals(StoreException.Reason.INVALID, tooDeep.reason(), "a phase with sub-phases cannot become a sub-phase");

        plans.reparentPhase(id, v, two, null, 1);
        assertEquals(List.of("1", "2", "3"), plans.load(id).phases().stream().map(Phase::title).toList());
    }

    @Test
    void overdueCountsUseTheDeadlineInForce() throws StoreException {
        LocalDate march = LocalDate.of(2026, 3, 31);
        TimeExpression byMarch = TimeExpression.of("Trước ngày 31/3/2026", TimeKind.BEFORE, null, march);
        Task late = Task.of("quá hạn", byMarch);
        Task done = Task.of("đã xong", byMarch).withCompletion(LocalDate.of(2026, 4, 5), 100);
        Task extended = Task.of("được gia hạn", byMarch).withExtension(new Extension(
                TimeExpression.of("Trước ngày 30/6/2026", TimeKind.BEFORE, null, LocalDate.of(2026, 6, 30)), march, null));
        Task continuous = Task.of("thường xuyên", new TimeExpression("thường xuyên", TimeKind.CONTINUOUS, LocalDate.of(2026, 1, 1),
                LocalDate.of(2026, 12, 31), null, null));
        long id = plans.create(Plan.draft(DocumentType.KE_HOACH, "Theo dõi").withPhases(List.of(
                Phase.of("Giai đoạn", null, List.of(late, done, extended, continuous)))));
        plans.create(Plan.draft(DocumentType.KE_HOACH, "Không trễ"));
        assertEquals(java.util.Map.of(id, 1), PlanStore.overdueCounts(plans.openTasks(), LocalDate.of(2026, 5, 1)));
        assertEquals(java.util.Map.of(id, 2), PlanStore.overdueCounts(plans.openTasks(), LocalDate.of(2026, 7, 1)));
        assertEquals(java.util.Map.of(), PlanStore.overdueCounts(plans.openTasks(), LocalDate.of(2026, 3, 31)));
    }

    private static Task withContent(Task t, String content) {
        return new Task(t.id(), t.label(), content, t.deadline(), t.start(), t.deliverable(), t.lead(), t.support(), t.percentDone(),
                t.completedOn(), t.notes(), t.extensions());
    }

    private static List<Task> append(List<Task> tasks, Task more) {
        List<Task> all = new java.util.ArrayList<>(tasks);
        all.add(more);
        return all;
    }

    private static List<String> contents(Phase p) {
        return p.tasks().stream().map(Task::content).toList();
    }
}

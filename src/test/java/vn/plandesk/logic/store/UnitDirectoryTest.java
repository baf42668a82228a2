package vn.plandesk.logic.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.plandesk.model.DocumentType;
import vn.plandesk.model.Phase;
import vn.plandesk.model.Plan;
import vn.plandesk.model.Task;
import vn.plandesk.model.Unit;
import vn.plandesk.model.UnitRef;

class UnitDirectoryTest {
    /** The store in {@code folder}: H2 here, a database on a real PostgreSQL server in {@code UnitDirectoryOnServerTest}. */
    Store openStore(Path folder) throws StoreException {
        return Store.open(folder);
    }

    @TempDir
    Path dir;
    Store store;
    UnitDirectory units;

    @BeforeEach
    void open() throws StoreException {
        store = openStore(dir);
        units = store.units();
    }

    @AfterEach
    void close() {
        store.close();
    }

    private long planWith(Task... tasks) throws StoreException {
        return store.plans().create(Plan.draft(DocumentType.KE_HOACH, "Kế hoạch thử").withPhases(List.of(Phase.of("Giai đoạn", null, List.of(tasks)))));
    }

    private static Task task(String content, List<String> lead, List<String> support) {
        return Task.of(content, null).withUnits(lead.stream().map(UnitRef::named).toList(), support.stream().map(UnitRef::named).toList());
    }

    @Test
    void namesWrittenDifferentlyFindTheSameUnit() throws StoreException {
        long id = planWith(task("A", List.of("Ủy ban nhân dân tỉnh"), List.of()), task("B", List.of("Uỷ ban nhân dân tỉnh"), List.of()),
                task("C", List.of("ỦY BAN NHÂN DÂN  TỈNH"), List.of()));
        assertEquals(1, units.list().size());
        Plan plan = store.plans().load(id);
        assertEquals(1, plan.allTasks().stream().map(t -> t.lead().get(0).id()).distinct().count());
    }

    @Test
    void aRenameShowsInEveryPlan() throws StoreException {
        long first = planWith(task("A", List.of("Sở Kế hoạch và Đầu tư"), List.of()));
        long second = planWith(task("B", List.of("Sở Tư pháp"), List.of("Sở Kế hoạch và Đầu tư")));
        long versionBefore = store.plans().version(second);
        Unit unit = units.findByName("so ke hoach va dau tu");
        units.rename(unit.id(), "Sở Tài chính", "STC");
        assertEquals("Sở Tài chính", store.plans().load(first).allTasks().get(0).lead().get(0).name());
        assertEquals("Sở Tài chính", store.plans().load(second).allTasks().get(0).support().get(0).name());
        assertTrue(store.plans().version(second) > versionBefore, "an open editor must see that the plan changed");
        assertEquals("STC", units.get(unit.id()).displayName());
    }

    @Test
    void aMergeMovesEveryAssignmentAndKeepsOneEntryPerTask() throws StoreException {
        long id = planWith(task("A", List.of("Sở Kế hoạch và Đầu tư"), List.of("Sở Tài chính")),
                task("B", List.of("Sở Tài chính"), List.of("Sở Kế hoạch và Đầu tư", "Sở Nội vụ")),
                task("C", List.of("Sở Nội vụ"), List.of("Sở Kế hoạch và Đầu tư")));
        Unit old = units.findByName("Sở Kế hoạch và Đầu tư");
        Unit into = units.findByName("Sở Tài chính");
        units.merge(old.id(), into.id());

        List<Task> tasks = store.plans().load(id).allTasks();
        assertEquals(List.of("Sở Tài chính"), names(tasks.get(0).lead()));
        assertEquals(List.of(), names(tasks.get(0).support()), "the lead is not also listed as cooperating");
        assertEquals(List.of("Sở Tài chính"), names(tasks.get(1).lead()));
        assertEquals(List.of("Sở Nội vụ"), names(tasks.get(1).support()));
        assertEquals(List.of("Sở Tài chính"), names(tasks.get(2).support()));
        assertEquals(List.of("Sở Nội vụ", "Sở Tài chính"), units.list().stream().map(Unit::fullName).toList());
        assertEquals(StoreException.Reason.INVALID, assertThrows(StoreException.class, () -> units.merge(into.id(), into.id())).reason());
    }

    @Test
    void usagesCountTasksPerPlanAndInactiveUnitsStayOnOldPlans() throws StoreException {
        long id = planWith(task("A", List.of("Sở Y tế"), List.of()), task("B", List.of("Sở Y tế"), List.of()),
                task("C", List.of("Sở Nội vụ"), List.of("Sở Y tế")));
        Unit health = units.findByName("Sở Y tế");
        List<UnitDirectory.Usage> usages = units.usages(health.id());
        assertEquals(1, usages.size());
        assertEquals(id, usages.get(0).planId());
        assertEquals(2, usages.get(0).leadTasks());
        assertEquals(1, usages.get(0).supportTasks());

        units.setActive(health.id(), false);
        assertEquals(false, units.get(health.id()).active());
        assertEquals("Sở Y tế", store.plans().load(id).allTasks().get(0).lead().get(0).name());
    }

    @Test
    void unitsListAndSearchTheVietnameseWay() throws StoreException {
        for (String name : List.of("Đài Phát thanh và Truyền hình", "Công an tỉnh", "Ban Dân tộc", "Ủy ban MTTQ", "Sở Y tế")) {
            units.create(Unit.named(name));
        }
        assertEquals(List.of("Ban Dân tộc", "Công an tỉnh", "Đài Phát thanh và Truyền hình", "Sở Y tế", "Ủy ban MTTQ"),
                units.list().stream().map(Unit::fullName).toList());
        assertEquals(List.of("Đài Phát thanh và Truyền hình"), units.search("dai phat").stream().map(Unit::fullName).toList());
        assertEquals(StoreException.Reason.INVALID, assertThrows(StoreException.class, () -> units.rename(units.list().get(0).id(), "  ", null)).reason());
    }

    private static List<String> names(List<UnitRef> refs) {
        return refs.stream().map(UnitRef::name).toList();
    }
}

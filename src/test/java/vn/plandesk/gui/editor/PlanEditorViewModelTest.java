package vn.plandesk.gui.editor;

import static org.junit.jupiter.api.Assertions.assertEquals;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Consumer;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import javafx.scene.control.TreeItem;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.plandesk.gui.editor.EditorRow.TaskRow;
import vn.plandesk.logic.i18n.Messages;
import vn.plandesk.logic.store.StoreException;
import vn.plandesk.logic.validation.Problem;
import vn.plandesk.model.DocumentType;
import vn.plandesk.model.Phase;
import vn.plandesk.model.Plan;
import vn.plandesk.model.PlanStatus;
import vn.plandesk.model.Task;
import vn.plandesk.model.TimeExpression;
import vn.plandesk.model.TimeKind;
import vn.plandesk.model.Unit;
import vn.plandesk.model.UnitRef;
import vn.plandesk.testing.Plans;
import vn.plandesk.testing.StoreFaults;

/** The editor without a screen: every edit is stored at once, named, undoable, and checked. */
class PlanEditorViewModelTest {
    private static final String DISK_FULL = "Ổ đĩa đã đầy, không lưu được thay đổi. Dữ liệu trong kho vẫn như trước.";

    @TempDir
    Path folder;

    private EditorFixture fx;
    private PlanEditorViewModel editor;
    private long planId;

    @BeforeEach
    void openSmallPlan() throws StoreException {
        Messages.setLocale(Messages.VIETNAMESE);
        fx = new EditorFixture(folder);
        editor = fx.editor;
        planId = fx.store.plans().create(smallPlan());
        editor.open(planId, () -> { });
        assertEquals(planId, editor.planIdProperty().get());
    }

    /** The row an edit of the plan's shape selects afterwards (the test executor runs it at once). */
    private static TreeItem<EditorRow> selects(Consumer<Consumer<TreeItem<EditorRow>>> edit) {
        AtomicReference<TreeItem<EditorRow>> chosen = new AtomicReference<>();
        edit.accept(chosen::set);
        return chosen.get();
    }

    @AfterEach
    void close() {
        fx.close();
    }

    static Plan smallPlan() {
        TimeExpression q2 = TimeExpression.of("Quý II/2024", TimeKind.QUARTER, LocalDate.of(2024, 4, 1), LocalDate.of(2024, 6, 30));
        Task draft = new Task(null, null, "Xây dựng dự thảo", TimeExpression.none(), null, null, List.of(UnitRef.named("Sở Tư pháp")),
                List.of(), 0, null, null, List.of());
        Task opinions = new Task(null, null, "Lấy ý kiến các sở", TimeExpression.none(), null, null, List.of(UnitRef.named("Sở Nội vụ")),
                List.of(), 0, null, null, List.of());
        Task training = new Task(null, null, "Tập huấn cán bộ", TimeExpression.none(), null, null, List.of(UnitRef.named("Sở Nội vụ")),
                List.of(), 0, null, null, List.of());
        Phase prepare = new Phase(null, "1", "Chuẩn bị", q2, null, null, List.of(draft, opinions), List.of());
        Phase round = new Phase(null, "2.1", "Đợt 1", TimeExpression.none(), null, null, List.of(training), List.of());
        Phase carryOut = new Phase(null, "2", "Triển khai", TimeExpression.none(), null, null, List.of(), List.of(round));
        return new Plan(null, 0, DocumentType.KE_HOACH, "12/KH-UBND", "UBND TỈNH LẠNG SƠN", "Ủy ban nhân dân tỉnh Lạng Sơn",
                "Lạng Sơn", LocalDate.of(2024, 3, 1), "Kế hoạch cải cách hành chính năm 2024", List.of(), List.of(),
                List.of(prepare, carryOut), null, List.of(), PlanStatus.ISSUED, null, null, List.of(), List.of());
    }

    /** The unit the picker gets for {@code name} (the executor runs at once here), or null. */
    private Unit createUnit(String name) {
        AtomicReference<Unit> made = new AtomicReference<>();
        AtomicBoolean told = new AtomicBoolean();
        editor.createUnit(name, unit -> {
            made.set(unit);
            told.set(true);
        });
        assertTrue(told.get(), "the picker is always told how it went");
        return made.get();
    }

    private Task storedTask(String content) throws StoreException {
        return fx.store.plans().load(planId).allTasks().stream().filter(t -> t.content().equals(content)).findFirst().orElse(null);
    }

    @Test
    void deadlineWordsAreUnderstoodStoredAndTimed() throws StoreException {
        TreeItem<EditorRow> row = fx.row("Xây dựng dự thảo");

        editor.editText(row.getValue(), Column.DEADLINE, "trước ngày 15/6/2024");

        Task task = ((TaskRow) row.getValue()).task();
        assertEquals(TimeKind.BEFORE, task.deadline().kind());
        assertEquals("15/06/2024", DeadlineText.understood(task.deadline()));
        assertEquals(LocalDate.of(2024, 6, 15), storedTask("Xây dựng dự thảo").deadline().end(), "stored without a save step");
        assertEquals("Đã lưu lúc 09:41:05", editor.savedTextProperty().get());
        assertEquals("sửa thời hạn", editor.undoManagerProperty().get().undoNameProperty().get());
    }

    @Test
    void wordsNotUnderstoodAreKeptAndMarked() throws StoreException {
        TreeItem<EditorRow> row = fx.row("Xây dựng dự thảo");

        editor.editText(row.getValue(), Column.DEADLINE, "khi có chỉ đạo");

        assertEquals("khi có chỉ đạo", storedTask("Xây dựng dự thảo").deadline().raw());
        List<Problem> problems = editor.problemsOf(row.getValue());
        assertEquals(Problem.Kind.UNREADABLE_DEADLINE, problems.get(0).kind());
    }

    @Test
    void aDeadlineOutsideThePhaseIsShownOnTheRow() {
        TreeItem<EditorRow> row = fx.row("Lấy ý kiến");
        editor.editText(row.getValue(), Column.DEADLINE, "trước ngày 15/7/2024");

        assertEquals(List.of(Problem.Kind.DEADLINE_OUTSIDE_PHASE), editor.problemsOf(row.getValue()).stream().map(Problem::kind).toList());
        assertEquals("15/07/2024", DeadlineText.understood(((TaskRow) row.getValue()).task().deadline()));
    }

    @Test
    void undoAndRedoThreeEditsGoThroughTheStore() throws StoreException {
        TreeItem<EditorRow> row = fx.row("Xây dựng dự thảo");
        editor.editText(row.getValue(), Column.CONTENT, "Xây dựng dự thảo Quyết định");
        editor.editText(row.getValue(), Column.DEADLINE, "tháng 5/2024");
        editor.editText(row.getValue(), Column.PERCENT, "40");

        editor.undo();
        editor.undo();
        assertEquals("sửa nội dung nhiệm vụ", editor.undoManagerProperty().get().undoNameProperty().get());
        editor.undo();
        assertEquals("Đã hoàn tác: sửa nội dung nhiệm vụ", editor.messageProperty().get());
        Task back = storedTask("Xây dựng dự thảo");
        assertNotNull(back);
        assertTrue(back.deadline().isNone());
        assertEquals(0, back.percentDone());

        editor.redo();
        editor.redo();
        editor.redo();
        Task again = storedTask("Xây dựng dự thảo Quyết định");
        assertEquals(40, again.percentDone());
        assertEquals(TimeKind.MONTH, again.deadline().kind());
        assertFalse(editor.undoManagerProperty().get().canRedoProperty().get());
    }

    @Test
    void aDeletedTaskComesBackWithEverythingAndLaterEditsStillFindIt() throws StoreException {
        TreeItem<EditorRow> row = fx.row("Xây dựng dự thảo");
        editor.editText(row.getValue(), Column.NOTES, "Gấp");
        selects(then -> editor.structure().delete(List.of(row), then));
        assertNull(storedTask("Xây dựng dự thảo"));

        editor.undo();
        Task back = storedTask("Xây dựng dự thảo");
        assertEquals("Gấp", back.notes());
        assertEquals(List.of("Sở Tư pháp"), back.lead().stream().map(UnitRef::name).toList());
        assertEquals(0, PlanDocument.taskIndex(fx.row("Xây dựng dự thảo")), "back in its place");

        editor.undo();
        assertNull(storedTask("Xây dựng dự thảo").notes(), "the edit before the delete undoes on the new row");
    }

    @Test
    void aPhaseDeletedWithItsTasksComesBackWhole() throws StoreException {
        selects(then -> editor.structure().delete(List.of(fx.row("Triển khai")), then));
        assertEquals(2, fx.store.plans().load(planId).taskCount());

        editor.undo();

        Plan plan = fx.store.plans().load(planId);
        assertEquals(List.of("Chuẩn bị", "Triển khai"), plan.phases().stream().map(Phase::title).toList());
        assertEquals("Tập huấn cán bộ", plan.phases().get(1).subPhases().get(0).tasks().get(0).content());
    }

    @Test
    void insertingPhasesAndTasksAndTypingIntoThem() throws StoreException {
        TreeItem<EditorRow> phase = selects(then -> editor.structure().addPhase(fx.row("Triển khai"), then));
        editor.editText(phase.getValue(), Column.CONTENT, "Tổng kết");
        TreeItem<EditorRow> first = selects(then -> editor.structure().addTask(fx.row("Tổng kết"), then));
        editor.editText(first.getValue(), Column.CONTENT, "Báo cáo tổng kết");
        TreeItem<EditorRow> second = selects(then -> editor.structure().addTask(fx.row("Báo cáo tổng kết"), then));
        editor.editText(second.getValue(), Column.CONTENT, "Khen thưởng");

        Phase stored = fx.store.plans().load(planId).phases().get(2);
        assertEquals("Tổng kết", stored.title());
        assertEquals(List.of("Báo cáo tổng kết", "Khen thưởng"), stored.tasks().stream().map(Task::content).toList());
    }

    @Test
    void withNothingSelectedANewTaskEndsTheLastPhaseAndAPasteStartsTheFirst() throws StoreException {
        TreeItem<EditorRow> added = selects(then -> editor.structure().addTask(null, then));
        editor.editText(added.getValue(), Column.CONTENT, "Tổng kết");
        editor.structure().copy(List.of(fx.row("Tập huấn cán bộ")));
        editor.structure().paste(null, this::ignoreSelection);

        Plan stored = fx.store.plans().load(planId);
        assertEquals(List.of("Tập huấn cán bộ", "Xây dựng dự thảo", "Lấy ý kiến các sở"),
                stored.phases().get(0).tasks().stream().map(Task::content).toList());
        assertEquals(List.of("Tổng kết"), stored.phases().get(1).tasks().stream().map(Task::content).toList());
        assertEquals(List.of("Tập huấn cán bộ"), stored.phases().get(1).subPhases().get(0).tasks().stream().map(Task::content).toList());
    }

    @Test
    void aPlanWithoutPhasesAsksForAPhaseBeforeATaskOrAPaste() throws StoreException {
        editor.structure().copy(List.of(fx.row("Chuẩn bị")));
        long empty = fx.store.plans().create(Plan.draft(DocumentType.KE_HOACH, "Kế hoạch chưa có giai đoạn"));
        editor.open(empty, () -> { });

        editor.structure().addTask(null, this::ignoreSelection);
        assertEquals(Messages.get("editor.addPhaseFirst"), editor.messageProperty().get());
        editor.structure().paste(null, this::ignoreSelection);
        assertEquals(Messages.get("editor.addPhaseFirst"), editor.messageProperty().get());
        assertEquals(0, fx.store.plans().load(empty).taskCount());
        assertEquals(0, editor.undoManagerProperty().get().undoSteps());
    }

    @Test
    void indentAndOutdentOfPhasesAndTasks() throws StoreException {
        TreeItem<EditorRow> added = selects(then -> editor.structure().addPhase(fx.row("Triển khai"), then));
        editor.editText(added.getValue(), Column.CONTENT, "Tổng kết");

        selects(then -> editor.structure().indent(List.of(fx.row("Tổng kết")), then));
        Plan plan = fx.store.plans().load(planId);
        assertEquals(List.of("Đợt 1", "Tổng kết"), plan.phases().get(1).subPhases().stream().map(Phase::title).toList());

        selects(then -> editor.structure().outdent(List.of(fx.row("Tổng kết")), then));
        plan = fx.store.plans().load(planId);
        assertEquals(List.of("Chuẩn bị", "Triển khai", "Tổng kết"), plan.phases().stream().map(Phase::title).toList());

        selects(then -> editor.structure().outdent(List.of(fx.row("Tập huấn")), then));
        plan = fx.store.plans().load(planId);
        assertEquals(List.of("Tập huấn cán bộ"), plan.phases().get(1).tasks().stream().map(Task::content).toList());
        selects(then -> editor.structure().indent(List.of(fx.row("Tập huấn")), then));
        plan = fx.store.plans().load(planId);
        assertEquals("Tập huấn cán bộ", plan.phases().get(1).subPhases().get(0).tasks().get(0).content());

        assertNull(selects(then -> editor.structure().indent(List.of(fx.row("Xây dựng")), then)), "a phase without sub-phases has nowhere to indent to");
        assertEquals("Nhiệm vụ chỉ thụt vào được khi giai đoạn của nó có giai đoạn con.", editor.messageProperty().get());
    }

    @Test
    void movingUpAndDownCrossesIntoTheNeighbourPhase() throws StoreException {
        selects(then -> editor.structure().move(List.of(fx.row("Lấy ý kiến")), true, then));
        assertEquals(List.of("Lấy ý kiến các sở", "Xây dựng dự thảo"),
                fx.store.plans().load(planId).phases().get(0).tasks().stream().map(Task::content).toList());

        selects(then -> editor.structure().move(List.of(fx.row("Xây dựng")), false, then));
        Plan plan = fx.store.plans().load(planId);
        assertEquals(List.of("Xây dựng dự thảo"), plan.phases().get(1).tasks().stream().map(Task::content).toList(),
                "from the last place of a phase into the next phase shown");

        selects(then -> editor.structure().drop(fx.row("Xây dựng"), fx.row("Tập huấn"), then));
        plan = fx.store.plans().load(planId);
        assertEquals(List.of("Xây dựng dự thảo", "Tập huấn cán bộ"),
                plan.phases().get(1).subPhases().get(0).tasks().stream().map(Task::content).toList());
    }

    @Test
    void thePlanOpenLastTimeIsShownAgainAtStart() {
        PlanEditorViewModel started = fx.newEditor();
        AtomicReference<Boolean> shown = new AtomicReference<>(false);

        started.reopen(planId, () -> shown.set(true));

        assertEquals(planId, started.planIdProperty().get());
        assertTrue(shown.get());
        assertEquals(List.of(), fx.dialogs.shown());
    }

    @Test
    void aPlanDeletedSinceLastTimeLeavesTheEditorEmptyWithoutADialog() throws StoreException {
        long gone = fx.store.plans().create(Plan.draft(DocumentType.KE_HOACH, "Kế hoạch đã xóa"));
        fx.store.plans().delete(gone, fx.store.plans().load(gone).version());
        PlanEditorViewModel started = fx.newEditor();
        AtomicReference<Boolean> shown = new AtomicReference<>(false);

        started.reopen(gone, () -> shown.set(true));

        assertNull(started.planIdProperty().get());
        assertFalse(shown.get());
        assertEquals(List.of(), fx.dialogs.shown());
        assertNull(started.busyTextProperty().get(), "no progress left showing");
        started.open(gone, () -> { });
        assertEquals(1, fx.dialogs.shown().size(), "opening a deleted plan from the list still says why it failed");
    }

    @Test
    void copiedTasksPasteIntoAnotherPlanAsNewTasks() throws StoreException {
        editor.structure().copy(List.of(fx.row("Chuẩn bị")));
        long other = fx.store.plans().create(Plan.draft(DocumentType.KE_HOACH, "Kế hoạch khác")
                .withPhases(List.of(Phase.of("Một", TimeExpression.none(), List.of()))));
        editor.open(other, () -> { });

        TreeItem<EditorRow> first = selects(then -> editor.structure().paste(fx.row("Một"), then));

        Plan plan = fx.store.plans().load(other);
        assertEquals(List.of("Xây dựng dự thảo", "Lấy ý kiến các sở"), plan.allTasks().stream().map(Task::content).toList());
        assertEquals(2, fx.store.plans().load(planId).phases().get(0).tasks().size(), "the source keeps its tasks");
        assertTrue(plan.allTasks().get(0).id() != fx.clipboard.tasks().get(0).id().longValue());
        assertNotNull(first);
        editor.undo();
        assertEquals(0, fx.store.plans().load(other).taskCount(), "one undo takes the whole paste back");
    }

    @Test
    void leadAndTwoCooperatingUnitsAndANewUnitMadeOnTheSpot() throws StoreException {
        Unit created = createUnit("Sở Văn hóa, Thể thao và Du lịch");
        Unit finance = createUnit("Sở Tài chính");
        TreeItem<EditorRow> row = fx.row("Lấy ý kiến");

        editor.setUnits(row.getValue(), true, List.of(finance.ref()));
        editor.setUnits(row.getValue(), false, List.of(created.ref(), UnitRef.named("Sở Nội vụ")));

        Task task = storedTask("Lấy ý kiến các sở");
        assertEquals(List.of("Sở Tài chính"), task.lead().stream().map(UnitRef::name).toList());
        assertEquals(List.of("Sở Văn hóa, Thể thao và Du lịch", "Sở Nội vụ"), task.support().stream().map(UnitRef::name).toList());
        assertEquals(created.id(), createUnit("so van hoa, the thao va du lich").id(), "a unit is not made twice");
        assertEquals(fx.store.units().list().stream().filter(Unit::active).toList(), editor.activeUnits(),
                "the next picker offers the directory with the new units, without asking the store");
    }

    @Test
    void aStalePlanIsReadAgainAndTheTypedWordsApplied() throws StoreException {
        // Another window renames a phase meanwhile.
        PlanEditorViewModel other = fx.newEditor();
        other.open(planId, () -> { });
        other.editText(fx.row("Chuẩn bị").getValue(), Column.CONTENT, "Chuẩn bị kỹ");
        editor.reload();
        TreeItem<EditorRow> row = fx.row("Xây dựng dự thảo");
        fx.store.plans().updateHeader(planId, fx.store.plans().version(planId), fx.store.plans().load(planId).header());

        editor.editText(row.getValue(), Column.CONTENT, "Xây dựng dự thảo Đề án");

        assertEquals(1, fx.dialogs.asked().size());
        assertEquals("Xây dựng dự thảo Đề án", fx.dialogs.asked().get(0).details(), "the words typed are shown to copy");
        assertNotNull(storedTask("Xây dựng dự thảo Đề án"), "applied after reading the plan again");
    }

    @Test
    void refusingTheReloadKeepsTheWordsInTheMessageAndStoresNothing() throws StoreException {
        fx.dialogs.answer(false);
        TreeItem<EditorRow> row = fx.row("Xây dựng dự thảo");
        fx.store.plans().updateHeader(planId, fx.store.plans().version(planId), fx.store.plans().load(planId).header());

        editor.editText(row.getValue(), Column.CONTENT, "Chữ chưa lưu");

        assertEquals("Chữ chưa lưu", fx.dialogs.asked().get(0).details());
        assertNull(storedTask("Chữ chưa lưu"));
        assertFalse(editor.messageProperty().get().isEmpty());
    }

    @Test
    void anotherViewsChangeIsShownAndUndoDoesNotOverwriteIt() throws StoreException {
        TreeItem<EditorRow> row = fx.row("Xây dựng dự thảo");
        editor.editText(row.getValue(), Column.NOTES, "Ghi chú của tôi");
        PlanEditorViewModel followUp = fx.newEditor();
        followUp.open(planId, () -> { });
        followUp.editText(fx.row("Xây dựng dự thảo").getValue(), Column.NOTES, "Ghi chú của phòng theo dõi");

        assertEquals("Ghi chú của phòng theo dõi", ((TaskRow) fx.row("Xây dựng dự thảo").getValue()).task().notes(),
                "the change reached this editor through StoreChanges");
        editor.undo();

        assertEquals("Ghi chú của phòng theo dõi", storedTask("Xây dựng dự thảo").notes());
        assertEquals(1, fx.dialogs.shown().size(), fx.dialogs.shown()::toString);
    }

    @Test
    void aBadPercentIsNotStoredAndSaysWhy() throws StoreException {
        editor.editText(fx.row("Xây dựng").getValue(), Column.PERCENT, "nhiều");

        assertEquals("Tiến độ là một số từ 0 đến 100, không phải “nhiều”; chưa lưu.", editor.messageProperty().get());
        assertEquals(0, storedTask("Xây dựng dự thảo").percentDone());
        editor.editText(fx.row("Xây dựng").getValue(), Column.PERCENT, "100");
        assertEquals(LocalDate.of(2026, 5, 20), storedTask("Xây dựng dự thảo").completedOn(), "100 % means done today");
    }

    @Test
    void nextYearsPlanStartsFromThisOne() throws StoreException {
        editor.editText(fx.row("Xây dựng").getValue(), Column.PERCENT, "100");

        AtomicReference<Long> opened = new AtomicReference<>();
        editor.duplicatePlan(opened::set);
        long id = opened.get();

        Plan stored = fx.store.plans().load(id);
        assertEquals("Kế hoạch cải cách hành chính năm 2025", stored.subject());
        assertEquals(PlanStatus.DRAFT, stored.status());
        assertNull(stored.numberAndSymbol());
        assertEquals(3, stored.taskCount());
        assertTrue(stored.allTasks().stream().allMatch(t -> t.completedOn() == null && t.percentDone() == 0));
        assertEquals(id, editor.planIdProperty().get());
    }

    @Test
    void headerEditsAreNamedAfterTheFieldAndUndoable() throws StoreException {
        HeaderFormModel header = editor.header();
        assertEquals("12/KH-UBND", header.numberAndSymbolProperty().get());

        header.number.set("7");
        editor.commitHeader();
        assertEquals("07/KH-UBND", fx.store.plans().load(planId).numberAndSymbol());
        assertEquals("sửa số, ký hiệu", editor.undoManagerProperty().get().undoNameProperty().get());

        header.subject.set("Kế hoạch cải cách hành chính năm 2024 (sửa đổi)");
        editor.commitHeader();
        assertEquals("sửa trích yếu", editor.undoManagerProperty().get().undoNameProperty().get());

        editor.undo();
        editor.undo();
        assertEquals("12/KH-UBND", fx.store.plans().load(planId).numberAndSymbol());
        assertEquals("12/KH-UBND", header.numberAndSymbolProperty().get(), "the form follows the undo");
    }

    @Test
    void aReadOnlyWindowRefusesEveryKindOfEditInOneLineAndStoresNothing() throws StoreException {
        Plan before = fx.store.plans().load(planId);
        List<Unit> unitsBefore = fx.store.units().list();
        editor.editingAllowedProperty().set(false);
        EditorRow draft = fx.row("Xây dựng dự thảo").getValue();

        editor.editText(draft, Column.DEADLINE, "trước ngày 15/6/2024");
        editor.setCompletedOn(draft, LocalDate.of(2024, 5, 2));
        editor.setUnits(draft, true, List.of(UnitRef.named("Sở Tài chính")));
        editor.header().number.set("7");
        editor.commitHeader();
        selects(then -> editor.structure().addTask(fx.row("Chuẩn bị"), then));
        selects(then -> editor.structure().delete(List.of(fx.row("Lấy ý kiến")), then));
        selects(then -> editor.structure().move(List.of(fx.row("Lấy ý kiến")), true, then));
        editor.structure().copy(List.of(fx.row("Chuẩn bị")));
        selects(then -> editor.structure().paste(fx.row("Tập huấn"), then));
        editor.createPlan(id -> { });
        editor.duplicatePlan(id -> { });
        assertNull(createUnit("Ban Dân tộc tỉnh"));

        assertEquals(before, fx.store.plans().load(planId));
        assertEquals(1, fx.store.plans().count());
        assertEquals(unitsBefore, fx.store.units().list());
        assertEquals(Messages.get("store.readOnlyLogin"), editor.messageProperty().get());
        assertFalse(editor.undoManagerProperty().get().canUndoProperty().get(), "nothing to undo: nothing was stored");
        assertTrue(fx.dialogs.shown().isEmpty(), fx.dialogs.shown()::toString);
    }

    @Test
    void aDuplicateNumberInTheStoreShowsUnderTheNumber() throws StoreException {
        Plan twin = smallPlan().withHeader(smallPlan().header());
        fx.store.plans().create(new Plan(null, 0, DocumentType.KE_HOACH, "12/KH-UBND", null, twin.issuer(), null,
                LocalDate.of(2024, 9, 1), "Kế hoạch khác năm 2024", List.of(), List.of(), List.of(), null, List.of(),
                PlanStatus.ISSUED, null, null, List.of(), List.of()));
        editor.open(planId, () -> { });

        assertTrue(editor.header().numberProblemsProperty().get().contains("Kế hoạch khác năm 2024"),
                editor.header().numberProblemsProperty().get());
    }

    @Test
    void aHundredStepsOfUndoForOnePlan() throws StoreException {
        TreeItem<EditorRow> row = fx.row("Xây dựng dự thảo");
        for (int i = 1; i <= 120; i++) {
            editor.editText(row.getValue(), Column.PERCENT, String.valueOf(i % 100));
        }
        for (int i = 0; i < 100; i++) {
            editor.undo();
        }
        assertEquals(20, storedTask("Xây dựng dự thảo").percentDone());
        assertTrue(fx.dialogs.shown().isEmpty());
    }

    // ---------------------------------------------------------------- one transaction per user action

    private void ignoreSelection(TreeItem<EditorRow> row) {
        // the row a structural edit selects afterwards does not matter here
    }

    @Test
    void aPasteBrokenInItsMiddleStoresNothing() throws Exception {
        editor.structure().copy(List.of(fx.row("Chuẩn bị")));
        Plan stored = fx.store.plans().load(planId);
        Plan shown = editor.plan();

        try (StoreFaults faults = StoreFaults.failTaskInsertsAfter(fx.store, 1)) {
            editor.structure().paste(fx.row("Tập huấn"), this::ignoreSelection);
        }

        assertEquals(stored, fx.store.plans().load(planId), "not one pasted task, the version unchanged");
        assertEquals(shown, editor.plan(), "the tree shows what the store has");
        assertEquals(0, editor.undoManagerProperty().get().undoSteps());
        assertEquals(List.of(Messages.get("editor.saveFailed") + ": " + DISK_FULL), fx.dialogs.shown());
    }

    @Test
    void twoDeletedTasksOfOnePhaseComeBackWithOneUndoAndTheirPhaseStillTakesNewTasks() throws Exception {
        Plan before = fx.store.plans().load(planId);
        editor.structure().delete(List.of(fx.row("Xây dựng"), fx.row("Lấy ý kiến")), this::ignoreSelection);

        editor.undo();
        editor.structure().addTask(fx.row("Chuẩn bị"), this::ignoreSelection);

        assertEquals(List.of(), fx.dialogs.shown());
        assertEquals(List.of("Xây dựng dự thảo", "Lấy ý kiến các sở"), before.phases().get(0).tasks().stream().map(Task::content).toList());
        assertEquals(List.of(Messages.get("editor.newTask"), "Xây dựng dự thảo", "Lấy ý kiến các sở"),
                fx.store.plans().load(planId).phases().get(0).tasks().stream().map(Task::content).toList());
    }

    @Test
    void anUndoneDeleteOfSeveralRowsBrokenInItsMiddleBringsNothingBack() throws Exception {
        editor.structure().delete(List.of(fx.row("Xây dựng"), fx.row("Lấy ý kiến"), fx.row("Tập huấn")), this::ignoreSelection);
        Plan deleted = fx.store.plans().load(planId);
        assertEquals(0, deleted.taskCount());

        try (StoreFaults faults = StoreFaults.failTaskInsertsAfter(fx.store, 1)) {
            editor.undo();
        }

        assertEquals(deleted, fx.store.plans().load(planId));
        assertEquals(0, editor.plan().taskCount());
        assertEquals(1, editor.undoManagerProperty().get().undoSteps(), "the delete can still be undone");
        assertEquals(List.of(Messages.get("editor.undoFailed") + ": " + DISK_FULL), fx.dialogs.shown());

        editor.undo();
        assertEquals(3, fx.store.plans().load(planId).taskCount(), "once the disk has room, one undo brings all three back");
        assertNull(editor.undoManagerProperty().get().undoNameProperty().get());
    }

    private List<String> tasksOf(String phaseTitle) throws StoreException {
        Plan plan = fx.store.plans().load(planId);
        return plan.phases().stream().flatMap(p -> java.util.stream.Stream.concat(java.util.stream.Stream.of(p), p.subPhases().stream()))
                .filter(p -> p.title().equals(phaseTitle)).findFirst().orElseThrow()
                .tasks().stream().map(Task::content).toList();
    }

    @Test
    void aBlockOfTasksMovesIndentsAndOutdentsTogetherAndEachIsOneUndoStep() throws StoreException {
        Plan before = fx.store.plans().load(planId);

        selects(then -> editor.structure().indent(List.of(fx.row("Chuẩn bị"), fx.row("Xây dựng")), then));
        assertEquals(Messages.get("editor.block.notTogether"), editor.messageProperty().get(), "a phase and a task are no block");

        TreeItem<EditorRow> first = selects(then -> editor.structure().move(List.of(fx.row("Lấy ý kiến"), fx.row("Xây dựng")), false, then));
        assertEquals("Xây dựng dự thảo", ((TaskRow) first.getValue()).task().content(), "the block's first row stays selected");
        assertEquals(List.of(), tasksOf("Chuẩn bị"));
        assertEquals(List.of("Xây dựng dự thảo", "Lấy ý kiến các sở"), tasksOf("Triển khai"), "over the phase's edge, in their order");

        selects(then -> editor.structure().indent(List.of(fx.row("Xây dựng"), fx.row("Lấy ý kiến")), then));
        assertEquals(List.of("Xây dựng dự thảo", "Lấy ý kiến các sở", "Tập huấn cán bộ"), tasksOf("Đợt 1"));

        selects(then -> editor.structure().move(List.of(fx.row("Lấy ý kiến"), fx.row("Tập huấn")), true, then));
        assertEquals(List.of("Lấy ý kiến các sở", "Tập huấn cán bộ", "Xây dựng dự thảo"), tasksOf("Đợt 1"));

        selects(then -> editor.structure().move(List.of(fx.row("Lấy ý kiến"), fx.row("Xây dựng")), true, then));
        assertEquals(List.of("Lấy ý kiến các sở", "Tập huấn cán bộ", "Xây dựng dự thảo"), tasksOf("Đợt 1"), "rows apart do not move together");

        selects(then -> editor.structure().outdent(List.of(fx.row("Xây dựng"), fx.row("Tập huấn")), then));
        assertEquals(List.of("Tập huấn cán bộ", "Xây dựng dự thảo"), tasksOf("Triển khai"));
        assertEquals(List.of("Lấy ý kiến các sở"), tasksOf("Đợt 1"));

        assertEquals(4, editor.undoManagerProperty().get().undoSteps());
        for (int i = 0; i < 4; i++) {
            editor.undo();
        }
        assertEquals(Plans.withoutIds(before), Plans.withoutIds(fx.store.plans().load(planId)));
        assertEquals(List.of(), fx.dialogs.shown());
    }
}

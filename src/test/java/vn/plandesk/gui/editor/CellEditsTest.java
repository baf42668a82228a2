package vn.plandesk.gui.editor;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.plandesk.gui.background.ImmediateTaskExecutor;
import vn.plandesk.logic.i18n.Messages;
import vn.plandesk.logic.store.Store;
import vn.plandesk.logic.store.StoreException;
import vn.plandesk.model.DocumentType;
import vn.plandesk.model.Phase;
import vn.plandesk.model.Plan;
import vn.plandesk.model.Task;
import vn.plandesk.model.TimeExpression;

/** What a cell edit makes of the words typed, without the editor around it: the command, or none when nothing changes. */
class CellEditsTest {
    @TempDir
    Path folder;

    private final CellEdits cells = new CellEdits(EditorFixture.CLOCK);
    private Store store;

    @BeforeEach
    void openStore() throws StoreException {
        Messages.setLocale(Messages.VIETNAMESE);
        store = Store.open(folder);
    }

    @AfterEach
    void closeStore() {
        store.close();
    }

    private PlanSession session(Plan plan) throws StoreException {
        Plan stored = store.plans().load(store.plans().create(plan));
        return new PlanSession(store.plans(), new PlanDocument(stored), stored.version(), new ImmediateTaskExecutor());
    }

    private static long firstTask(PlanSession session) {
        return session.plan().allTasks().get(0).id();
    }

    @Test
    void aPercentIsAWholeNumberFromNoneToAHundredWithOrWithoutItsSign() {
        assertEquals(40, CellEdits.parsePercent("40 %"));
        assertEquals(0, CellEdits.parsePercent(""));
        assertEquals(0, CellEdits.parsePercent("%"));
        assertEquals(100, CellEdits.parsePercent("100"));
        assertNull(CellEdits.parsePercent("101"));
        assertNull(CellEdits.parsePercent("-1"));
        assertNull(CellEdits.parsePercent("4,5"));
    }

    @Test
    void nothingChangedMakesNoEdit() throws StoreException {
        PlanSession session = session(PlanEditorViewModelTest.smallPlan());
        long task = firstTask(session);
        long phase = session.plan().phases().get(0).id();

        assertNull(cells.task(session, task, Column.CONTENT, ""), "an emptied content keeps the task's words");
        assertNull(cells.task(session, task, Column.PERCENT, "0"));
        assertNull(cells.phase(session, phase, Column.CONTENT, ""));
        assertNull(cells.task(session, task + 1000, Column.NOTES, "Gấp"), "a row no longer in the plan");
        assertNotNull(cells.task(session, task, Column.NOTES, "Gấp"));
    }

    @Test
    void aHundredPercentIsDoneTodayUnlessADayIsAlreadyGiven() throws StoreException {
        PlanSession session = session(PlanEditorViewModelTest.smallPlan());
        long task = firstTask(session);

        cells.task(session, task, Column.PERCENT, "100").execute();
        assertEquals(LocalDate.of(2026, 5, 20), session.document.task(task).completedOn());

        cells.completedOn(session, task, LocalDate.of(2024, 5, 2)).execute();
        assertNull(cells.task(session, task, Column.PERCENT, "100"), "the day given stays");
        assertEquals(LocalDate.of(2024, 5, 2), session.document.task(task).completedOn());
    }

    @Test
    void deadlineWordsWithoutAYearAreReadInThePlansYear() throws StoreException {
        PlanSession issued = session(PlanEditorViewModelTest.smallPlan());
        cells.task(issued, firstTask(issued), Column.DEADLINE, "tháng 5").execute();
        assertEquals(LocalDate.of(2024, 5, 31), issued.plan().allTasks().get(0).deadline().end(), "the year it was issued");

        Task task = new Task(null, null, "Rà soát", TimeExpression.none(), null, null, List.of(), List.of(), 0, null, null, List.of());
        PlanSession draft = session(Plan.draft(DocumentType.KE_HOACH, "Kế hoạch chưa ban hành")
                .withPhases(List.of(Phase.of("Một", TimeExpression.none(), List.of(task)))));
        cells.task(draft, firstTask(draft), Column.DEADLINE, "tháng 5").execute();
        assertEquals(LocalDate.of(2026, 5, 31), draft.plan().allTasks().get(0).deadline().end(), "a draft without a date: this year");
    }
}

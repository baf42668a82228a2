package vn.plandesk.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The follow-up states of shared/reference/follow-up.md, derived from dates and today. */
class TaskStatusTest {
    static final LocalDate DUE = LocalDate.of(2026, 3, 31);
    static final TimeExpression BEFORE_END_OF_MARCH = TimeExpression.of("Trước ngày 31/3/2026", TimeKind.BEFORE, null, DUE);

    static Task task(TimeExpression deadline) {
        return Task.of("Báo cáo kết quả thực hiện", deadline);
    }

    @Test
    void theFourReportedStatesAndDueSoon() {
        Task open = task(BEFORE_END_OF_MARCH);
        assertEquals(TaskStatus.NOT_DONE_WITHIN_DEADLINE, open.status(LocalDate.of(2026, 3, 1), 7));
        assertEquals(TaskStatus.DUE_SOON, open.status(LocalDate.of(2026, 3, 25), 7));
        assertEquals(TaskStatus.DUE_SOON, open.status(DUE, 7), "due today is still within the deadline");
        assertEquals(TaskStatus.NOT_DONE_OVERDUE, open.status(LocalDate.of(2026, 4, 1), 7));
        assertEquals(TaskStatus.NOT_DONE_WITHIN_DEADLINE, TaskStatus.DUE_SOON.reportState());

        assertEquals(TaskStatus.DONE_ON_TIME, open.withCompletion(DUE, 100).status(LocalDate.of(2026, 6, 1), 7));
        assertEquals(TaskStatus.DONE_LATE, open.withCompletion(DUE.plusDays(1), 100).status(LocalDate.of(2026, 6, 1), 7));
        assertEquals(3, open.daysLate(LocalDate.of(2026, 4, 3)));
        assertEquals(1, open.withCompletion(DUE.plusDays(1), 100).daysLate(LocalDate.of(2026, 6, 1)));
        assertEquals(0, open.daysLate(LocalDate.of(2026, 3, 2)));
    }

    @Test
    void tasksWithoutADatedDeadlineAreCountedApart() {
        TimeExpression continuous = new TimeExpression("thường xuyên", TimeKind.CONTINUOUS, LocalDate.of(2026, 1, 1),
                LocalDate.of(2026, 12, 31), null, null);
        TimeExpression monthly = new TimeExpression("hằng tháng", TimeKind.RECURRING, null, null,
                Recurrence.every(Recurrence.Period.MONTHLY), null);
        for (TimeExpression te : List.of(continuous, monthly, TimeExpression.unresolved("theo yêu cầu"), TimeExpression.none())) {
            assertEquals(TaskStatus.NO_DATED_DEADLINE, task(te).status(LocalDate.of(2027, 6, 1), 7), te.raw());
            assertEquals(0, task(te).daysLate(LocalDate.of(2027, 6, 1)));
        }
    }

    @Test
    void anExtensionIsCountedAgainstButTheOriginalStays() {
        TimeExpression extended = TimeExpression.of("Trước ngày 30/4/2026", TimeKind.BEFORE, null, LocalDate.of(2026, 4, 30));
        Task task = task(BEFORE_END_OF_MARCH).withExtension(new Extension(extended, LocalDate.of(2026, 3, 20), "Chờ số liệu"));
        assertEquals(DUE, task.deadline().due());
        assertEquals(LocalDate.of(2026, 4, 30), task.deadlineInForce().due());
        assertEquals(TaskStatus.NOT_DONE_WITHIN_DEADLINE, task.status(LocalDate.of(2026, 4, 10), 7));
        assertEquals(TaskStatus.DONE_ON_TIME, task.withCompletion(LocalDate.of(2026, 4, 15), 100).status(LocalDate.of(2026, 5, 1), 7));
    }

    @Test
    void impossibleValuesAreRefused() {
        assertThrows(IllegalArgumentException.class, () -> new Task(null, null, "x", null, null, null, null, null, 101, null, null, null));
        assertThrows(NullPointerException.class, () -> Task.of("   ", null));
        assertThrows(IllegalArgumentException.class,
                () -> TimeExpression.of("từ ngày 15/4 đến ngày 01/4/2019", TimeKind.RANGE, LocalDate.of(2019, 4, 15), LocalDate.of(2019, 4, 1)));
    }
}

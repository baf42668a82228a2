package vn.plandesk.logic.timeline;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import vn.plandesk.logic.samples.SamplePlans;
import vn.plandesk.model.Phase;
import vn.plandesk.model.Plan;
import vn.plandesk.model.Task;
import vn.plandesk.model.TaskStatus;
import vn.plandesk.model.TimeExpression;
import vn.plandesk.model.TimeKind;
import vn.plandesk.model.UnitRef;

class TimelineRowsTest {
    static final LocalDate TODAY = LocalDate.of(2026, 3, 10);

    static Plan smallPlan() {
        Task range = new Task(null, "1", "Xây dựng dự thảo Quyết định", TimeExpression.of("Từ ngày 01/3 đến ngày 31/3/2026",
                TimeKind.RANGE, LocalDate.of(2026, 3, 1), LocalDate.of(2026, 3, 31)), null, null,
                List.of(UnitRef.named("Sở Tư pháp")), List.of(), 40, null, null, List.of());
        Task before = Task.of("Trình UBND tỉnh ban hành", TimeExpression.of("Trước ngày 15/4/2026", TimeKind.BEFORE, null,
                LocalDate.of(2026, 4, 15)));
        Task day = Task.of("Tổ chức hội nghị triển khai", TimeExpression.of("Ngày 05/5/2026", TimeKind.DAY,
                LocalDate.of(2026, 5, 5), LocalDate.of(2026, 5, 5)));
        Task unclear = Task.of("Báo cáo kết quả thực hiện", TimeExpression.unresolved("sau khi có ý kiến của Bộ"));
        Task late = Task.of("Rà soát văn bản", TimeExpression.of("Trước ngày 01/3/2026", TimeKind.BEFORE, null,
                LocalDate.of(2026, 3, 1)));
        Task ongoing = Task.of("Theo dõi, đôn đốc", TimeExpression.of("Thường xuyên", TimeKind.CONTINUOUS, null, null));
        Phase first = new Phase(null, "I", "Chuẩn bị", TimeExpression.of("Tháng 3-4/2026", TimeKind.RANGE,
                LocalDate.of(2026, 3, 1), LocalDate.of(2026, 4, 30)), null, null, List.of(range, before), List.of());
        Phase sub = Phase.of("Hội nghị", TimeExpression.none(), List.of(day));
        Phase second = new Phase(null, "II", "Triển khai", TimeExpression.none(), null, null, List.of(unclear, late, ongoing),
                List.of(sub));
        return Plan.draft(null, "Triển khai Đề án chuyển đổi số").withPhases(List.of(first, second));
    }

    @Test
    void eachPhaseTaskAndSubPhaseIsARowInDocumentOrder() {
        List<TimelineRow> rows = TimelineRows.of(smallPlan(), TODAY);
        assertEquals(List.of("Chuẩn bị", "Xây dựng dự thảo Quyết định", "Trình UBND tỉnh ban hành", "Triển khai",
                        "Báo cáo kết quả thực hiện", "Rà soát văn bản", "Theo dõi, đôn đốc", "Hội nghị", "Tổ chức hội nghị triển khai"),
                rows.stream().map(TimelineRow::text).toList());
        assertEquals(TimelineRow.Level.SUB_PHASE, rows.get(7).level());
        assertEquals("I. Chuẩn bị", rows.get(0).title());
    }

    @Test
    void marksFollowTheDeadlineWords() {
        List<TimelineRow> rows = TimelineRows.of(smallPlan(), TODAY);
        assertEquals(TimelineRow.Mark.SUMMARY, rows.get(0).mark());
        assertEquals(TimelineRow.Mark.BAR, rows.get(1).mark());
        assertEquals(LocalDate.of(2026, 3, 1), rows.get(1).start());
        assertEquals("Sở Tư pháp", rows.get(1).leadUnit());
        assertEquals(TimelineRow.Mark.DEADLINE, rows.get(2).mark());
        assertEquals(LocalDate.of(2026, 4, 15), rows.get(2).end());
        assertEquals(TimelineRow.Mark.UNREADABLE, rows.get(4).mark());
        assertEquals("sau khi có ý kiến của Bộ", rows.get(4).timeWords());
        assertNull(rows.get(4).start());
        assertEquals(TaskStatus.NOT_DONE_OVERDUE, rows.get(5).status());
        assertEquals(TimelineRow.Mark.ONGOING, rows.get(6).mark());
        assertEquals(TimelineRow.Mark.MILESTONE, rows.get(8).mark());
    }

    @Test
    void aPhaseWithoutDatesSpansItsTasks() {
        List<TimelineRow> rows = TimelineRows.of(smallPlan(), TODAY);
        TimelineRow second = rows.get(3);
        assertEquals(TimelineRow.Mark.SUMMARY, second.mark());
        assertEquals(LocalDate.of(2026, 3, 1), second.start());
        assertEquals(LocalDate.of(2026, 5, 5), second.end());
    }

    @Test
    void bothSamplePlansGiveARowForEveryPhaseAndTask() {
        for (Plan plan : SamplePlans.plans()) {
            long phases = plan.phases().size() + plan.phases().stream().mapToLong(p -> p.subPhases().size()).sum();
            assertEquals(phases + plan.taskCount(), TimelineRows.of(plan, TODAY).size());
        }
    }
}

package vn.plandesk.gui.timeline;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.List;
import org.junit.jupiter.api.Test;
import vn.plandesk.logic.samples.SamplePlans;
import vn.plandesk.logic.timeline.TimelineLayout;
import vn.plandesk.logic.timeline.TimelineRow;
import vn.plandesk.logic.timeline.TimelineRows;
import vn.plandesk.logic.timeline.Zoom;
import vn.plandesk.model.DocumentType;
import vn.plandesk.model.Phase;
import vn.plandesk.model.Plan;
import vn.plandesk.model.Task;
import vn.plandesk.model.TimeExpression;
import vn.plandesk.testing.PlanGenerator;

class TimelineViewModelTest {
    private static final LocalDate TODAY = LocalDate.of(2026, 3, 10);

    private TimelineViewModel model(int tasks) {
        TimelineViewModel model = new TimelineViewModel();
        model.todayProperty().set(TODAY);
        model.setRows(TimelineRows.of(PlanGenerator.plan(tasks, 1), TODAY));
        return model;
    }

    @Test
    void scrollingMovesRowByRowAndStopsAtTheLastScreenful() {
        TimelineViewModel model = model(10_000);
        int rows = model.rowsProperty().get().size();
        model.scrollRows(3, 30);
        assertEquals(3, model.firstVisibleRowProperty().get());
        model.scrollRows(1_000_000, 30);
        assertEquals(rows - 30, model.firstVisibleRowProperty().get());
        model.scrollRows(-1_000_000, 30);
        assertEquals(0, model.firstVisibleRowProperty().get());
        model.scrollToRow(5000);
        assertEquals(5000, model.firstVisibleRowProperty().get());
    }

    @Test
    void fitWholePlanSharesTheWidthAmongTheDays() {
        TimelineViewModel model = model(200);
        model.fitWholePlanProperty().set(true);
        TimelineLayout layout = model.layout(1600);
        assertEquals(1600 - layout.metrics().nameWidth(), layout.chartWidth(), 0.01);
        model.zoom(1);
        assertFalse(model.fitWholePlanProperty().get(), "choosing a zoom leaves fit mode");
        assertEquals(Zoom.DAY, model.zoomProperty().get());
    }

    @Test
    void zoomStepsStopAtDayAndYear() {
        TimelineViewModel model = model(10);
        model.zoom(-10);
        assertEquals(Zoom.YEAR, model.zoomProperty().get());
        model.zoom(10);
        assertEquals(Zoom.DAY, model.zoomProperty().get());
    }

    @Test
    void todayIsBroughtIntoView() {
        TimelineViewModel model = model(200);
        model.scrollToToday();
        LocalDate first = model.dateRange()[0];
        assertEquals(ChronoUnit.DAYS.between(first, TODAY) - 7, model.firstVisibleDayProperty().get(), 0.001);
    }

    @Test
    void theTooltipHasTheFullTextLeadUnitAndTimeWords() {
        TimelineViewModel model = new TimelineViewModel();
        List<TimelineRow> rows = TimelineRows.of(SamplePlans.plans().get(0), TODAY);
        model.setRows(rows);
        String tip = model.tooltip(1);
        assertTrue(tip.startsWith(rows.get(1).title()), tip);
        assertTrue(tip.contains("Thời hạn: Từ ngày 01/3 đến ngày 31/3/2019"), tip);
        assertTrue(model.tooltip(0).contains("Thời gian:"));
        assertNull(model.tooltip(-1));
        assertNull(model.tooltip(rows.size()));
    }

    /** Phases and tasks numbered as the store numbers them: apart, so a phase and a task may share an id. */
    private static Plan storedPlan() {
        Task draft = new Task(1L, null, "Xây dựng dự thảo", TimeExpression.none(), null, null, List.of(), List.of(), 0, null, null, List.of());
        Task opinions = new Task(2L, null, "Lấy ý kiến", TimeExpression.none(), null, null, List.of(), List.of(), 0, null, null, List.of());
        Task training = new Task(3L, null, "Tập huấn", TimeExpression.none(), null, null, List.of(), List.of(), 0, null, null, List.of());
        Phase round = new Phase(3L, "2.1", "Đợt 1", TimeExpression.none(), null, null, List.of(training), List.of());
        Phase prepare = new Phase(1L, "1", "Chuẩn bị", TimeExpression.none(), null, null, List.of(draft, opinions), List.of());
        Phase carryOut = new Phase(2L, "2", "Triển khai", TimeExpression.none(), null, null, List.of(), List.of(round));
        Phase close = new Phase(4L, "3", "Tổng kết", TimeExpression.none(), null, null, List.of(), List.of());
        return Plan.draft(DocumentType.KE_HOACH, "Kế hoạch").withPhases(List.of(prepare, carryOut, close));
    }

    private static TimelineViewModel.TreeRow phase(long id) {
        return new TimelineViewModel.TreeRow(true, id);
    }

    private static TimelineViewModel.TreeRow task(long id) {
        return new TimelineViewModel.TreeRow(false, id);
    }

    @Test
    void theChartShowsARowForEachRowOfTheTreeBesideItInItsOrder() {
        TimelineViewModel model = new TimelineViewModel();

        // "Triển khai" collapsed: its sub-phase and task are hidden; the tree shows the two tasks swapped.
        model.showRowsOf(storedPlan(), List.of(phase(1), task(2), task(1), phase(2), phase(4)));

        List<TimelineRow> rows = model.rowsProperty().get();
        assertEquals(List.of("Chuẩn bị", "Lấy ý kiến", "Xây dựng dự thảo", "Triển khai", "Tổng kết"),
                rows.stream().map(TimelineRow::text).toList());
        assertEquals(List.of(1L, 2L, 1L, 2L, 4L), rows.stream().map(TimelineRow::id).toList());

        model.showRowsOf(storedPlan(), List.of(phase(2), phase(3), task(3), task(9)));
        assertEquals(List.of("Triển khai", "Đợt 1", "Tập huấn"), model.rowsProperty().get().stream().map(TimelineRow::text).toList(),
                "a row the plan no longer has is left out");
    }
}

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
}

package vn.plandesk.logic.timeline;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import vn.plandesk.logic.calendar.WorkCalendar;
import vn.plandesk.testing.PlanGenerator;

class TimelineLayoutTest {
    private static final LocalDate FROM = LocalDate.of(2026, 2, 2);
    private final List<TimelineRow> rows = TimelineRows.of(TimelineRowsTest.smallPlan(), TimelineRowsTest.TODAY);
    private final TimelineLayout.Metrics metrics = TimelineLayout.Metrics.screen(Zoom.DAY);
    private final TimelineLayout layout = new TimelineLayout(rows, FROM, LocalDate.of(2026, 6, 30), metrics, Palette.SCREEN,
            WorkCalendar.standard(), TimelineRowsTest.TODAY);

    private double xOf(LocalDate day, TimelineLayout.Viewport v) {
        return v.x() + metrics.nameWidth() + (java.time.temporal.ChronoUnit.DAYS.between(FROM, day) - v.firstDay()) * metrics.dayWidth();
    }

    @Test
    void aTaskBarRunsFromItsFirstDayToTheEndOfItsLastDay() {
        RecordingCanvas canvas = new RecordingCanvas();
        TimelineLayout.Viewport v = new TimelineLayout.Viewport(0, 0, 2400, 600, 0, 20, true);
        layout.paint(canvas, v);
        int blue = Palette.SCREEN.ink(rows.get(1).status()).fill();
        RecordingCanvas.Call bar = canvas.of(RecordingCanvas.Kind.FILL).stream()
                .filter(c -> c.rgb() == blue && c.height() > 10).findFirst().orElseThrow();
        assertEquals(xOf(LocalDate.of(2026, 3, 1), v), bar.x(), 0.01);
        assertEquals(31 * metrics.dayWidth(), bar.width(), 0.01);
        assertEquals(metrics.scaleHeight() + metrics.rowHeight(), bar.y(), metrics.rowHeight(), "second row");
        assertTrue(canvas.balanced());
    }

    @Test
    void deadlinesAreTrianglesMilestonesDiamondsAndUnreadableWordsAreShown() {
        RecordingCanvas canvas = new RecordingCanvas();
        TimelineLayout.Viewport v = new TimelineLayout.Viewport(0, 0, 4000, 600, 0, 0, true);
        layout.paint(canvas, v);
        List<RecordingCanvas.Call> polygons = canvas.of(RecordingCanvas.Kind.POLYGON);
        RecordingCanvas.Call deadline = polygons.stream().filter(p -> p.text().equals("triangle")
                && Math.abs(p.x() + p.width() / 2 - (xOf(LocalDate.of(2026, 4, 15), v) + metrics.dayWidth() / 2)) < 0.01)
                .findFirst().orElseThrow();
        assertEquals(metrics.scaleHeight() + 2.5 * metrics.rowHeight(), deadline.y() + deadline.height() / 2, metrics.rowHeight() / 2);
        assertTrue(polygons.stream().anyMatch(p -> p.text().equals("diamond")
                && Math.abs(p.x() + p.width() / 2 - (xOf(LocalDate.of(2026, 5, 5), v) + metrics.dayWidth() / 2)) < 0.01));
        assertTrue(canvas.texts().contains("Thời hạn chưa rõ: sau khi có ý kiến của Bộ"));
        assertTrue(canvas.texts().contains("Sở Tư pháp"), "the lead unit beside its bar");
    }

    @Test
    void longNamesAreShortenedWithAnEllipsisToTheColumn() {
        RecordingCanvas canvas = new RecordingCanvas();
        TimelineLayout narrow = new TimelineLayout(rows, FROM, LocalDate.of(2026, 6, 30),
                new TimelineLayout.Metrics(24, 12, 120, 40, 10, Zoom.WEEK), Palette.SCREEN, WorkCalendar.standard(), null);
        narrow.paint(canvas, new TimelineLayout.Viewport(0, 0, 800, 400, 0, 0, true));
        RecordingCanvas.Call name = canvas.of(RecordingCanvas.Kind.TEXT).stream()
                .filter(c -> c.text().startsWith("1. Xây")).findFirst().orElseThrow();
        assertTrue(name.text().endsWith("…"), name.text());
        assertTrue(name.x() + name.width() <= 120, "fits the column");
    }

    @Test
    void tetAndWeekendsAreShadedAndTheTodayLineDrawn() {
        RecordingCanvas canvas = new RecordingCanvas();
        TimelineLayout.Viewport v = new TimelineLayout.Viewport(0, 0, 2400, 600, 0, 0, true);
        layout.paint(canvas, v);
        // Tết 2026: 16-20 February by the default rule, Monday to Friday: one shaded run of five days.
        assertTrue(canvas.of(RecordingCanvas.Kind.FILL).stream().anyMatch(c -> c.rgb() == Palette.SCREEN.holiday()
                && Math.abs(c.x() - xOf(LocalDate.of(2026, 2, 16), v)) < 0.01 && Math.abs(c.width() - 5 * metrics.dayWidth()) < 0.01));
        assertTrue(canvas.of(RecordingCanvas.Kind.FILL).stream().anyMatch(c -> c.rgb() == Palette.SCREEN.weekend()
                && Math.abs(c.x() - xOf(LocalDate.of(2026, 2, 7), v)) < 0.01));
        double todayX = xOf(TimelineRowsTest.TODAY, v) + metrics.dayWidth() / 2;
        assertTrue(canvas.of(RecordingCanvas.Kind.LINE).stream().anyMatch(c -> c.rgb() == Palette.SCREEN.today()
                && Math.abs(c.x() - todayX) < 0.01 && c.height() > 100));
        assertTrue(canvas.texts().contains("Tháng 2/2026"));
    }

    @Test
    void onlyTheVisibleRowsOfAHugePlanAreDrawn() {
        List<TimelineRow> many = TimelineRows.of(PlanGenerator.plan(10_000, 7), TimelineRowsTest.TODAY);
        LocalDate[] range = TimelineLayout.dateRange(many, TimelineRowsTest.TODAY);
        TimelineLayout big = new TimelineLayout(many, range[0], range[1], metrics, Palette.SCREEN, WorkCalendar.standard(),
                TimelineRowsTest.TODAY);
        RecordingCanvas canvas = new RecordingCanvas();
        big.paint(canvas, new TimelineLayout.Viewport(0, 0, 1400, 800, 5000, 100, true));
        int visible = big.rowsThatFit(800) + 1;
        assertTrue(canvas.calls().size() < 60 * visible, "calls: " + canvas.calls().size());
        assertTrue(canvas.texts().stream().anyMatch(t -> t.startsWith(many.get(5000).title().substring(0, 8))));
        assertFalse(canvas.texts().stream().anyMatch(t -> t.startsWith(many.get(4999).title().substring(0, 8))));
    }

    @Test
    void rowAndDateUnderThePointer() {
        TimelineLayout.Viewport v = new TimelineLayout.Viewport(0, 0, 2400, 600, 2, 10, true);
        assertEquals(2, layout.rowAt(v, metrics.scaleHeight() + 1));
        assertEquals(3, layout.rowAt(v, metrics.scaleHeight() + metrics.rowHeight() + 1));
        assertEquals(-1, layout.rowAt(v, 5));
        assertEquals(FROM.plusDays(10), layout.dateAt(v, metrics.nameWidth() + 1));
    }
}

package vn.plandesk.logic.timeline;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import vn.plandesk.logic.calendar.WorkCalendar;
import vn.plandesk.model.Plan;
import vn.plandesk.testing.PlanGenerator;

class PagedTimelineTest {
    static final LocalDate PRINTED = LocalDate.of(2026, 3, 10);
    static final PageSetup A3_TWO_WIDE = PageSetup.defaults().withPaper(Paper.A3, true).withFit(2, 0);

    static PagedTimeline pages(Plan plan, PageSetup setup) {
        return PagedTimeline.of(plan, setup, WorkCalendar.standard(), PRINTED, PRINTED);
    }

    @Test
    void aFiveHundredTaskPlanFitsTwoPagesWideOnA3Landscape() {
        Plan plan = PlanGenerator.plan(500, 3);
        PagedTimeline pages = pages(plan, A3_TWO_WIDE);
        assertEquals(2, pages.columns());
        assertTrue(pages.pageCount() >= 2);
        assertEquals(pages.columns() * pages.bands(), pages.pageCount());
        TimelineLayout layout = pages.layout();
        // The two columns of time together cover the whole chart, no more than two pages.
        double perPage = pages.tile(1).firstDay() * layout.metrics().dayWidth();
        assertTrue(2 * perPage >= layout.chartWidth() - 0.01 && perPage < layout.chartWidth());
        int rows = layout.rows().size();
        assertEquals(rows, pages.tile(pages.pageCount() - 1).endRow(), "the last page ends with the last row");
        for (int i = 0; i < pages.pageCount(); i++) {
            PagedTimeline.Tile tile = pages.tile(i);
            assertEquals(i / 2, tile.band());
            if (i + 2 < pages.pageCount()) {
                assertEquals(tile.endRow(), pages.tile(i + 2).firstRow(), "bands follow each other without a gap");
            }
        }
    }

    @Test
    void everyPageRepeatsTheNameColumnAndCountsItsNumberRight() {
        Plan plan = PlanGenerator.plan(500, 3);
        PagedTimeline pages = pages(plan, A3_TWO_WIDE);
        List<TimelineRow> rows = pages.layout().rows();
        for (int i = 0; i < pages.pageCount(); i++) {
            RecordingCanvas canvas = new RecordingCanvas();
            pages.paintPage(canvas, i, 28, 28);
            List<String> texts = canvas.texts();
            PagedTimeline.Tile tile = pages.tile(i);
            assertTrue(texts.contains("Nhiệm vụ"), "name column header on page " + (i + 1));
            String first = rows.get(tile.firstRow()).title();
            assertTrue(texts.stream().anyMatch(t -> t.startsWith(first.substring(0, 10))), "first row's name on page " + (i + 1));
            assertTrue(texts.contains("Trang " + (i + 1) + "/" + pages.pageCount()), texts.toString());
            assertTrue(texts.contains("In ngày 10/03/2026"));
            assertTrue(texts.stream().anyMatch(t -> t.startsWith("Số 15/KH-UBND — Triển khai thực hiện chuyển đổi số")));
            assertTrue(canvas.balanced());
            double right = 28 + A3_TWO_WIDE.pageWidth() - 2 * A3_TWO_WIDE.margin();
            assertTrue(canvas.of(RecordingCanvas.Kind.TEXT).stream().filter(c -> c.text().startsWith("Trang"))
                    .allMatch(c -> c.x() + c.width() <= right + 0.01), "page number inside the margin");
        }
    }

    @Test
    void fittingTheHeightShrinksTheRowsToTheAskedPages() {
        PagedTimeline pages = pages(PlanGenerator.plan(300, 5), PageSetup.defaults().withFit(1, 3));
        assertEquals(1, pages.columns());
        assertEquals(3, pages.bands());
        assertTrue(pages.layout().metrics().rowHeight() < 14);
    }

    @Test
    void aScaleInPercentAndADateRangeChooseWhatIsPrinted() {
        Plan plan = PlanGenerator.plan(200, 9);
        PageSetup march = PageSetup.defaults().withRange(LocalDate.of(2026, 3, 1), LocalDate.of(2026, 3, 31)).withScale(150);
        PagedTimeline pages = pages(plan, march);
        assertEquals(LocalDate.of(2026, 3, 1), pages.layout().from());
        assertEquals(LocalDate.of(2026, 3, 31), pages.layout().to());
        assertEquals(Zoom.WEEK.dayWidth() * 1.5, pages.layout().metrics().dayWidth(), 1e-9);
        assertTrue(pages.layout().rows().stream().allMatch(r -> r.isPhase() || r.end() == null
                || !r.end().isBefore(LocalDate.of(2026, 3, 1)) && !r.start().isAfter(LocalDate.of(2026, 3, 31))));
        assertTrue(pages.layout().rows().size() < TimelineRows.of(plan, PRINTED).size());
    }
}

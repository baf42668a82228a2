package vn.plandesk.bench;

import static vn.plandesk.bench.Timing.median;

import java.io.ByteArrayOutputStream;
import java.time.LocalDate;
import java.util.List;
import vn.plandesk.logic.calendar.WorkCalendar;
import vn.plandesk.logic.json.PlanJson;
import vn.plandesk.logic.timeline.PageSetup;
import vn.plandesk.logic.timeline.PagedTimeline;
import vn.plandesk.logic.timeline.Palette;
import vn.plandesk.logic.timeline.Paper;
import vn.plandesk.logic.timeline.RecordingCanvas;
import vn.plandesk.logic.timeline.TimelineFiles;
import vn.plandesk.logic.timeline.TimelineLayout;
import vn.plandesk.logic.timeline.TimelineRow;
import vn.plandesk.logic.timeline.TimelineRows;
import vn.plandesk.logic.timeline.Zoom;
import vn.plandesk.model.Plan;
import vn.plandesk.testing.PlanGenerator;

/**
 * How fast the timeline is, with baselines from the same run:
 * 1,000 tasks to a tiled A3 PDF (against writing the same plan as JSON), and one screenful of a
 * 10,000-task plan laid out and painted (against painting all its rows). Run with
 * {@code java -cp target/classes:target/test-classes:$(deps) vn.plandesk.bench.TimelineBenchmark}.
 */
public final class TimelineBenchmark {
    private static final LocalDate TODAY = LocalDate.of(2026, 3, 10);

    private TimelineBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        System.out.printf("Machine: %d cores, Java %s, max heap %d MB%n", Runtime.getRuntime().availableProcessors(),
                System.getProperty("java.version"), Runtime.getRuntime().maxMemory() >> 20);

        Plan thousand = PlanGenerator.plan(1_000, 11);
        PlanJson json = new PlanJson();
        double jsonMs = median(3, 9, () -> json.write(thousand));
        PageSetup a3 = PageSetup.defaults().withPaper(Paper.A3, true).withFit(2, 0);
        PagedTimeline pages = PagedTimeline.of(thousand, a3, WorkCalendar.standard(), TODAY, TODAY);
        long[] size = new long[1];
        double pdfMs = median(2, 5, () -> {
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            TimelineFiles.writePdf(PagedTimeline.of(thousand, a3, WorkCalendar.standard(), TODAY, TODAY), "bench", out);
            size[0] = out.size();
        });
        System.out.printf("1,000 tasks -> A3 landscape PDF, fit 2 pages wide: %d pages, %.0f KB, %.0f ms (%.0f ms a page)%n",
                pages.pageCount(), size[0] / 1024.0, pdfMs, pdfMs / pages.pageCount());
        System.out.printf("  baseline: the same plan written as JSON: %.1f ms; PDF / JSON = %.1f%n", jsonMs, pdfMs / jsonMs);
        double pngMs = median(1, 3, () -> TimelineFiles.render(pages, 0, TimelineFiles.PNG_DPI));
        System.out.printf("  one page as a 150 dpi PNG image: %.0f ms%n", pngMs);

        Plan tenThousand = PlanGenerator.plan(10_000, 12);
        double rowsMs = median(2, 5, () -> TimelineRows.of(tenThousand, TODAY));
        List<TimelineRow> rows = TimelineRows.of(tenThousand, TODAY);
        LocalDate[] range = TimelineLayout.dateRange(rows, TODAY);
        RecordingCanvas canvas = new RecordingCanvas();
        TimelineLayout.Metrics metrics = TimelineLayout.Metrics.screen(Zoom.WEEK);
        double screenMs = median(20, 51, () -> {
            canvas.clear();
            TimelineLayout layout = new TimelineLayout(rows, range[0], range[1], metrics, Palette.SCREEN, WorkCalendar.standard(), TODAY);
            layout.paint(canvas, new TimelineLayout.Viewport(0, 0, 1440, 900, 5_000, 40, true));
        });
        int screenCalls = canvas.calls().size();
        double allMs = median(1, 3, () -> {
            canvas.clear();
            TimelineLayout layout = new TimelineLayout(rows, range[0], range[1], metrics, Palette.SCREEN, WorkCalendar.standard(), TODAY);
            layout.paint(canvas, new TimelineLayout.Viewport(0, 0, 1440, metrics.scaleHeight() + rows.size() * metrics.rowHeight(),
                    0, 40, true));
        });
        System.out.printf("10,000 tasks (%d rows): building the rows %.0f ms (once per plan change)%n", rows.size(), rowsMs);
        System.out.printf("  one 1440x900 screenful laid out and painted (recording painter): %.2f ms, %d drawing calls%n",
                screenMs, screenCalls);
        System.out.printf("  baseline: painting all %d rows: %.0f ms, %d calls; screenful / all = %.4f (%.0fx faster)%n",
                rows.size(), allMs, canvas.calls().size(), screenMs / allMs, allMs / screenMs);
    }

}

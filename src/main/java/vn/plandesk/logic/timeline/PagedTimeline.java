package vn.plandesk.logic.timeline;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import vn.plandesk.logic.calendar.WorkCalendar;
import vn.plandesk.logic.i18n.Messages;
import vn.plandesk.logic.text.NumericDate;
import vn.plandesk.model.Plan;

/**
 * A timeline cut into pages: the chart tiles across (time) and down (rows), each page repeating the
 * name column and the scale, with a header (plan number and subject, period) and a footer (legend,
 * print date, "Trang X/Y"). Pages are numbered across, then down. Pages are worked out arithmetically
 * and painted one at a time, so memory does not grow with the number of pages.
 */
public final class PagedTimeline {
    static final double HEADER_HEIGHT = 30;
    static final double FOOTER_HEIGHT = 20;

    /** One page: its column of time, its band of rows. */
    public record Tile(int pageIndex, int column, int band, int firstRow, int endRow, double firstDay) {
    }

    private final PageSetup setup;
    private final TimelineLayout layout;
    private final String title;
    private final LocalDate printedOn;
    private final double printableWidth;
    private final double bodyHeight;
    private final double chartWidthPerPage;
    private final int columns;
    private final int rowsPerPage;
    private final int bands;

    private PagedTimeline(PageSetup setup, TimelineLayout layout, String title, LocalDate printedOn) {
        this.setup = setup;
        this.layout = layout;
        this.title = title;
        this.printedOn = printedOn;
        TimelineLayout.Metrics m = layout.metrics();
        printableWidth = setup.pageWidth() - 2 * setup.margin();
        bodyHeight = setup.pageHeight() - 2 * setup.margin() - HEADER_HEIGHT - FOOTER_HEIGHT;
        chartWidthPerPage = Math.max(m.dayWidth(), printableWidth - m.nameWidth());
        columns = Math.max(1, (int) Math.ceil(layout.chartWidth() / chartWidthPerPage - 1e-6));
        rowsPerPage = rowsPerPage(bodyHeight, m);
        bands = Math.max(1, (int) Math.ceil(layout.rows().size() / (double) rowsPerPage));
    }

    /** The pages of a plan's timeline on {@code today}, printed on {@code printedOn}. */
    public static PagedTimeline of(Plan plan, PageSetup setup, WorkCalendar calendar, LocalDate today, LocalDate printedOn) {
        String title = plan.numberAndSymbol() == null ? plan.subject()
                : Messages.get("page.headerNumbered", plan.numberAndSymbol(), plan.subject());
        return of(TimelineRows.of(plan, today), title, setup, calendar, today, printedOn);
    }

    public static PagedTimeline of(List<TimelineRow> allRows, String title, PageSetup setup, WorkCalendar calendar,
                                   LocalDate today, LocalDate printedOn) {
        LocalDate[] range = TimelineLayout.dateRange(allRows, today);
        LocalDate from = setup.from() != null ? setup.from() : range[0];
        LocalDate to = setup.to() != null ? setup.to() : range[1];
        if (to.isBefore(from)) {
            to = from;
        }
        List<TimelineRow> rows = setup.from() == null && setup.to() == null ? allRows : within(allRows, from, to);
        double printableWidth = setup.pageWidth() - 2 * setup.margin();
        double bodyHeight = setup.pageHeight() - 2 * setup.margin() - HEADER_HEIGHT - FOOTER_HEIGHT;
        double scale = setup.scalePercent() / 100.0;
        if (setup.pagesTall() > 0) {
            scale = fitTall(rows.size(), setup.pagesTall(), bodyHeight, scale);
        }
        TimelineLayout.Metrics metrics = TimelineLayout.Metrics.paper(setup.zoom(), scale);
        long days = java.time.temporal.ChronoUnit.DAYS.between(from, to) + 1;
        if (setup.pagesWide() > 0) {
            double chartWidth = Math.max(10, printableWidth - metrics.nameWidth());
            double dayWidth = setup.pagesWide() * chartWidth / days;
            metrics = metrics.withDayWidth(dayWidth, Zoom.forDayWidth(dayWidth / scale));
        }
        TimelineLayout layout = new TimelineLayout(rows, from, to, metrics, Palette.PAPER, calendar, today);
        return new PagedTimeline(setup, layout, title, printedOn);
    }

    /** Rows with a mark in the days, undated rows and every phase. */
    private static List<TimelineRow> within(List<TimelineRow> rows, LocalDate from, LocalDate to) {
        List<TimelineRow> kept = new ArrayList<>();
        for (TimelineRow row : rows) {
            boolean dated = row.start() != null && row.end() != null;
            if (row.isPhase() || !dated || (!row.end().isBefore(from) && !row.start().isAfter(to))) {
                kept.add(row);
            }
        }
        return kept;
    }

    /** The largest scale (not above the asked one, not below 20 %) at which the rows fit the pages. */
    private static double fitTall(int rowCount, int pagesTall, double bodyHeight, double scale) {
        double s = scale;
        while (s > PageSetup.MIN_SCALE / 100.0
                && (long) rowsPerPage(bodyHeight, TimelineLayout.Metrics.paper(Zoom.WEEK, s)) * pagesTall < rowCount) {
            s -= 0.01;
        }
        return Math.max(s, PageSetup.MIN_SCALE / 100.0);
    }

    private static int rowsPerPage(double bodyHeight, TimelineLayout.Metrics m) {
        return Math.max(1, (int) Math.floor((bodyHeight - m.scaleHeight()) / m.rowHeight()));
    }

    public int pageCount() {
        return columns * bands;
    }

    public int columns() {
        return columns;
    }

    public int bands() {
        return bands;
    }

    public PageSetup setup() {
        return setup;
    }

    public TimelineLayout layout() {
        return layout;
    }

    public Tile tile(int pageIndex) {
        if (pageIndex < 0 || pageIndex >= pageCount()) {
            throw new IndexOutOfBoundsException("page " + pageIndex + " of " + pageCount());
        }
        int band = pageIndex / columns;
        int column = pageIndex % columns;
        int firstRow = band * rowsPerPage;
        int endRow = Math.min(layout.rows().size(), firstRow + rowsPerPage);
        return new Tile(pageIndex, column, band, firstRow, endRow, column * chartWidthPerPage / layout.metrics().dayWidth());
    }

    /** Paints one page with the printable area's top-left corner at ({@code x}, {@code y}) of the canvas. */
    public void paintPage(TimelineCanvas canvas, int pageIndex, double x, double y) {
        Tile tile = tile(pageIndex);
        double printableHeight = setup.pageHeight() - 2 * setup.margin();
        canvas.pushClip(x, y, printableWidth, printableHeight);
        paintHeader(canvas, x, y);
        TimelineLayout.Metrics m = layout.metrics();
        double chartHeight = m.scaleHeight() + rowsPerPage * m.rowHeight();
        double width = Math.min(printableWidth, m.nameWidth() + layout.chartWidth() - tile.column() * chartWidthPerPage);
        layout.paint(canvas, new TimelineLayout.Viewport(x, y + HEADER_HEIGHT, width, chartHeight, tile.firstRow(),
                tile.firstDay(), true));
        paintFooter(canvas, tile, x, y + printableHeight - FOOTER_HEIGHT + 4);
        canvas.popClip();
    }

    private void paintHeader(TimelineCanvas canvas, double x, double y) {
        TextMeasurer measurer = canvas.measurer();
        TextStyle titleStyle = TextStyle.bold(10);
        canvas.text(measurer.fit(title, titleStyle, printableWidth), x, y + 11, titleStyle, 0x000000);
        String period = Messages.get("page.range", NumericDate.FORMAT.format(layout.from()), NumericDate.FORMAT.format(layout.to()));
        canvas.text(period, x, y + 23, TextStyle.plain(8), 0x000000);
    }

    private void paintFooter(TimelineCanvas canvas, Tile tile, double x, double y) {
        TextMeasurer measurer = canvas.measurer();
        TextStyle style = TextStyle.plain(8);
        double baseline = y + 10;
        String printed = Messages.get("page.printed", NumericDate.FORMAT.format(printedOn));
        String number = Messages.get("page.number", tile.pageIndex() + 1, pageCount());
        double numberWidth = measurer.width(number, style);
        canvas.text(printed, x, baseline, style, 0x000000);
        canvas.text(number, x + printableWidth - numberWidth, baseline, style, 0x000000);
        double legendLeft = x + measurer.width(printed, style) + 24;
        new Legend(canvas, Palette.PAPER).paint(legendLeft, y + 2, x + printableWidth - numberWidth - 24);
    }
}

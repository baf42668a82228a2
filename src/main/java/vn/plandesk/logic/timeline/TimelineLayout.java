package vn.plandesk.logic.timeline;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Objects;
import vn.plandesk.logic.calendar.DayKind;
import vn.plandesk.logic.calendar.WorkCalendar;
import vn.plandesk.logic.i18n.Messages;

/**
 * The one timeline layout: where every row, bar, marker, label, shaded day and scale cell goes, drawn
 * through a {@link TimelineCanvas}. The screen, the printer, PDF and PNG all call {@link #paint}; only
 * what lies inside the viewport (its rows and its days) is drawn, so a 10,000-task plan costs no more
 * than a screenful.
 */
public final class TimelineLayout {

    /**
     * Sizes, in the painter's units: row height, font size, name column width, scale height and the
     * width of one day; {@code zoom} chooses the scale's units.
     */
    public record Metrics(double rowHeight, double fontSize, double nameWidth, double scaleHeight, double dayWidth,
                          Zoom zoom) {

        /** Paper, in points, at {@code scale} (1 = 100 %). */
        public static Metrics paper(Zoom zoom, double scale) {
            return new Metrics(14 * scale, 7.5 * scale, 210 * scale, 26 * scale, zoom.dayWidth() * scale, zoom);
        }

        /** The screen, in pixels. */
        public static Metrics screen(Zoom zoom) {
            // 30 px rows: the height of the editor's tree rows, so chart and tree stay row for row.
            return new Metrics(30, 12, 320, 40, zoom.dayWidth() * 1.4, zoom);
        }

        public Metrics withDayWidth(double newDayWidth, Zoom newZoom) {
            return new Metrics(rowHeight, fontSize, nameWidth, scaleHeight, newDayWidth, newZoom);
        }
    }

    /**
     * The part to draw and where: a rectangle of the canvas, the first row at its top, the day (counted
     * from the layout's first day, fractions allowed) at the left of the chart, and whether the name
     * column is drawn at its left.
     */
    public record Viewport(double x, double y, double width, double height, int firstRow, double firstDay,
                           boolean names) {
    }

    private final List<TimelineRow> rows;
    private final LocalDate from;
    private final LocalDate to;
    private final Metrics metrics;
    private final Palette palette;
    private final WorkCalendar calendar;
    private final LocalDate today;

    public TimelineLayout(List<TimelineRow> rows, LocalDate from, LocalDate to, Metrics metrics, Palette palette,
                          WorkCalendar calendar, LocalDate today) {
        this.rows = List.copyOf(rows);
        this.from = Objects.requireNonNull(from, "from");
        this.to = to.isBefore(from) ? from : to;
        this.metrics = metrics;
        this.palette = palette;
        this.calendar = calendar;
        this.today = today;
    }

    /**
     * The days a chart of these rows shows: from the Monday on or before the first dated day to a week
     * after the last; {@code fallback} (and a month after it) when no row has a date.
     */
    public static LocalDate[] dateRange(List<TimelineRow> rows, LocalDate fallback) {
        LocalDate first = null;
        LocalDate last = null;
        for (TimelineRow row : rows) {
            if (row.start() != null) {
                first = first == null || row.start().isBefore(first) ? row.start() : first;
            }
            if (row.end() != null) {
                last = last == null || row.end().isAfter(last) ? row.end() : last;
            }
        }
        if (first == null || last == null) {
            return new LocalDate[] {TimeUnit.WEEK.floor(fallback), fallback.plusMonths(1)};
        }
        return new LocalDate[] {TimeUnit.WEEK.floor(first), last.plusDays(7)};
    }

    public List<TimelineRow> rows() {
        return rows;
    }

    public LocalDate from() {
        return from;
    }

    public LocalDate to() {
        return to;
    }

    public Metrics metrics() {
        return metrics;
    }

    /** Days shown, both ends included. */
    public long dayCount() {
        return ChronoUnit.DAYS.between(from, to) + 1;
    }

    /** The width of the whole chart (without the name column). */
    public double chartWidth() {
        return dayCount() * metrics.dayWidth();
    }

    /** How many whole rows fit under the scale in a viewport this high. */
    public int rowsThatFit(double viewportHeight) {
        return Math.max(1, (int) Math.floor((viewportHeight - metrics.scaleHeight()) / metrics.rowHeight()));
    }

    /** The row under a point of the viewport, or -1. */
    public int rowAt(Viewport viewport, double y) {
        double body = y - viewport.y() - metrics.scaleHeight();
        if (body < 0) {
            return -1;
        }
        int row = viewport.firstRow() + (int) Math.floor(body / metrics.rowHeight());
        return row < rows.size() ? row : -1;
    }

    /** The date under a point of the viewport's chart, or null over the name column. */
    public LocalDate dateAt(Viewport viewport, double x) {
        double chartX = viewport.x() + (viewport.names() ? metrics.nameWidth() : 0);
        if (x < chartX) {
            return null;
        }
        return from.plusDays((long) Math.floor(viewport.firstDay() + (x - chartX) / metrics.dayWidth()));
    }

    public void paint(TimelineCanvas canvas, Viewport viewport) {
        Frame f = new Frame(viewport);
        canvas.fillRect(viewport.x(), viewport.y(), viewport.width(), viewport.height(), palette.background());
        canvas.pushClip(f.chartX, viewport.y(), f.chartWidth, viewport.height());
        paintDaysOff(canvas, f);
        paintGrid(canvas, f);
        paintRowBackgrounds(canvas, f, f.chartX, f.chartWidth);
        new RowPainter(canvas, this, f).paintRows();
        paintToday(canvas, f);
        paintScale(canvas, f);
        canvas.popClip();
        if (viewport.names()) {
            paintNames(canvas, f);
        }
        canvas.strokeRect(viewport.x(), viewport.y(), viewport.width(), Math.min(viewport.height(), f.usedHeight()),
                palette.border(), 0.8);
    }

    Palette palette() {
        return palette;
    }

    /** The numbers of one painting: where the chart and body start, which rows and days are visible. */
    final class Frame {
        final Viewport viewport;
        final double chartX;
        final double chartWidth;
        final double bodyY;
        final double bodyHeight;
        final int firstRow;
        final int endRow;
        final LocalDate firstDate;
        final LocalDate lastDate;

        Frame(Viewport viewport) {
            this.viewport = viewport;
            double nameWidth = viewport.names() ? metrics.nameWidth() : 0;
            chartX = viewport.x() + nameWidth;
            chartWidth = Math.max(0, viewport.width() - nameWidth);
            bodyY = viewport.y() + metrics.scaleHeight();
            bodyHeight = Math.max(0, viewport.height() - metrics.scaleHeight());
            firstRow = Math.max(0, Math.min(viewport.firstRow(), rows.size()));
            endRow = Math.min(rows.size(), firstRow + (int) Math.ceil(bodyHeight / metrics.rowHeight()));
            firstDate = from.plusDays((long) Math.floor(viewport.firstDay()));
            LocalDate last = from.plusDays((long) Math.ceil(viewport.firstDay() + chartWidth / metrics.dayWidth()));
            lastDate = last.isAfter(to) ? to : last;
        }

        /** The x of the left edge of a day. */
        double x(LocalDate day) {
            return chartX + (ChronoUnit.DAYS.between(from, day) - viewport.firstDay()) * metrics.dayWidth();
        }

        double rowTop(int row) {
            return bodyY + (row - firstRow) * metrics.rowHeight();
        }

        /** The height down to the last drawn row (a page holding the plan's last rows ends there). */
        double usedHeight() {
            return metrics.scaleHeight() + (endRow - firstRow) * metrics.rowHeight();
        }
    }

    private void paintDaysOff(TimelineCanvas canvas, Frame f) {
        boolean weekends = metrics.dayWidth() >= 3;
        double height = f.usedHeight() - metrics.scaleHeight();
        LocalDate runStart = null;
        int runColour = 0;
        for (LocalDate day = f.firstDate; !day.isAfter(f.lastDate.plusDays(1)); day = day.plusDays(1)) {
            int colour = day.isAfter(f.lastDate) ? 0 : shade(day, weekends);
            if (runStart != null && colour != runColour) {
                canvas.fillRect(f.x(runStart), f.bodyY, f.x(day) - f.x(runStart), height, runColour);
                runStart = null;
            }
            if (runStart == null && colour != 0) {
                runStart = day;
                runColour = colour;
            }
        }
    }

    private int shade(LocalDate day, boolean weekends) {
        DayKind kind = calendar.kindOf(day);
        if (kind == DayKind.HOLIDAY) {
            return palette.holiday();
        }
        return kind == DayKind.WEEKEND && weekends ? palette.weekend() : 0;
    }

    private void paintGrid(TimelineCanvas canvas, Frame f) {
        TimeUnit unit = metrics.zoom().lower();
        double bottom = f.viewport.y() + f.usedHeight();
        for (LocalDate cell = unit.floor(f.firstDate); !cell.isAfter(f.lastDate); cell = unit.next(cell)) {
            double x = f.x(cell);
            canvas.line(x, f.bodyY, x, bottom, palette.grid(), 0.5, false);
        }
    }

    void paintRowBackgrounds(TimelineCanvas canvas, Frame f, double x, double width) {
        double rowHeight = metrics.rowHeight();
        for (int row = f.firstRow; row < f.endRow; row++) {
            double top = f.rowTop(row);
            if (rows.get(row).isPhase()) {
                canvas.fillRect(x, top, width, rowHeight, palette.phaseRow());
            }
            canvas.line(x, top + rowHeight, x + width, top + rowHeight, palette.rowLine(), 0.5, false);
        }
    }

    private void paintToday(TimelineCanvas canvas, Frame f) {
        if (today == null || today.isBefore(f.firstDate) || today.isAfter(f.lastDate)) {
            return;
        }
        double x = f.x(today) + metrics.dayWidth() / 2;
        canvas.line(x, f.viewport.y() + metrics.scaleHeight() / 2, x, f.viewport.y() + f.usedHeight(),
                palette.today(), palette.todayWidth(), palette.todayDashed());
    }

    private void paintScale(TimelineCanvas canvas, Frame f) {
        double y = f.viewport.y();
        double height = metrics.scaleHeight();
        canvas.fillRect(f.chartX, y, f.chartWidth, height, palette.headerBackground());
        TimeUnit upper = metrics.zoom().upper();
        if (upper == null) {
            paintTier(canvas, f, metrics.zoom().lower(), y, height);
        } else {
            paintTier(canvas, f, upper, y, height / 2);
            paintTier(canvas, f, metrics.zoom().lower(), y + height / 2, height / 2);
        }
        canvas.line(f.chartX, y + height, f.chartX + f.chartWidth, y + height, palette.border(), 0.8, false);
    }

    private void paintTier(TimelineCanvas canvas, Frame f, TimeUnit unit, double y, double height) {
        TextStyle style = TextStyle.plain(metrics.fontSize());
        TextMeasurer measurer = canvas.measurer();
        double padding = metrics.fontSize() * 0.3;
        double baseline = y + height / 2 + metrics.fontSize() * 0.35;
        double chartRight = f.chartX + f.chartWidth;
        for (LocalDate cell = unit.floor(f.firstDate); !cell.isAfter(f.lastDate); cell = unit.next(cell)) {
            double left = f.x(cell);
            double right = Math.min(f.x(unit.next(cell)), f.x(to.plusDays(1)));
            canvas.line(left, y, left, y + height, palette.grid(), 0.5, false);
            // A cell cut by the left edge keeps its label in view.
            double visibleLeft = Math.max(left, f.chartX);
            double visibleRight = Math.min(right, chartRight);
            double room = visibleRight - visibleLeft - 2 * padding;
            String label = unit.label(cell, false);
            if (measurer.width(label, style) > room) {
                label = unit.label(cell, true);
            }
            double width = measurer.width(label, style);
            if (width <= room) {
                double centred = left + (right - left - width) / 2;
                double x = Math.max(visibleLeft + padding, Math.min(centred, visibleRight - padding - width));
                canvas.text(label, x, baseline, style, palette.text());
            }
        }
        canvas.line(f.chartX, y + height, chartRight, y + height, palette.grid(), 0.5, false);
    }

    private void paintNames(TimelineCanvas canvas, Frame f) {
        double x = f.viewport.x();
        double width = metrics.nameWidth();
        double fontSize = metrics.fontSize();
        TextMeasurer measurer = canvas.measurer();
        canvas.fillRect(x, f.viewport.y(), width, f.usedHeight(), palette.background());
        canvas.fillRect(x, f.viewport.y(), width, metrics.scaleHeight(), palette.headerBackground());
        TextStyle headerStyle = TextStyle.bold(fontSize);
        canvas.text(measurer.fit(Messages.get("column.name"), headerStyle, width - fontSize),
                x + fontSize * 0.5, f.viewport.y() + metrics.scaleHeight() / 2 + fontSize * 0.35, headerStyle, palette.text());
        canvas.line(x, f.bodyY, x + width, f.bodyY, palette.border(), 0.8, false);
        paintRowBackgrounds(canvas, f, x, width);
        for (int row = f.firstRow; row < f.endRow; row++) {
            TimelineRow r = rows.get(row);
            TextStyle style = r.isPhase() ? TextStyle.bold(fontSize)
                    : r.mark() == TimelineRow.Mark.UNREADABLE ? TextStyle.italic(fontSize) : TextStyle.plain(fontSize);
            double indent = fontSize * (0.5 + 1.2 * r.level().indent());
            String text = measurer.fit(r.title(), style, width - indent - fontSize * 0.5);
            canvas.text(text, x + indent, f.rowTop(row) + metrics.rowHeight() / 2 + fontSize * 0.35, style, palette.text());
        }
        canvas.line(x + width, f.viewport.y(), x + width, f.viewport.y() + f.usedHeight(), palette.border(), 0.8, false);
    }
}

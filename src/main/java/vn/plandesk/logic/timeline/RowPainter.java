package vn.plandesk.logic.timeline;

import vn.plandesk.logic.i18n.Messages;

/** Draws the marks of the visible rows of one painting: bars, summary bars, deadline markers, diamonds, labels. */
final class RowPainter {
    private final TimelineCanvas canvas;
    private final TimelineLayout layout;
    private final TimelineLayout.Frame f;
    private final TimelineLayout.Metrics m;
    private final Palette palette;

    RowPainter(TimelineCanvas canvas, TimelineLayout layout, TimelineLayout.Frame frame) {
        this.canvas = canvas;
        this.layout = layout;
        this.f = frame;
        this.m = layout.metrics();
        this.palette = layout.palette();
    }

    void paintRows() {
        for (int row = f.firstRow; row < f.endRow; row++) {
            paintRow(layout.rows().get(row), f.rowTop(row));
        }
    }

    private void paintRow(TimelineRow row, double top) {
        double rowHeight = m.rowHeight();
        double middle = top + rowHeight / 2;
        double baseline = middle + m.fontSize() * 0.35;
        TextStyle muted = TextStyle.italic(m.fontSize() * 0.9);
        switch (row.mark()) {
            case UNREADABLE -> {
                canvas.text(Messages.get("row.unreadable", row.timeWords()), f.chartX + m.fontSize() * 0.5, baseline,
                        muted, palette.mutedText());
                return;
            }
            case NONE -> {
                if (!row.isPhase()) {
                    canvas.text(Messages.get("row.noDate"), f.chartX + m.fontSize() * 0.5, baseline, muted, palette.mutedText());
                }
                return;
            }
            default -> {
                // dated: drawn below
            }
        }
        double left = f.x(row.start());
        double right = f.x(row.end().plusDays(1));
        if (right + m.nameWidth() < f.chartX || left > f.chartX + f.chartWidth) {
            return;
        }
        double markRight = switch (row.mark()) {
            case SUMMARY -> summary(left, right, top);
            case BAR -> bar(row, left, right, top, rowHeight * 0.56);
            case ONGOING -> bar(row, left, right, top, rowHeight * 0.36);
            case DEADLINE -> marker(row, f.x(row.end()) + m.dayWidth() / 2, middle, false);
            case MILESTONE -> marker(row, f.x(row.start()) + m.dayWidth() / 2, middle, true);
            default -> right;
        };
        if (row.leadUnit() != null) {
            canvas.text(row.leadUnit(), markRight + m.fontSize() * 0.4, baseline, TextStyle.plain(m.fontSize() * 0.9),
                    palette.mutedText());
        }
    }

    private double summary(double left, double right, double top) {
        double height = m.rowHeight() * 0.26;
        double y = top + m.rowHeight() * 0.3;
        double width = Math.max(right - left, 1);
        canvas.fillRect(left, y, width, height, palette.phaseBar());
        double tip = Math.min(height * 1.1, width / 2);
        canvas.fillPolygon(new double[] {left, left + tip, left}, new double[] {y + height, y + height, y + height + tip},
                palette.phaseBar());
        canvas.fillPolygon(new double[] {left + width, left + width - tip, left + width},
                new double[] {y + height, y + height, y + height + tip}, palette.phaseBar());
        return left + width;
    }

    private double bar(TimelineRow row, double left, double right, double top, double height) {
        Palette.Ink ink = palette.ink(row.status());
        double y = top + (m.rowHeight() - height) / 2;
        double width = Math.max(right - left, 1.5);
        canvas.fillRect(left, y, width, height, ink.fill());
        hatch(canvas, ink, left, y, width, height);
        if (row.percentDone() > 0 && row.status() != null && !row.status().isDone()) {
            double done = width * row.percentDone() / 100.0;
            canvas.fillRect(left, y + height * 0.65, done, height * 0.35, palette.paper() ? 0x000000 : ink.outline());
        }
        canvas.strokeRect(left, y, width, height, ink.outline(), 0.6);
        return left + width;
    }

    private double marker(TimelineRow row, double centreX, double centreY, boolean diamond) {
        Palette.Ink ink = palette.ink(row.status());
        double r = m.rowHeight() * (diamond ? 0.34 : 0.3);
        double[] xs;
        double[] ys;
        if (diamond) {
            xs = new double[] {centreX, centreX + r, centreX, centreX - r};
            ys = new double[] {centreY - r, centreY, centreY + r, centreY};
        } else {
            // A triangle pointing down at the day: "due by this date".
            xs = new double[] {centreX - r, centreX + r, centreX};
            ys = new double[] {centreY - r * 0.8, centreY - r * 0.8, centreY + r * 0.9};
        }
        int fill = palette.paper() && ink.hatch() != Palette.Hatch.NONE && ink.fill() == 0xFFFFFF ? 0x8C8C8C : ink.fill();
        canvas.fillPolygon(xs, ys, fill);
        for (int i = 0; i < xs.length; i++) {
            int j = (i + 1) % xs.length;
            canvas.line(xs[i], ys[i], xs[j], ys[j], ink.outline(), 0.6, false);
        }
        return centreX + r;
    }

    /** Lays the ink's hatch over a filled rectangle (the legend uses it too). */
    static void hatch(TimelineCanvas canvas, Palette.Ink ink, double x, double y, double width, double height) {
        if (ink.hatch() == Palette.Hatch.NONE) {
            return;
        }
        canvas.pushClip(x, y, width, height);
        double step = Math.max(2.5, height / 2.2);
        for (double k = -height; k < width; k += step) {
            canvas.line(x + k, y + height, x + k + height, y, ink.hatchColour(), 0.5, false);
            if (ink.hatch() == Palette.Hatch.CROSS) {
                canvas.line(x + k, y, x + k + height, y + height, ink.hatchColour(), 0.5, false);
            }
        }
        canvas.popClip();
    }
}
